using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Discrimination.GettingDetails;

public sealed record DiscriminationCaseDetails(DiscriminationCaseView Case, IReadOnlyList<CaseHistoryEntry> History);

public static class GetDiscriminationCaseEndpoint
{
    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/discrimination/{id}")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var view = await session.LoadAsync<DiscriminationCaseView>(id, ct);
        if (view is null) return Problems.NotFound("该案件 / case").ToResult();
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return Results.Ok(new DiscriminationCaseDetails(view, CaseHistory.From(events, e => DiscriminationHistoryText.Describe(e, forPublic: false))));
    }
}
