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
    public static IResult GetCounties(ShandongRegions regions, string? city)
    {
        if (city is null) return Results.Ok(regions.Counties);
        return regions.FindCity(city) is null
            ? Problems.NotFound("该地级市 / city").ToResult()
            : Results.Ok(regions.CountiesOf(city).ToList());
    }

    [Public]
    [WolverineGet("/api/reference/counties/{code}")]
    public static IResult GetCounty(string code, ShandongRegions regions) =>
        regions.FindCounty(code) is { } county ? Results.Ok(county) : Problems.NotFound("该县（市、区） / county").ToResult();

    [Public]
    [WolverineGet("/api/reference/parks")]
    public static IResult GetParks(ShandongRegions regions, string? city)
    {
        if (city is null) return Results.Ok(regions.Parks);
        return regions.FindCity(city) is null
            ? Problems.NotFound("该地级市 / city").ToResult()
            : Results.Ok(regions.ParksOf(city).ToList());
    }
}
