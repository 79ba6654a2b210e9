using Wolverine.Marten;
using Wolverine;

namespace LaborRights.Discrimination.Deadlines;

/// <summary>Scheduled for the end of the acceptance day; appends only if the decision is still pending.</summary>
public sealed record DiscriminationAcceptanceDeadlineReached(Guid DiscriminationCaseId, DateOnly DueOn) : IDeadlineMessage;

/// <summary>Scheduled for the end of the investigation period (劳动保障监察条例 第17条); appends only if the case is still open.</summary>
public sealed record DiscriminationInvestigationDeadlineReached(Guid DiscriminationCaseId, DateOnly DueOn) : IDeadlineMessage;

/// <summary>The discrimination steps whose passing deadlines become events (<see cref="CaseDeadlines.Passed"/>).</summary>
public static class DiscriminationDeadlineDecisions
{
    public static Decision Decide(DiscriminationCase state, DiscriminationAcceptanceDeadlineReached message, DateTimeOffset now) =>
        CaseDeadlines.Passed(message, state.Status == DiscriminationStatus.PendingAcceptance, state.AcceptanceDueOn, state.AcceptanceOverdueSince,
            now, () => new DiscriminationAcceptanceDeadlinePassed(state.Id, message.DueOn, now));

    public static Decision Decide(DiscriminationCase state, DiscriminationInvestigationDeadlineReached message, DateTimeOffset now) =>
        CaseDeadlines.Passed(message, state.IsOpen, state.InvestigationDueOn, state.InvestigationOverdueSince, now,
            () => new DiscriminationInvestigationDeadlinePassed(state.Id, message.DueOn, now));
}

/// <summary>The discrimination clocks: acceptance (5 working days) and investigation (劳动保障监察条例 第17条).</summary>
public static class DiscriminationDeadlineSchedule
{
    public static OutgoingMessages For(IEnumerable<object> events) => CaseDeadlines.Schedule(events.Select(e => e switch
    {
        DiscriminationComplaintReceived x => new DiscriminationAcceptanceDeadlineReached(x.DiscriminationCaseId, x.AcceptanceDueOn),
        DiscriminationMaterialSupplied x => new DiscriminationAcceptanceDeadlineReached(x.DiscriminationCaseId, x.AcceptanceDueOn),
        DiscriminationComplaintAccepted x => new DiscriminationInvestigationDeadlineReached(x.DiscriminationCaseId, x.InvestigationDueOn),
        DiscriminationInvestigationExtended x => new DiscriminationInvestigationDeadlineReached(x.DiscriminationCaseId, x.NewDueOn),
        DeadlineRecomputed { Step: CaseSteps.Acceptance } x => new DiscriminationAcceptanceDeadlineReached(x.CaseId, x.NewDueOn),
        DeadlineRecomputed { Step: CaseSteps.Investigation } x => new DiscriminationInvestigationDeadlineReached(x.CaseId, x.NewDueOn),
        _ => (IDeadlineMessage?)null,
    }));
}

/// <summary>A due deadline message becomes a "deadline passed" event when the step is still pending (<see cref="CaseDeadlines"/>).</summary>
public static class DiscriminationDeadlineHandler
{
    public static (Events, OutgoingMessages) Handle(
        DiscriminationAcceptanceDeadlineReached message, [WriteAggregate] DiscriminationCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, DiscriminationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    public static (Events, OutgoingMessages) Handle(
        DiscriminationInvestigationDeadlineReached message, [WriteAggregate] DiscriminationCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, DiscriminationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);
}
