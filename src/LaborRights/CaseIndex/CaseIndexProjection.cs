using JasperFx.Events;
using Marten.Events.Aggregation;

namespace LaborRights.CaseIndex;

/// <summary>
/// The case index, inline: written in the same transaction as a case's events, so a command's answer and every list
/// agree. One entry per case stream, of whichever kind; each event goes through the kind's own fold, so a new event
/// of a kind needs nothing here. Rebuilt from the events like any projection (README, operations).
/// </summary>
public sealed class CaseIndexProjection : SingleStreamProjection<CaseIndexEntry, Guid>
{
    /// <summary>
    /// The shape of the stored entries: raise it with any change to what an entry stores or how the kinds fold (the
    /// entries are rebuilt at the next start, <see cref="Hosting.ReadModelUpgrade"/>). 2: nested employer, next step.
    /// 3: pending extension requests, the days the deadlines count from, award documents and the set-aside window (issue 14).
    /// </summary>
    public const int ShapeVersion = 3;

    public override CaseIndexEntry? Evolve(CaseIndexEntry? entry, Guid id, IEvent e)
    {
        entry ??= CaseIndexEntry.Start(id, e.Data);
        entry?.Apply(e.Data, (int)e.Version);
        return entry;
    }
}
