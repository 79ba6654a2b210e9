using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Inspections.Deadlines;

/// <summary>Scheduled for the end of the last day of the investigation period (劳动保障监察条例 第17条).</summary>
public sealed record InspectionDeadlineReached(Guid InspectionCaseId, DateOnly DueOn) : IDeadlineMessage;

public static class InspectionDeadlineSchedule
{
    /// <summary>Opening and extending start the clock (劳动保障监察条例 第17条).</summary>
    public static OutgoingMessages For(IEnumerable<object> events) => CaseDeadlines.Schedule(events.Select(e => e switch
    {
        // One clock for one matter: an inspection opened by a discrimination complaint runs on that case's period.
        InspectionCaseOpened { Origin: InspectionOrigin.Linkage, Source.Kind: CaseKind.Discrimination } => null,
        InspectionCaseOpened x => new InspectionDeadlineReached(x.InspectionCaseId, x.InvestigationDueOn),
        InspectionPeriodExtended x => new InspectionDeadlineReached(x.InspectionCaseId, x.NewDueOn),
        DeadlineRecomputed { Step: CaseSteps.Investigation } x => new InspectionDeadlineReached(x.CaseId, x.NewDueOn),
        _ => (IDeadlineMessage?)null,
    }));
}

/// <summary>The investigation step whose passing deadline becomes an event (<see cref="CaseDeadlines.Passed"/>).</summary>
public static class InspectionDeadlineDecision
{
    public static Decision Decide(InspectionCase state, InspectionDeadlineReached message, DateTimeOffset now) =>
        CaseDeadlines.Passed(message, state.IsOpen, state.InvestigationDueOn, state.InvestigationOverdueSince, now,
            () => new InspectionDeadlinePassed(state.Id, message.DueOn, now));
}

/// <summary>A due deadline message becomes a "deadline passed" event when the case is still open (<see cref="CaseDeadlines"/>).</summary>
public static class InspectionDeadlineHandler
{
    public static (Events, OutgoingMessages) Handle(InspectionDeadlineReached message, [WriteAggregate] InspectionCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, InspectionDeadlineDecision.Decide(@case, message, clock.GetUtcNow()), clock);
}
