using Wolverine;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Deadlines;

/// <summary>A due deadline message becomes a "deadline passed" event when the step is still pending (<see cref="CaseDeadlines"/>).</summary>
public static class WageArrearsDeadlineHandler
{
    public static (Events, OutgoingMessages) Handle(AcceptanceDeadlineReached message, [WriteAggregate] WageArrearsCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, DeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    public static (Events, OutgoingMessages) Handle(InvestigationDeadlineReached message, [WriteAggregate] WageArrearsCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, DeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    public static (Events, OutgoingMessages) Handle(PaymentDeadlineReached message, [WriteAggregate] WageArrearsCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, DeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);
}
