using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Supervision;

/// <summary>Scheduled for the end of a flag's completion date; appends only if completion was not reported by then.</summary>
public sealed record SupervisionDateReached(Guid PrioritySupervisionId, DateOnly DueOn) : IDeadlineMessage;

public static class SupervisionDeadlineHandler
{
    public static (Events, OutgoingMessages) Handle(SupervisionDateReached message, [WriteAggregate] PrioritySupervision supervision, TimeProvider clock) =>
        CaseDeadlines.Respond(message, SupervisionRules.DateReached(supervision, message, clock.GetUtcNow()), clock);

    /// <summary>The message each event that sets a completion date schedules.</summary>
    public static OutgoingMessages FollowUps(IEnumerable<object> events) => CaseDeadlines.Schedule(events.Select(e => e switch
    {
        SupervisionOpened x => new SupervisionDateReached(x.PrioritySupervisionId, x.CompleteBy),
        _ => (IDeadlineMessage?)null,
    }));
}
