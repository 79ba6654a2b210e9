using Wolverine;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Deadlines;

/// <summary>
/// Turns a due deadline message into a "deadline passed" event when the step is still pending. A message that
/// arrives early (clock skew between nodes) is put back for the right instant rather than dropped.
/// </summary>
public static class WageArrearsDeadlineHandler
{
    public static (Events, OutgoingMessages) Handle(AcceptanceDeadlineReached message, [WriteAggregate] WageArrearsCase @case, TimeProvider clock) =>
        Respond(message, DeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    public static (Events, OutgoingMessages) Handle(InvestigationDeadlineReached message, [WriteAggregate] WageArrearsCase @case, TimeProvider clock) =>
        Respond(message, DeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    public static (Events, OutgoingMessages) Handle(PaymentDeadlineReached message, [WriteAggregate] WageArrearsCase @case, TimeProvider clock) =>
        Respond(message, DeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    private static (Events, OutgoingMessages) Respond(object message, Decision decision, TimeProvider clock)
    {
        var events = new Events();
        events.AddRange(decision.Events);
        var outgoing = new OutgoingMessages();
        var due = ShanghaiTime.EndOf(DeadlineSchedule.DueOn(message));
        if (decision.Events.Count == 0 && clock.GetUtcNow() < due) outgoing.Add(message.ScheduledAt(due));
        return (events, outgoing);
    }
}
