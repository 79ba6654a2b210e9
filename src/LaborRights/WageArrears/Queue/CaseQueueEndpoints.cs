using System.Security.Claims;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Marten.Pagination;
using Wolverine.Http;

namespace LaborRights.WageArrears.Queue;

/// <summary>A county's work queue (most urgent deadline first) and its overdue list.</summary>
public static class CaseQueueEndpoints
{
    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/wage-arrears")]
    public static async Task<IResult> GetQueue(
        IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, CaseStatus? status = null, int page = 1, int pageSize = 20)
    {
        if (ListParameters.Invalid(regions, county, city, page, pageSize) is { } problem) return problem;
        var query = session.Query<WageArrearsQueueItem>().InScopeAndPlace(StaffScope.Of(user, regions), county, city);
        if (status is { } s) query = query.Where(x => x.Status == s);
        var result = await query.OrderBy(x => x.NextDueOn).ThenBy(x => x.ReceivedOn).ThenBy(x => x.Id).ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(Page<WageArrearsQueueItem>.From(result));
    }

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/wage-arrears/overdue")]
    public static async Task<IResult> GetOverdue(
        IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20)
    {
        if (ListParameters.Invalid(regions, county, city, page, pageSize) is { } problem) return problem;
        var result = await session.Query<WageArrearsQueueItem>().InScopeAndPlace(StaffScope.Of(user, regions), county, city)
            .Where(x => x.IsOverdue)
            .OrderBy(x => x.NextDueOn).ThenBy(x => x.Id)
            .ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(Page<WageArrearsQueueItem>.From(result));
    }
}
