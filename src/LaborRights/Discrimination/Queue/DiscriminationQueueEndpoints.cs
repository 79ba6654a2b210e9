using System.Security.Claims;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Marten.Pagination;
using Wolverine.Http;

namespace LaborRights.Discrimination.Queue;

/// <summary>A county's discrimination queue (most urgent deadline first) and its overdue list.</summary>
public static class DiscriminationQueueEndpoints
{
    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/discrimination")]
    public static async Task<IResult> GetQueue(
        IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, DiscriminationStatus? status = null, int page = 1, int pageSize = 20)
    {
        if (ListParameters.Invalid(regions, county, city, page, pageSize) is { } problem) return problem;
        var query = session.Query<DiscriminationQueueItem>().InScopeAndPlace(StaffScope.Of(user, regions), county, city);
        if (status is { } s) query = query.Where(x => x.Status == s);
        var result = await query.OrderBy(x => x.NextDueOn).ThenBy(x => x.ReceivedOn).ThenBy(x => x.Id).ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(Page<DiscriminationQueueItem>.From(result));
    }

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/discrimination/overdue")]
    public static async Task<IResult> GetOverdue(
        IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20)
    {
        if (ListParameters.Invalid(regions, county, city, page, pageSize) is { } problem) return problem;
        var result = await session.Query<DiscriminationQueueItem>().InScopeAndPlace(StaffScope.Of(user, regions), county, city)
            .Where(x => x.IsOverdue)
            .OrderBy(x => x.NextDueOn).ThenBy(x => x.Id)
            .ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(Page<DiscriminationQueueItem>.From(result));
    }
}
