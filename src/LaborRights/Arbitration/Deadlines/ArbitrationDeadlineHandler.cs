using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Deadlines;

/// <summary>A due deadline message becomes a "deadline passed" event when the step is still pending (<see cref="CaseDeadlines"/>).</summary>
public static class ArbitrationDeadlineHandler
{
    public static (Events, OutgoingMessages) Handle(
        ArbitrationAcceptanceDeadlineReached message, [WriteAggregate] ArbitrationCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, ArbitrationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    public static (Events, OutgoingMessages) Handle(AwardDeadlineReached message, [WriteAggregate] ArbitrationCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, ArbitrationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);
}
