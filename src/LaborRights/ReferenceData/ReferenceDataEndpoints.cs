using LaborRights.Security;
using Wolverine.Http;

namespace LaborRights.ReferenceData;

/// <summary>Counties, cities and parks: public, since the complaint form needs them.</summary>
public static class ReferenceDataEndpoints
{
    [Public]
    [EndpointSummary("地级市列表 · List the cities of Shandong")]
    [EndpointDescription("列出山东省各地级市的代码（GB/T 2260）和名称，供填写投诉、申请表单时选择。无需登录。\n\n" +
        "Lists Shandong's prefecture-level cities with their GB/T 2260 codes and names, for the complaint and application forms. No sign-in needed.")]
    [Tags("参考数据 · Reference data")]
    [WolverineGet("/api/reference/cities", OperationId = "listCities")]
    public static Answer<IReadOnlyList<City>> GetCities(ShandongRegions regions) => Answer<IReadOnlyList<City>>.Ok(regions.Cities);

    [Public]
    [EndpointSummary("县（市、区）列表 · List the counties of Shandong")]
    [EndpointDescription("列出山东省各县（市、区）的代码、名称、类型和所属地级市；带 city 参数时只列该市的，地级市代码不存在返回 404。无需登录。\n\n" +
        "Lists Shandong's county-level divisions with code, name, kind and city; with city, only that city's (404 for an unknown city). No sign-in " +
        "needed.")]
    [Tags("参考数据 · Reference data")]
    [WolverineGet("/api/reference/counties", OperationId = "listCounties")]
    [AnswersProblem(StatusCodes.Status404NotFound)]
    public static Answer<IReadOnlyList<County>> GetCounties(ShandongRegions regions, string? city) => InCity(regions, city, regions.Counties, regions.CountiesOf);

    [Public]
    [EndpointSummary("查看一个县（市、区） · Get a county")]
    [EndpointDescription("按代码查看一个县（市、区）的名称、类型和所属地级市；代码不存在返回 404。无需登录。\n\n" +
        "Reads one county-level division by its code: name, kind and city; 404 for an unknown code. No sign-in needed.")]
    [Tags("参考数据 · Reference data")]
    [WolverineGet("/api/reference/counties/{code}", OperationId = "getCounty")]
    public static Answer<County> GetCounty(string code, ShandongRegions regions) =>
        regions.FindCounty(code) is { } county ? county : Problems.NotFound("该县（市、区） / county");

    [Public]
    [EndpointSummary("园区列表 · List the development zones")]
    [EndpointDescription("列出开发区、高新区等园区的代码和名称及所属地级市；园区不是行政区划，其代码不要与县代码混用。带 city 参数时只列该市的，" +
        "地级市代码不存在返回 404。无需登录。\n\n" +
        "Lists the development zones (parks) with code, name and city; a park is not an administrative division, so its code is not a county code. " +
        "With city, only that city's (404 for an unknown city). No sign-in needed.")]
    [Tags("参考数据 · Reference data")]
    [WolverineGet("/api/reference/parks", OperationId = "listParks")]
    [AnswersProblem(StatusCodes.Status404NotFound)]
    public static Answer<IReadOnlyList<Park>> GetParks(ShandongRegions regions, string? city) => InCity(regions, city, regions.Parks, regions.ParksOf);

    /// <summary>All of them, or those of one city; an unknown city is a 404.</summary>
    private static Answer<IReadOnlyList<T>> InCity<T>(ShandongRegions regions, string? city, IReadOnlyList<T> all, Func<string, IEnumerable<T>> ofCity) =>
        city is null ? Answer<IReadOnlyList<T>>.Ok(all)
        : regions.FindCity(city) is null ? Problems.NotFound("该地级市 / city")
        : Answer<IReadOnlyList<T>>.Ok(ofCity(city).ToList());
}
