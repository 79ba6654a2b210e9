using LaborRights.Benchmark.Scoring;
using LaborRights.ReferenceData;
using LaborRights.Security;

namespace LaborRights.Benchmark;

/// <summary>The <c>{units}</c> and <c>period</c> of the benchmark routes: counties, parks or cities; a year or a quarter.</summary>
public static class BenchmarkUnits
{
    /// <summary>A county in scope; a park or city when every county of its city is (a city or province division).</summary>
    public static bool InScope(string units, string code, StaffScope scope, ShandongRegions regions) => KindOf(units) switch
    {
        UnitKind.County => scope.Covers(code),
        UnitKind.Park => regions.FindPark(code) is { } park && regions.CountiesOf(park.CityCode).All(c => scope.Covers(c.Code)),
        UnitKind.City => regions.FindCity(code) is not null && regions.CountiesOf(code).All(c => scope.Covers(c.Code)),
        _ => true, // an unknown unit kind answers its own 404 below
    };

    public static UnitKind? KindOf(string units) => units switch
    {
        "counties" => UnitKind.County,
        "parks" => UnitKind.Park,
        "cities" => UnitKind.City,
        _ => null,
    };

    public static (UnitKind? Kind, BenchmarkPeriod? Period) Parse(string units, string? period) =>
        (KindOf(units), BenchmarkPeriod.TryParse(period, null, out var p) ? p : null);

    public static Microsoft.AspNetCore.Mvc.ProblemDetails Invalid(string units, string? period) => KindOf(units) is null
        ? Problems.NotFound("该统计单位类型 / unit kind")
        : PeriodErrors(period, new FieldErrors()).ToProblem();

    /// <summary>Adds the period's error, if it is not a year or a quarter.</summary>
    public static FieldErrors PeriodErrors(string? period, FieldErrors errors) => BenchmarkPeriod.TryParse(period, out _)
        ? errors
        : errors.Add("period", "统计期应为年份（如2025）或季度（如2025Q3）", "The period must be a year (e.g. 2025) or a quarter (e.g. 2025Q3)");
}
