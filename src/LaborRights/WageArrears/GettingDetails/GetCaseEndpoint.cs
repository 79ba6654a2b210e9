using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.WageArrears.GettingDetails;

public static class GetCaseEndpoint
{
    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/wage-arrears/{id}")]
    public static Task<Answer<CaseDetails<WageArrearsCaseView>>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        CaseDetails.ReadAsync<WageArrearsCase, WageArrearsCaseView>(session, id, WageArrearsCaseView.Of, e => CaseHistoryText.Describe(e, forPublic: false), ct);
}
