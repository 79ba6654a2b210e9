using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Arbitration.GettingDetails;

public sealed record ArbitrationCaseDetails(ArbitrationCaseView Case, IReadOnlyList<CaseHistoryEntry> History);

public static class GetArbitrationCaseEndpoint
{
    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [WolverineGet("/api/arbitration/{id}")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var view = await session.LoadAsync<ArbitrationCaseView>(id, ct);
        if (view is null) return Problems.NotFound("该仲裁案件 / arbitration case").ToResult();
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return Results.Ok(new ArbitrationCaseDetails(view, CaseHistory.From(events, e => ArbitrationHistoryText.Describe(e, forPublic: false))));
    }
}
