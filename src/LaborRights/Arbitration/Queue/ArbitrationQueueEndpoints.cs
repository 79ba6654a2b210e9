using System.Security.Claims;
using LaborRights.CaseIndex;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Arbitration.Queue;

/// <summary>A commission's queue (most urgent deadline first) and its overdue list, read from the case index.</summary>
public static class ArbitrationQueueEndpoints
{
    [Staff(StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [WolverineGet("/api/arbitration")]
    public static Task<Answer<Page<ArbitrationQueueItem>>> GetQueue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, ArbitrationStatus? status = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.Arbitration, new(county, city, status?.ToString(), false, page, pageSize),
            ArbitrationQueueItem.From, ct);

    [Staff(StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [WolverineGet("/api/arbitration/overdue")]
    public static Task<Answer<Page<ArbitrationQueueItem>>> GetOverdue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.Arbitration, new(county, city, null, true, page, pageSize), ArbitrationQueueItem.From, ct);
}
