using System.Security.Claims;
using LaborRights.CaseIndex;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Inspections.Queue;

/// <summary>A county's inspection queue (most urgent deadline first) and its overdue list, read from the case index.</summary>
public static class InspectionQueueEndpoints
{
    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/inspections")]
    public static Task<Answer<Page<InspectionQueueItem>>> GetQueue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, InspectionStatus? status = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.Inspection, new(county, city, status?.ToString(), false, page, pageSize),
            InspectionQueueItem.From, ct);

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/inspections/overdue")]
    public static Task<Answer<Page<InspectionQueueItem>>> GetOverdue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.Inspection, new(county, city, null, true, page, pageSize), InspectionQueueItem.From, ct);
}
