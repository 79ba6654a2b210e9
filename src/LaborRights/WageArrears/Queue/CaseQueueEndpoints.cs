using System.Security.Claims;
using LaborRights.CaseIndex;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.WageArrears.Queue;

/// <summary>A county's wage-arrears queue (most urgent deadline first) and its overdue list, read from the case index.</summary>
public static class CaseQueueEndpoints
{
    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/wage-arrears")]
    public static Task<Answer<Page<WageArrearsQueueItem>>> GetQueue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, CaseStatus? status = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.WageArrears, new(county, city, status?.ToString(), false, page, pageSize),
            WageArrearsQueueItem.From, ct);

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/wage-arrears/overdue")]
    public static Task<Answer<Page<WageArrearsQueueItem>>> GetOverdue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.WageArrears, new(county, city, null, true, page, pageSize),
            WageArrearsQueueItem.From, ct);
}
