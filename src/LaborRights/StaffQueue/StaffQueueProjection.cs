using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace LaborRights.StaffQueue;

/// <summary>
/// The unified staff queue: one document per case, across the four case kinds, grouped by stream id. Each kind
/// contributes its Apply methods in its own partial file. Inline, so a command's answer and the queue agree.
/// </summary>
public sealed partial class StaffQueueProjection : MultiStreamProjection<StaffQueueItem, Guid>
{
    public StaffQueueProjection()
    {
        CustomGrouping(new ByStream());
    }

    /// <summary>Every event belongs to the queue item of its own stream.</summary>
    private sealed class ByStream : IAggregateGrouper<Guid>
    {
        public Task Group(IQuerySession session, IReadOnlyList<IEvent> events, IEventGrouping<Guid> grouping)
        {
            foreach (var e in events) grouping.AddEvent(e.StreamId, e);
            return Task.CompletedTask;
        }
    }

    private static StaffQueueItem Touch(StaffQueueItem item, DateTimeOffset at)
    {
        if (at > item.LastActivityAt) item.LastActivityAt = at;
        return item;
    }
}
