using System.Security.Claims;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Marten.Pagination;
using Wolverine.Http;

namespace LaborRights.Arbitration.Queue;

/// <summary>A commission's work queue (most urgent deadline first) and its overdue list.</summary>
public static class ArbitrationQueueEndpoints
{
    [Staff(StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [WolverineGet("/api/arbitration")]
    public static async Task<IResult> GetQueue(
        IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, ArbitrationStatus? status = null, int page = 1, int pageSize = 20)
    {
        if (ListParameters.Invalid(regions, county, city, page, pageSize) is { } problem) return problem;
        var query = session.Query<ArbitrationQueueItem>().InScopeAndPlace(StaffScope.Of(user, regions), county, city);
        if (status is { } s) query = query.Where(x => x.Status == s);
        var result = await query.OrderBy(x => x.NextDueOn).ThenBy(x => x.ReceivedOn).ThenBy(x => x.Id).ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(Page<ArbitrationQueueItem>.From(result));
    }

    [Staff(StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [WolverineGet("/api/arbitration/overdue")]
    public static async Task<IResult> GetOverdue(
        IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20)
    {
        if (ListParameters.Invalid(regions, county, city, page, pageSize) is { } problem) return problem;
        var result = await session.Query<ArbitrationQueueItem>().InScopeAndPlace(StaffScope.Of(user, regions), county, city)
            .Where(x => x.IsOverdue)
            .OrderBy(x => x.NextDueOn).ThenBy(x => x.Id)
            .ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(Page<ArbitrationQueueItem>.From(result));
    }
}
