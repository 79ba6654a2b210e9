using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Discrimination.GettingDetails;

public static class GetDiscriminationCaseEndpoint
{
    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/discrimination/{id}")]
    public static Task<Answer<CaseDetails<DiscriminationCaseView>>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        CaseDetails.ReadAsync<DiscriminationCase, DiscriminationCaseView>(session, id, DiscriminationCaseView.Of, e => DiscriminationHistoryText.Describe(e, forPublic: false), ct);
}
