using JasperFx.Events;

namespace LaborRights.Cases;

/// <summary>
/// Who caused an event of a case and when it happened in the world (its business time, docs/adr/0002); the store's
/// timestamp is only when it was recorded. Passing time is caused by <see cref="System"/>.
/// </summary>
public sealed record CaseEventMetadata(Guid CaseId, string Actor, DateTimeOffset At)
{
    public const string System = "system";

    /// <summary>The linkage between case kinds (联动) acting, not a person.</summary>
    public const string Linkage = "system:linkage";
}

/// <summary>
/// Every event of every kind of case names its case, its actor and its business time, each under the name its kind
/// gives them (<c>AcceptedBy</c>, <c>RejectedAt</c> …); this reads them the same way for all.
/// </summary>
public interface ICaseEvent
{
    CaseEventMetadata Metadata { get; }
}

/// <summary>What a person reads for an event, in Chinese and English.</summary>
public sealed record HistoryText(string Chinese, string English);

/// <summary>One line of a case's full history for staff: what happened, who did it, when it happened and when it was recorded.</summary>
public sealed record CaseHistoryEntry(long Version, string Event, string? Actor, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, string TextZh, string TextEn);

public static class CaseHistory
{
    /// <param name="describe">The kind's text for an event (<c>forPublic: false</c>), or null for one it does not describe.</param>
    public static IReadOnlyList<CaseHistoryEntry> From(IEnumerable<IEvent> events, Func<object, HistoryText?> describe) => events
        .Select(e =>
        {
            var text = describe(e.Data) ?? new HistoryText(e.EventTypeName, e.EventTypeName);
            var metadata = (e.Data as ICaseEvent)?.Metadata;
            return new CaseHistoryEntry(e.Version, e.Data.GetType().Name, metadata?.Actor, metadata?.At ?? e.Timestamp, e.Timestamp,
                text.Chinese, text.English);
        })
        .ToList();

    /// <summary>What the public sees of a case: the events the kind describes for the public, at their business time.</summary>
    public static IReadOnlyList<Tracking.PublicTimelineEntry> PublicTimeline(IEnumerable<IEvent> events, Func<object, HistoryText?> describeForPublic) => events
        .Select(e => (e, text: describeForPublic(e.Data)))
        .Where(x => x.text is not null)
        .Select(x => new Tracking.PublicTimelineEntry(BusinessTime(x.e), x.text!.Chinese, x.text.English))
        .ToList();

    /// <summary>When it happened in the world; the store's timestamp only for an event without business time.</summary>
    public static DateTimeOffset BusinessTime(IEvent e) => (e.Data as ICaseEvent)?.Metadata.At ?? e.Timestamp;
}
