using LaborRights.Arbitration;
using LaborRights.CaseIndex;
using LaborRights.Discrimination;
using LaborRights.Inspections;
using LaborRights.Security;
using LaborRights.WageArrears;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.Http;

namespace LaborRights.Calendar.Publishing;

/// <summary>
/// A year's holiday arrangement added after the release (国务院办公厅关于节假日安排的通知, published late in the
/// previous year): stored once per year, read by every node into its <see cref="WorkingDayCalendar"/>.
/// </summary>
public sealed class HolidayArrangement
{
    /// <summary>The year.</summary>
    public int Id { get; set; }

    /// <summary>Where it comes from, e.g. 国办发明电〔2026〕12号.</summary>
    public string Source { get; set; } = "";

    public List<CalendarEntry> Days { get; set; } = [];
    public string AddedBy { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
}

/// <param name="Date">A day of the year: a holiday (放假) or a weekend day worked instead (调休上班).</param>
/// <param name="Festival">The festival it belongs to, e.g. 春节.</param>
public sealed record HolidayDay(DateOnly? Date, CalendarDayKind? Kind, string? Festival);

/// <summary>A year's arrangement as the State Council published it.</summary>
public sealed record PublishHolidayArrangement(string? Source, IReadOnlyList<HolidayDay?>? Days)
{
    public FieldErrors Validate(int year, WorkingDayCalendar calendar)
    {
        var errors = new FieldErrors().Text("source", Source, 200, "发布文号", "Source");
        if (year is < 2000 or > 2100) errors.Add("year", "年份应在2000至2100之间", "The year must be 2000 to 2100");
        if (Days is not { Count: > 0 } days) return errors.Add("days", "请列出当年的放假和调休上班日期", "List the year's holidays and swapped working days");
        if (days.Count > 366) return errors.Add("days", "一年最多366天", "A year has at most 366 days");
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < days.Count; i++)
        {
            var field = $"days[{i}]";
            if (days[i] is not { } day) { errors.Add(field, "日期不能为空", "The day is missing"); continue; }
            if (day.Date is not { } date) errors.Add(field + ".date", "请填写日期", "Give the date");
            else if (date.Year != year) errors.Add(field + ".date", $"日期不在{year}年", $"The date is not in {year}");
            else if (!seen.Add(date)) errors.Add(field + ".date", "日期重复", "The date is listed twice");
            else if (day.Kind == CalendarDayKind.Workday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                errors.Add(field + ".kind", "调休上班日应是周六或周日", "A swapped working day is a Saturday or Sunday");
            if (day.Kind is null || !Enum.IsDefined(day.Kind.Value)) errors.Add(field + ".kind", "请选择放假（Holiday）或调休上班（Workday）", "Choose Holiday or Workday");
            errors.Text(field + ".festival", day.Festival, 20, "节日", "Festival");
        }
        if (!errors.Any && calendar.CoveredYears.Contains(year))
            errors.Add("year", $"{year}年的节假日安排已经载入，不能重复载入", $"The {year} arrangement is already loaded");
        return errors;
    }
}

/// <summary>What was added, and how many open cases had a provisional deadline to compute again.</summary>
public sealed record HolidayArrangementPublished(int Year, int Days, int ProvisionalCases);

/// <summary>Sweep: every open case whose current deadline is provisional, computed again now that <see cref="Year"/> is published.</summary>
public sealed record RecomputeProvisionalDeadlines(int Year);

/// <summary>One case's current deadline computed again for <see cref="Year"/> (idempotent).</summary>
public sealed record RecomputeCaseDeadline(Guid CaseId, int Year);

/// <summary>
/// Keeps this node's calendar in step with the arrangements stored in the database: at start-up, before requests are
/// served, and every minute after (another node may have added one), and on demand before deadlines are recomputed.
/// </summary>
public sealed class HolidayCalendarSync(IDocumentStore store, WorkingDayCalendar calendar, ILogger<HolidayCalendarSync> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public async Task RefreshAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        foreach (var arrangement in await session.Query<HolidayArrangement>().ToListAsync(ct))
            if (calendar.Publish(arrangement.Id, arrangement.Days))
                logger.LogInformation("Holiday arrangement {Year} ({Source}) loaded into the calendar", arrangement.Id, arrangement.Source);
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Without the database the node still starts (deadlines then count the added years as provisional) and retries.
        try { await RefreshAsync(cancellationToken); }
        catch (Exception e) when (e is not OperationCanceledException) { logger.LogWarning(e, "Could not load the holiday arrangements at start-up"); }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await RefreshAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { logger.LogWarning(e, "Could not refresh the holiday calendar"); }
        }
    }
}

/// <summary>
/// 载入节假日安排: an administrator adds a year's arrangement when the State Council publishes it; every provisional
/// deadline of an open case is then computed again (issue 14, item 6; ADR 0025), each change an event.
/// </summary>
public static class HolidayArrangementEndpoint
{
    public const string Path = "/api/admin/calendar/{year}";

    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("载入一年的节假日安排 · Add a year's holiday arrangement")]
    [EndpointDescription("国务院办公厅公布下一年的节假日安排后，系统管理员载入该年的放假日（Holiday）和调休上班日（Workday，须为周六或周日），" +
        "写明发布文号。载入后，所有办理中案件里因该年安排未公布而暂定的期限都会按新安排重新计算，每个改动记入案件的办理经过，并重新安排到期提醒。" +
        "已经载入过的年份、日期不在该年或重复的，返回 400 并列出每处错误，不作任何改动。\n\n" +
        "When the State Council publishes next year's holiday arrangement, an administrator adds its holidays and its swapped working days " +
        "(Workday, a Saturday or Sunday), with the source. Every provisional deadline of an open case that depended on that year is then " +
        "computed again, each change recorded in the case's history and its deadline reminder rescheduled. A year already loaded, or days " +
        "outside the year or listed twice, get 400 with every error, and nothing changes.")]
    [Tags("参考数据 · Reference data")]
    [WolverinePost(Path, OperationId = "publishHolidayArrangement")]
    public static async Task<(Answer<HolidayArrangementPublished>, OutgoingMessages)> Post(
        int year, PublishHolidayArrangement command, IDocumentSession session, WorkingDayCalendar calendar, HolidayCalendarSync sync,
        System.Security.Claims.ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        // Another node may have added it a moment ago.
        await sync.RefreshAsync(ct);
        var errors = command.Validate(year, calendar);
        if (!errors.Any && await session.LoadAsync<HolidayArrangement>(year, ct) is not null)
            errors.Add("year", $"{year}年的节假日安排已经载入，不能重复载入", $"The {year} arrangement is already loaded");
        if (errors.Any) return (errors.ToProblem(), []);

        var days = command.Days!.Select(d => new CalendarEntry(d!.Date!.Value, d.Kind!.Value, d.Festival?.Trim() ?? "")).OrderBy(d => d.Date).ToList();
        session.Insert(new HolidayArrangement
        {
            Id = year, Source = command.Source!.Trim(), Days = days, AddedBy = CaseServices<object>.ActorOf(user), AddedAt = clock.GetUtcNow(),
        });
        var provisional = await session.Query<CaseIndexEntry>().CountAsync(x => x.IsOpen && x.DeadlineIsProvisional && x.NextDueOn != null, ct);
        // Committed with the arrangement (the outbox): the sweep runs once it is stored, on whichever node takes it.
        return (new HolidayArrangementPublished(year, days.Count, provisional), [new RecomputeProvisionalDeadlines(year)]);
    }
}

public static class DeadlineRecomputationHandler
{
    /// <summary>One message per case, so that each is its own transaction and a busy case is retried alone.</summary>
    public static async Task<OutgoingMessages> Handle(RecomputeProvisionalDeadlines message, IQuerySession session, HolidayCalendarSync sync, CancellationToken ct)
    {
        await sync.RefreshAsync(ct);
        var ids = await session.Query<CaseIndexEntry>()
            .Where(x => x.IsOpen && x.DeadlineIsProvisional && x.NextDueOn != null).Select(x => x.Id).ToListAsync(ct);
        var messages = new OutgoingMessages();
        messages.AddRange(ids.Select(id => new RecomputeCaseDeadline(id, message.Year)));
        return messages;
    }

    public static async Task<OutgoingMessages> Handle(
        RecomputeCaseDeadline message, IDocumentSession session, HolidayCalendarSync sync, WorkingDayCalendar calendar,
        IOptions<ArbitrationRules> arbitration, TimeProvider clock, CancellationToken ct)
    {
        await sync.RefreshAsync(ct);
        if (!calendar.CoveredYears.Contains(message.Year)) throw new InvalidOperationException($"The {message.Year} arrangement is not stored.");
        var entry = await session.LoadAsync<CaseIndexEntry>(message.CaseId, ct);
        if (entry is not { IsOpen: true }) return [];
        var (year, now) = (message.Year, clock.GetUtcNow());
        return entry.Kind switch
        {
            CaseKind.WageArrears => await AppendAsync<WageArrearsCase>(session, message, c => c.RecomputeDeadline(calendar, year, now),
                WageArrears.Deadlines.DeadlineSchedule.For, ct),
            CaseKind.Discrimination => await AppendAsync<DiscriminationCase>(session, message, c => c.RecomputeDeadline(calendar, year, now),
                Discrimination.Deadlines.DiscriminationDeadlineSchedule.For, ct),
            CaseKind.Arbitration => await AppendAsync<ArbitrationCase>(session, message, c => c.RecomputeDeadline(calendar, year, arbitration.Value, now),
                Arbitration.Deadlines.ArbitrationDeadlineSchedule.For, ct),
            _ => await AppendAsync<InspectionCase>(session, message, c => c.RecomputeDeadline(calendar, year, now),
                Inspections.Deadlines.InspectionDeadlineSchedule.For, ct),
        };
    }

    private static async Task<OutgoingMessages> AppendAsync<TCase>(IDocumentSession session, RecomputeCaseDeadline message,
        Func<TCase, DeadlineRecomputed?> recompute, Func<IEnumerable<object>, OutgoingMessages> schedule, CancellationToken ct)
        where TCase : class, IFoldedCase<TCase>, IIndexedCase
    {
        var stream = await session.Events.FetchForWriting<TCase>(message.CaseId, ct);
        if (stream.Aggregate is not { } state || recompute(state) is not { } recomputed) return [];
        // Delivered twice: the deadline this year already produced is not computed again from itself.
        var done = await session.Events.QueryRawEventDataOnly<DeadlineRecomputed>()
            .AnyAsync(x => x.CaseId == message.CaseId && x.CalendarYear == message.Year && x.NewDueOn == state.NextDueOn, ct);
        if (done) return [];
        stream.AppendOne(recomputed);
        return schedule([recomputed]);
    }
}

public static class HolidayArrangementModule
{
    public static IServiceCollection AddHolidayArrangements(this IServiceCollection services)
    {
        services.AddSingleton<HolidayCalendarSync>();
        services.AddHostedService(sp => sp.GetRequiredService<HolidayCalendarSync>());
        return services;
    }

    public static StoreOptions ConfigureHolidayArrangements(this StoreOptions opts)
    {
        opts.Schema.For<HolidayArrangement>().Identity(x => x.Id);
        return opts;
    }
}
