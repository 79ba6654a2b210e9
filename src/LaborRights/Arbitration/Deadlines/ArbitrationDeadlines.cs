using Wolverine.Marten;
using Wolverine;

namespace LaborRights.Arbitration.Deadlines;

/// <summary>Scheduled for the end of the acceptance day; appends only if the decision is still pending.</summary>
public sealed record ArbitrationAcceptanceDeadlineReached(Guid ArbitrationCaseId, DateOnly DueOn) : IDeadlineMessage;

/// <summary>Scheduled for the end of the award day; a later due date (extension, resumption) schedules a new one.</summary>
public sealed record AwardDeadlineReached(Guid ArbitrationCaseId, DateOnly DueOn) : IDeadlineMessage;

/// <summary>The arbitration steps whose passing deadlines become events (<see cref="CaseDeadlines.Passed"/>).</summary>
public static class ArbitrationDeadlineDecisions
{
    public static Decision Decide(ArbitrationCase state, ArbitrationAcceptanceDeadlineReached message, DateTimeOffset now) =>
        CaseDeadlines.Passed(message, state.AwaitsAcceptance, state.AcceptanceDueOn, state.AcceptanceOverdueSince, now,
            () => new ArbitrationAcceptanceDeadlinePassed(state.Id, message.DueOn, now));

    // A suspended case's clock is stopped: its due date moves on resumption, which schedules the new one.
    public static Decision Decide(ArbitrationCase state, AwardDeadlineReached message, DateTimeOffset now) =>
        CaseDeadlines.Passed(message, state.ClockRunning, state.AwardDueOn, state.AwardOverdueSince, now,
            () => new AwardDeadlinePassed(state.Id, message.DueOn, now));
}

/// <summary>The arbitration clocks: acceptance (5 days, 劳动争议调解仲裁法 第29条) and the award period (45 days, extendable by 15, 第43条).</summary>
public static class ArbitrationDeadlineSchedule
{
    public static OutgoingMessages For(IEnumerable<object> events) => CaseDeadlines.Schedule(events.Select(e => e switch
    {
        ArbitrationApplied x => new ArbitrationAcceptanceDeadlineReached(x.ArbitrationCaseId, x.AcceptanceDueOn),
        ArbitrationApplicationAccepted x => new AwardDeadlineReached(x.ArbitrationCaseId, x.AwardDueOn),
        ArbitrationPeriodExtended x => new AwardDeadlineReached(x.ArbitrationCaseId, x.NewDueOn),
        ArbitrationResumed x => new AwardDeadlineReached(x.ArbitrationCaseId, x.NewAwardDueOn),
        DeadlineRecomputed { Step: CaseSteps.Acceptance } x => new ArbitrationAcceptanceDeadlineReached(x.CaseId, x.NewDueOn),
        DeadlineRecomputed { Step: CaseSteps.Award } x => new AwardDeadlineReached(x.CaseId, x.NewDueOn),
        _ => (IDeadlineMessage?)null,
    }));
}

/// <summary>A due deadline message becomes a "deadline passed" event when the step is still pending (<see cref="CaseDeadlines"/>).</summary>
public static class ArbitrationDeadlineHandler
{
    public static (Events, OutgoingMessages) Handle(
        ArbitrationAcceptanceDeadlineReached message, [WriteAggregate] ArbitrationCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, ArbitrationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    public static (Events, OutgoingMessages) Handle(AwardDeadlineReached message, [WriteAggregate] ArbitrationCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, ArbitrationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);
}
