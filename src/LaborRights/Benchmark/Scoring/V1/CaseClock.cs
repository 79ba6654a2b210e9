using LaborRights.Calendar;

namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>A case's v1 deadlines and statuses as of today.</summary>
internal sealed class CaseClock(WorkingDayCalendar calendar, DateOnly today)
{
    public DateOnly Today { get; } = today;

    public DateOnly AcceptanceDeadline(BenchmarkCaseFacts c) =>
        calendar.AddWorkingDays(c.ReceivedOn, RulesV1.AcceptanceWorkingDays).DueOn;

    /// <summary>Counted from the acceptance decision; an extension recorded at any time gives 90 working days.</summary>
    public DateOnly ClosureDeadline(BenchmarkCaseFacts accepted) =>
        calendar.AddWorkingDays(
            accepted.DecidedOn!.Value,
            accepted.Extended ? RulesV1.ExtendedClosureWorkingDays : RulesV1.ClosureWorkingDays).DueOn;

    /// <summary>
    /// A deadline of this case ran into a year without a published holiday arrangement (ADR 0004), so it
    /// may still move when the State Council publishes it; shown, never silently dropped.
    /// </summary>
    public bool HasProvisionalDeadline(BenchmarkCaseFacts c) =>
        calendar.AddWorkingDays(c.ReceivedOn, RulesV1.AcceptanceWorkingDays).IsProvisional
        || (c.IsAccepted && calendar.AddWorkingDays(
            c.DecidedOn!.Value,
            c.Extended ? RulesV1.ExtendedClosureWorkingDays : RulesV1.ClosureWorkingDays).IsProvisional);

    /// <summary>An undecided case enters the acceptance denominator only once its deadline has passed (strictly before today).</summary>
    public bool IsAcceptanceOverdue(BenchmarkCaseFacts undecided) => AcceptanceDeadline(undecided) < Today;

    /// <summary>Closed, or open with its closure deadline strictly before today: a case still in time is not judged yet.</summary>
    public bool IsDueForClosure(BenchmarkCaseFacts accepted) =>
        accepted.ClosedOn is not null || ClosureDeadline(accepted) < Today;
}
