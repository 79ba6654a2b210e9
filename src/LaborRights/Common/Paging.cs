using LaborRights.ReferenceData;
using Marten.Pagination;

namespace LaborRights.Common;

/// <summary>One page of a list, the same shape for every list of the API.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long PageNumber, long PageSize, long TotalItems, long PageCount)
{
    public static Page<T> From(IPagedList<T> list) => new(list.ToList(), list.PageNumber, list.PageSize, list.TotalItemCount, list.PageCount);

    public static Page<T> From<TStored>(IPagedList<TStored> list, Func<TStored, T> row) =>
        new(list.Select(row).ToList(), list.PageNumber, list.PageSize, list.TotalItemCount, list.PageCount);
}

/// <summary>The checks every list endpoint makes on its common query parameters.</summary>
public static class ListParameters
{
    public const int MaxPageSize = 100;

    /// <summary>Far beyond any list's end (a million pages), and small enough that the row offset never overflows.</summary>
    public const int MaxPage = 1_000_000;

    public static FieldErrors Place(this FieldErrors errors, ShandongRegions regions, string? county, string? city)
    {
        if (county is not null && regions.FindCounty(county) is null) errors.Add("county", "未知的县级行政区划代码", "Unknown county code");
        if (city is not null && regions.FindCity(city) is null) errors.Add("city", "未知的地级市代码", "Unknown city code");
        return errors;
    }

    public static FieldErrors Paging(this FieldErrors errors, int page, int pageSize)
    {
        if (page is < 1 or > MaxPage) errors.Add("page", $"页码应为1至{MaxPage}", $"The page must be 1 to {MaxPage}");
        if (pageSize is < 1 or > MaxPageSize) errors.Add("pageSize", $"每页1至{MaxPageSize}条", $"Page size must be 1 to {MaxPageSize}");
        return errors;
    }

    /// <summary>The 400 for the place and paging parameters of a list, or null when they are fine.</summary>
    public static Microsoft.AspNetCore.Mvc.ProblemDetails? Invalid(ShandongRegions regions, string? county, string? city, int page, int pageSize)
    {
        var errors = new FieldErrors().Place(regions, county, city).Paging(page, pageSize);
        return errors.Any ? errors.ToProblem() : null;
    }
}
