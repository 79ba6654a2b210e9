using LaborRights.Security;
using Wolverine.Http;

namespace LaborRights.ReferenceData;

/// <summary>Counties, cities and parks: public, since the complaint form needs them.</summary>
public static class ReferenceDataEndpoints
{
    [Public]
    [WolverineGet("/api/reference/cities")]
    public static Answer<IReadOnlyList<City>> GetCities(ShandongRegions regions) => Answer<IReadOnlyList<City>>.Ok(regions.Cities);

    [Public]
    [WolverineGet("/api/reference/counties")]
    public static Answer<IReadOnlyList<County>> GetCounties(ShandongRegions regions, string? city) => InCity(regions, city, regions.Counties, regions.CountiesOf);

    [Public]
    [WolverineGet("/api/reference/counties/{code}")]
    public static Answer<County> GetCounty(string code, ShandongRegions regions) =>
        regions.FindCounty(code) is { } county ? county : Problems.NotFound("该县（市、区） / county");

    [Public]
    [WolverineGet("/api/reference/parks")]
    public static Answer<IReadOnlyList<Park>> GetParks(ShandongRegions regions, string? city) => InCity(regions, city, regions.Parks, regions.ParksOf);

    /// <summary>All of them, or those of one city; an unknown city is a 404.</summary>
    private static Answer<IReadOnlyList<T>> InCity<T>(ShandongRegions regions, string? city, IReadOnlyList<T> all, Func<string, IEnumerable<T>> ofCity) =>
        city is null ? Answer<IReadOnlyList<T>>.Ok(all)
        : regions.FindCity(city) is null ? Problems.NotFound("该地级市 / city")
        : Answer<IReadOnlyList<T>>.Ok(ofCity(city).ToList());
}
