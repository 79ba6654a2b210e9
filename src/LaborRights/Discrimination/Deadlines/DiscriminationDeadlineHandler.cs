using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Deadlines;

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
