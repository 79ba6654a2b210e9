using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Deadlines;

/// <summary>
/// Turns a due deadline message into a "deadline passed" event when the step is still pending. A message that
/// arrives early (clock skew between nodes) is put back for the right instant rather than dropped.
/// </summary>
public static class ArbitrationDeadlineHandler
{
    public static (Events, OutgoingMessages) Handle(
        ArbitrationAcceptanceDeadlineReached message, [WriteAggregate] ArbitrationCase @case, TimeProvider clock) =>
        Respond(message, ArbitrationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    public static (Events, OutgoingMessages) Handle(AwardDeadlineReached message, [WriteAggregate] ArbitrationCase @case, TimeProvider clock) =>
        Respond(message, ArbitrationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    private static (Events, OutgoingMessages) Respond(object message, Decision decision, TimeProvider clock)
    {
        var events = new Events();
        events.AddRange(decision.Events);
        var outgoing = new OutgoingMessages();
        var due = ShanghaiTime.EndOf(ArbitrationDeadlineSchedule.DueOn(message));
        if (decision.Events.Count == 0 && clock.GetUtcNow() < due) outgoing.Add(message.ScheduledAt(due));
        return (events, outgoing);
    }
}
