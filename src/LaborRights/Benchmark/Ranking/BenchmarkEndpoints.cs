using System.Security.Claims;
using System.Text;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Benchmark.Ranking;

public sealed record BenchmarkTrendPoint(string Period, int Cases, decimal? Score, BenchmarkRating Rating, int? Rank);

public sealed record BenchmarkTrend(string UnitKind, string Code, string Name, string Method, IReadOnlyList<BenchmarkTrendPoint> Quarters);

/// <summary>
/// The governance benchmark (治理欠薪县域标杆、园区标杆) by county, park or city: the ranking of a period, one unit's
/// indicators with numerators, denominators and the cases behind them, its trend over 8 quarters, and a CSV export.
/// </summary>
public static class BenchmarkEndpoints
{
    [Staff(StaffRoles.Supervisor)]
    [WolverineGet("/api/benchmarks/{units}")]
    public static async Task<IResult> GetRanking(string units, string? period, IQuerySession session, BenchmarkReader reader, CancellationToken ct)
    {
        var (kind, p) = Parse(units, period);
        if (kind is null || p is null) return Invalid(units, period);
        return Results.Ok(await reader.RankAsync(session, kind.Value, p, ct));
    }

    [Staff(StaffRoles.Supervisor)]
    [WolverineGet("/api/benchmarks/{units}/{code}")]
    public static async Task<IResult> GetUnit(
        string units, string code, string? period, IQuerySession session, BenchmarkReader reader, ClaimsPrincipal user, ShandongRegions regions, CancellationToken ct)
    {
        // The detail lists the cases behind the figures: only for units wholly in the caller's divisions (404 otherwise).
        if (!UnitInScope(units, code, StaffScope.Of(user, regions), regions)) return Problems.NotFound("该统计单位 / unit").ToResult();
        var (kind, p) = Parse(units, period);
        if (kind is null || p is null) return Invalid(units, period);
        var detail = await reader.DetailAsync(session, kind.Value, code, p, ct);
        return detail is null ? Problems.NotFound("该统计单位 / unit").ToResult() : Results.Ok(detail);
    }

    /// <summary>One unit's score and rating per quarter, the 8 quarters up to and including the current one.</summary>
    [Staff(StaffRoles.Supervisor)]
    [WolverineGet("/api/benchmarks/{units}/{code}/trend")]
    public static async Task<IResult> GetTrend(string units, string code, IQuerySession session, BenchmarkReader reader, CancellationToken ct)
    {
        if (UnitKindOf(units) is not { } kind) return Problems.NotFound("该统计单位类型 / unit kind").ToResult();
        var trend = await reader.TrendAsync(session, kind, code, ct);
        return trend is null ? Problems.NotFound("该统计单位 / unit").ToResult() : Results.Ok(trend);
    }

    /// <summary>The ranking as CSV, UTF-8 with a byte-order mark so that Excel shows the Chinese names.</summary>
    [Staff(StaffRoles.Supervisor)]
    [WolverineGet("/api/benchmarks/{units}/export.csv")]
    public static async Task<IResult> Export(string units, string? period, IQuerySession session, BenchmarkReader reader, CancellationToken ct)
    {
        var (kind, p) = Parse(units, period);
        if (kind is null || p is null) return Invalid(units, period);
        var ranking = await reader.RankAsync(session, kind.Value, p, ct);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(BenchmarkCsv.Write(ranking))).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"benchmark-{units}-{p}.csv");
    }

    /// <summary>A county in scope; a park or city when every county of its city is (a city or province division).</summary>
    public static bool UnitInScope(string units, string code, StaffScope scope, ShandongRegions regions) => UnitKindOf(units) switch
    {
        UnitKind.County => scope.Covers(code),
        UnitKind.Park => regions.FindPark(code) is { } park && regions.CountiesOf(park.CityCode).All(c => scope.Covers(c.Code)),
        UnitKind.City => regions.FindCity(code) is not null && regions.CountiesOf(code).All(c => scope.Covers(c.Code)),
        _ => true, // an unknown unit kind answers its own 404 below
    };

    public static UnitKind? UnitKindOf(string units) => units switch
    {
        "counties" => UnitKind.County,
        "parks" => UnitKind.Park,
        "cities" => UnitKind.City,
        _ => null,
    };

    private static (UnitKind? Kind, BenchmarkPeriod? Period) Parse(string units, string? period) =>
        (UnitKindOf(units), BenchmarkPeriod.TryParse(period, null, out var p) ? p : null);

    private static IResult Invalid(string units, string? period) => UnitKindOf(units) is null
        ? Problems.NotFound("该统计单位类型 / unit kind").ToResult()
        : Results.Problem(new FieldErrors().Add("period", "统计期应为年份（如2025）或季度（如2025Q3）",
            "The period must be a year (e.g. 2025) or a quarter (e.g. 2025Q3)").ToProblem());
}
