using LaborRights.Calendar;

namespace LaborRights.Benchmark.V1;

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

    /// <summary>An undecided case enters the acceptance denominator only once its deadline has passed (strictly before today).</summary>
    public bool IsAcceptanceOverdue(BenchmarkCaseFacts undecided) => AcceptanceDeadline(undecided) < Today;

    /// <summary>Closed, or open with its closure deadline strictly before today: a case still in time is not judged yet.</summary>
    public bool IsDueForClosure(BenchmarkCaseFacts accepted) =>
        accepted.ClosedOn is not null || ClosureDeadline(accepted) < Today;
}
