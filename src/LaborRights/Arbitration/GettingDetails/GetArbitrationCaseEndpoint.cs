using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Arbitration.GettingDetails;

public static class GetArbitrationCaseEndpoint
{
    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [WolverineGet("/api/arbitration/{id}")]
    public static Task<Answer<CaseDetails<ArbitrationCaseView>>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        CaseDetails.ReadAsync<ArbitrationCase, ArbitrationCaseView>(session, id, ArbitrationCaseView.Of, e => ArbitrationHistoryText.Describe(e, forPublic: false), ct);
}
