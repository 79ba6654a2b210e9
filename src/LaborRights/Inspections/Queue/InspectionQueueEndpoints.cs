using LaborRights.ReferenceData;
using Marten;
using Marten.Pagination;
using Wolverine.Http;

namespace LaborRights.Inspections.Queue;

public sealed record InspectionQueuePage(IReadOnlyList<InspectionQueueItem> Items, long Page, long PageSize, long TotalItems, long PageCount);

/// <summary>A county's inspection queue (nearest investigation deadline first) and its overdue list.</summary>
public static class InspectionQueueEndpoints
{
    public const int MaxPageSize = 100;

    [WolverineGet("/api/inspections")]
    public static async Task<IResult> GetQueue(
        IQuerySession session, ShandongRegions regions, CancellationToken ct,
        string? county = null, string? city = null, InspectionStatus? status = null, int page = 1, int pageSize = 20)
    {
        if (Invalid(regions, county, city, page, pageSize) is { } problem) return problem;
        var query = Filter(session.Query<InspectionQueueItem>(), county, city);
        if (status is { } s) query = query.Where(x => x.Status == s);
        var result = await query.OrderBy(x => x.InvestigationDueOn).ThenBy(x => x.FiledOn).ThenBy(x => x.Id).ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(ToPage(result));
    }

    [WolverineGet("/api/inspections/overdue")]
    public static async Task<IResult> GetOverdue(
        IQuerySession session, ShandongRegions regions, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20)
    {
        if (Invalid(regions, county, city, page, pageSize) is { } problem) return problem;
        var result = await Filter(session.Query<InspectionQueueItem>(), county, city)
            .Where(x => x.IsOverdue)
            .OrderBy(x => x.InvestigationDueOn).ThenBy(x => x.Id)
            .ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(ToPage(result));
    }

    private static IQueryable<InspectionQueueItem> Filter(IQueryable<InspectionQueueItem> query, string? county, string? city)
    {
        if (county is not null) query = query.Where(x => x.CountyCode == county);
        if (city is not null) query = query.Where(x => x.CityCode == city);
        return query;
    }

    private static IResult? Invalid(ShandongRegions regions, string? county, string? city, int page, int pageSize)
    {
        var errors = new FieldErrors();
        if (county is not null && regions.FindCounty(county) is null) errors.Add("county", "未知的县级行政区划代码", "Unknown county code");
        if (city is not null && regions.FindCity(city) is null) errors.Add("city", "未知的地级市代码", "Unknown city code");
        if (page < 1) errors.Add("page", "页码从1开始", "Pages start at 1");
        if (pageSize is < 1 or > MaxPageSize) errors.Add("pageSize", $"每页1至{MaxPageSize}条", $"Page size must be 1 to {MaxPageSize}");
        return errors.Any ? Results.Problem(errors.ToProblem()) : null;
    }

    private static InspectionQueuePage ToPage(IPagedList<InspectionQueueItem> list) =>
        new(list.ToList(), list.PageNumber, list.PageSize, list.TotalItemCount, list.PageCount);
}
