using LaborRights.Hosting.Api;
using Marten;

namespace LaborRights.Cases;

/// <summary>What staff read of one case: its view and its full history in plain words.</summary>
public sealed record CaseDetails<TView>(TView Case, IReadOnlyList<CaseHistoryEntry> History);

/// <summary>
/// A case's details are read from its events when asked (a few dozen at most): the case's own fold gives its state,
/// the kind's view adds what only people read, the history describes every event. No stored view repeats the fold.
/// </summary>
public static class CaseDetails
{
    /// <param name="view">The kind's view of the case, given its state and its events' data.</param>
    /// <param name="describe">The kind's staff text for an event.</param>
    public static async Task<Answer<CaseDetails<TView>>> ReadAsync<TCase, TView>(IQuerySession session, Guid id, Func<TCase, IReadOnlyList<object>, TView> view,
        Func<object, HistoryText?> describe, CancellationToken ct) where TCase : class, IFoldedCase<TCase>, new()
        => await LoadAsync(session, id, view, describe, ct) is { } loaded ? loaded.Details : Problems.NotFound("该案件 / case");

    /// <summary>The case's state and details, or null when there is no such case (the pages of the workbench read it so).</summary>
    public static async Task<LoadedCase<TCase, TView>?> LoadAsync<TCase, TView>(IQuerySession session, Guid id, Func<TCase, IReadOnlyList<object>, TView> view,
        Func<object, HistoryText?> describe, CancellationToken ct) where TCase : class, IFoldedCase<TCase>, new()
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        if (events.Count == 0) return null;
        var data = events.Select(e => e.Data).ToList();
        var state = CaseFold.Fold<TCase>(data)!;
        return new LoadedCase<TCase, TView>(state, new CaseDetails<TView>(view(state, data), CaseHistory.From(events, describe)));
    }
}

/// <summary>A case as its page reads it: the fold (what its actions are decided on) and the details people read.</summary>
public sealed record LoadedCase<TCase, TView>(TCase State, CaseDetails<TView> Details);
