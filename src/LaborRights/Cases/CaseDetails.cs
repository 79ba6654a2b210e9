using Marten;

namespace LaborRights.Cases;

/// <summary>What staff read of one case: its view and its full history in plain words.</summary>
public sealed record CaseDetails<TView>(TView Case, IReadOnlyList<CaseHistoryEntry> History);

public static class CaseDetails
{
    /// <param name="describe">The kind's staff text for an event.</param>
    public static async Task<IResult> ReadAsync<TView>(IQuerySession session, Guid id, Func<object, HistoryText?> describe, CancellationToken ct)
        where TView : class
    {
        var view = await session.LoadAsync<TView>(id, ct);
        if (view is null) return Problems.NotFound("该案件 / case").ToResult();
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return Results.Ok(new CaseDetails<TView>(view, CaseHistory.From(events, describe)));
    }
}
