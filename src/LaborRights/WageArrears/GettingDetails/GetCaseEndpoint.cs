using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.WageArrears.GettingDetails;

public sealed record CaseDetails(WageArrearsCaseView Case, IReadOnlyList<CaseHistoryEntry> History);

public static class GetCaseEndpoint
{
    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/wage-arrears/{id}")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var view = await session.LoadAsync<WageArrearsCaseView>(id, ct);
        if (view is null) return Problems.NotFound("该案件 / case").ToResult();
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return Results.Ok(new CaseDetails(view, CaseHistory.From(events, e => CaseHistoryText.Describe(e, forPublic: false))));
    }
}
