using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Inspections.Deadlines;

/// <summary>Scheduled for the end of the last day of the investigation period (劳动保障监察条例 第17条).</summary>
public sealed record InspectionDeadlineReached(Guid InspectionCaseId, DateOnly DueOn);

public static class InspectionDeadlineSchedule
{
    /// <summary>Opening and extending start the clock; each schedules a message for the end of the due day in Shanghai.</summary>
    public static OutgoingMessages For(IEnumerable<object> events)
    {
        var messages = new OutgoingMessages();
        foreach (var e in events)
        {
            InspectionDeadlineReached? message = e switch
            {
                InspectionCaseOpened x => new(x.InspectionCaseId, x.InvestigationDueOn),
                InspectionPeriodExtended x => new(x.InspectionCaseId, x.NewDueOn),
                _ => null,
            };
            if (message is not null) messages.Add(message.ScheduledAt(ShanghaiTime.EndOf(message.DueOn)));
        }
        return messages;
    }
}

/// <summary>
/// Passing time becomes an event only when the case is still open, the deadline is the current one and the
/// clock has really passed it; a message delivered twice, early, or for a superseded deadline appends nothing.
/// </summary>
public static class InspectionDeadlineDecision
{
    public static Decision Decide(InspectionCase state, InspectionDeadlineReached message, DateTimeOffset now) =>
        state.IsOpen
        && state.InvestigationDueOn == message.DueOn
        && state.InvestigationOverdueSince != message.DueOn
        && now >= ShanghaiTime.EndOf(message.DueOn)
            ? Decision.Emit(new InspectionDeadlinePassed(state.Id, message.DueOn, now))
            : Decision.Nothing;
}

/// <summary>A message that arrives early (clock skew between nodes) is put back for the right instant rather than dropped.</summary>
public static class InspectionDeadlineHandler
{
    public static (Events, OutgoingMessages) Handle(InspectionDeadlineReached message, [WriteAggregate] InspectionCase @case, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var decision = InspectionDeadlineDecision.Decide(@case, message, now);
        var events = new Events();
        events.AddRange(decision.Events);
        var outgoing = new OutgoingMessages();
        var due = ShanghaiTime.EndOf(message.DueOn);
        if (decision.Events.Count == 0 && now < due) outgoing.Add(message.ScheduledAt(due));
        return (events, outgoing);
    }
}
