using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Cases;

/// <summary>A statutory clock of one case running out at the end of <see cref="DueOn"/> (Shanghai time).</summary>
public interface IDeadlineMessage
{
    DateOnly DueOn { get; }
}

/// <summary>
/// The one pattern of every kind's statutory clocks (docs/adr/0002): each event that starts or moves a clock schedules a
/// message for the end of its due day, through the outbox with the events; the message's handler appends a "deadline
/// passed" event only when the step is still pending, so a message delivered twice, early or for a superseded
/// deadline appends nothing, and one that arrives early (clock skew between nodes) is put back for the right instant.
/// </summary>
public static class CaseDeadlines
{
    public static OutgoingMessages Schedule(IEnumerable<IDeadlineMessage?> messages)
    {
        var outgoing = new OutgoingMessages();
        foreach (var message in messages.OfType<IDeadlineMessage>()) outgoing.Add(ScheduledFor(message));
        return outgoing;
    }

    /// <summary>
    /// The "deadline passed" event, or nothing: only while the step is still pending, for its current due date, not
    /// yet noticed for that date, and once the clock has really passed the end of that day.
    /// </summary>
    public static Decision Passed(IDeadlineMessage message, bool stepPending, DateOnly? currentDue, DateOnly? noticedDue, DateTimeOffset now,
        Func<object> passed) =>
        stepPending && currentDue == message.DueOn && noticedDue != message.DueOn && now >= ShanghaiTime.EndOf(message.DueOn)
            ? Decision.Emit(passed())
            : Decision.Nothing;

    /// <summary>What a deadline handler returns: the decision's events, or the message again when it came too early.</summary>
    public static (Events, OutgoingMessages) Respond(IDeadlineMessage message, Decision decision, TimeProvider clock)
    {
        var events = new Events();
        events.AddRange(decision.Events);
        var outgoing = new OutgoingMessages();
        if (decision.Events.Count == 0 && clock.GetUtcNow() < ShanghaiTime.EndOf(message.DueOn)) outgoing.Add(ScheduledFor(message));
        return (events, outgoing);
    }

    // Typed as object, as every other outgoing message: Wolverine routes by the message's own type.
    private static object ScheduledFor(IDeadlineMessage message) => ((object)message).ScheduledAt(ShanghaiTime.EndOf(message.DueOn));
}
