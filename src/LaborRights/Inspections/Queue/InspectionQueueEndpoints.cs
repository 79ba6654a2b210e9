using System.Security.Claims;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Marten.Pagination;
using Wolverine.Http;

namespace LaborRights.Inspections.Queue;

/// <summary>A county's inspection queue (nearest investigation deadline first) and its overdue list.</summary>
public static class InspectionQueueEndpoints
{
    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/inspections")]
    public static async Task<IResult> GetQueue(
        IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, InspectionStatus? status = null, int page = 1, int pageSize = 20)
    {
        if (ListParameters.Invalid(regions, county, city, page, pageSize) is { } problem) return problem;
        var query = session.Query<InspectionQueueItem>().InScopeAndPlace(StaffScope.Of(user, regions), county, city);
        if (status is { } s) query = query.Where(x => x.Status == s);
        var result = await query.OrderBy(x => x.InvestigationDueOn).ThenBy(x => x.FiledOn).ThenBy(x => x.Id).ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(Page<InspectionQueueItem>.From(result));
    }

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/inspections/overdue")]
    public static async Task<IResult> GetOverdue(
        IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20)
    {
        if (ListParameters.Invalid(regions, county, city, page, pageSize) is { } problem) return problem;
        var result = await session.Query<InspectionQueueItem>().InScopeAndPlace(StaffScope.Of(user, regions), county, city)
            .Where(x => x.IsOverdue)
            .OrderBy(x => x.InvestigationDueOn).ThenBy(x => x.Id)
            .ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(Page<InspectionQueueItem>.From(result));
    }
}
