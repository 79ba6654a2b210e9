using LaborRights.Benchmark.Summarising;
using LaborRights.Security.PersonalData;
using LaborRights.Tracking;
using Wolverine;

namespace LaborRights.Hosting;

/// <summary>
/// Everything the application does on a clock rather than on a request, in one place (ADR 0018): durable Wolverine
/// messages on cron schedules. One node of the cluster runs the schedules; each occurrence is a scheduled message in
/// the same store as the deadline messages, handled like any other message (retried, dead-lettered, traced).
/// </summary>
public static class RecurringWork
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static WolverineOptions ScheduleRecurringWork(this WolverineOptions opts, IConfiguration configuration)
    {
        // Idempotency records past their 24-hour window (the answers can no longer be replayed).
        opts.Schedules.ScheduleRecurring("idempotency-sweep", "17 * * * *", _ => new SweepExpiredIdempotencyRecords());

        // Rate-limit windows shared by the nodes (PostgresRateLimitCounter) that ended more than a day ago.
        opts.Schedules.ScheduleRecurring("rate-limit-sweep", "37 * * * *", _ => new SweepRateLimitWindows());

        // Uploaded evidence files that no filing claimed within their hold period.
        opts.Schedules.ScheduleRecurring("evidence-sweep", "47 * * * *", _ => new Evidence.SweepHeldEvidence());

        // Pending cases into the benchmark summaries; readers also catch up themselves, so a ranking never lags.
        opts.Schedules.ScheduleRecurring("benchmark-summaries", configuration.GetValue("Benchmark:SummaryCron", "*/10 * * * * *")!,
            _ => new CatchUpBenchmarkSummaries());

        // Personal data of cases closed longer than the retention period (个人信息保护法 第47条).
        var privacy = configuration.GetSection(PrivacyOptions.Section).Get<PrivacyOptions>() ?? new PrivacyOptions();
        if (privacy.RetentionSweepEnabled)
            opts.Schedules.ScheduleRecurring("personal-data-retention", privacy.RetentionSweepCron, _ => new EraseExpiredPersonalData(), Shanghai);
        return opts;
    }
}
