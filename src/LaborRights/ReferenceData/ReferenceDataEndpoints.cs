using LaborRights.Security;
using Wolverine.Http;

namespace LaborRights.ReferenceData;

/// <summary>Counties, cities and parks: public, since the complaint form needs them.</summary>
public static class ReferenceDataEndpoints
{
    [Public]
    [WolverineGet("/api/reference/cities")]
    public static IReadOnlyList<City> GetCities(ShandongRegions regions) => regions.Cities;

    [Public]
    [WolverineGet("/api/reference/counties")]
    public static IResult GetCounties(ShandongRegions regions, string? city) => InCity(regions, city, regions.Counties, regions.CountiesOf);

    [Public]
    [WolverineGet("/api/reference/counties/{code}")]
    public static IResult GetCounty(string code, ShandongRegions regions) =>
        regions.FindCounty(code) is { } county ? Results.Ok(county) : Problems.NotFound("该县（市、区） / county").ToResult();

    [Public]
    [WolverineGet("/api/reference/parks")]
    public static IResult GetParks(ShandongRegions regions, string? city) => InCity(regions, city, regions.Parks, regions.ParksOf);

    /// <summary>All of them, or those of one city; an unknown city is a 404.</summary>
    private static IResult InCity<T>(ShandongRegions regions, string? city, IReadOnlyList<T> all, Func<string, IEnumerable<T>> ofCity) =>
        city is null ? Results.Ok(all)
        : regions.FindCity(city) is null ? Problems.NotFound("该地级市 / city").ToResult()
        : Results.Ok(ofCity(city).ToList());
}
