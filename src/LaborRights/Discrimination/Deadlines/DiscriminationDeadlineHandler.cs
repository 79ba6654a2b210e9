using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Deadlines;

/// <summary>
/// Turns a due deadline message into a "deadline passed" event when the step is still pending. A message that
/// arrives early (clock skew between nodes) is put back for the right instant rather than dropped.
/// </summary>
public static class DiscriminationDeadlineHandler
{
    public static (Events, OutgoingMessages) Handle(
        DiscriminationAcceptanceDeadlineReached message, [WriteAggregate] DiscriminationCase @case, TimeProvider clock) =>
        Respond(message, DiscriminationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    public static (Events, OutgoingMessages) Handle(
        DiscriminationInvestigationDeadlineReached message, [WriteAggregate] DiscriminationCase @case, TimeProvider clock) =>
        Respond(message, DiscriminationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    private static (Events, OutgoingMessages) Respond(object message, Decision decision, TimeProvider clock)
    {
        var events = new Events();
        events.AddRange(decision.Events);
        var outgoing = new OutgoingMessages();
        var due = ShanghaiTime.EndOf(DiscriminationDeadlineSchedule.DueOn(message));
        if (decision.Events.Count == 0 && clock.GetUtcNow() < due) outgoing.Add(message.ScheduledAt(due));
        return (events, outgoing);
    }
}
