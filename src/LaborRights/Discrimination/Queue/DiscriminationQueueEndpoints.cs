using System.Security.Claims;
using LaborRights.CaseIndex;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Discrimination.Queue;

/// <summary>A county's discrimination queue (most urgent deadline first) and its overdue list, read from the case index.</summary>
public static class DiscriminationQueueEndpoints
{
    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/discrimination")]
    public static Task<Answer<Page<DiscriminationQueueItem>>> GetQueue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, DiscriminationStatus? status = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.Discrimination, new(county, city, status?.ToString(), false, page, pageSize),
            DiscriminationQueueItem.From, ct);

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/discrimination/overdue")]
    public static Task<Answer<Page<DiscriminationQueueItem>>> GetOverdue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.Discrimination, new(county, city, null, true, page, pageSize), DiscriminationQueueItem.From, ct);
}
