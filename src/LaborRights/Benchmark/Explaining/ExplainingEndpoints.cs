using System.Security.Claims;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Benchmark.Scoring;
using Marten;
using Wolverine.Http;

namespace LaborRights.Benchmark.Explaining;

/// <summary>One unit of the benchmark: its indicators with numerators, denominators and the cases behind them, and its trend over 8 quarters.</summary>
public static class ExplainingEndpoints
{
    [Staff(StaffRoles.Supervisor)]
    [WolverineGet("/api/benchmarks/{units}/{code}")]
    public static async Task<Answer<UnitBenchmarkDetail>> GetUnit(
        string units, string code, string? period, IQuerySession session, BenchmarkExplainer explainer, ClaimsPrincipal user, ShandongRegions regions, CancellationToken ct)
    {
        // The detail lists the cases behind the figures: only for units wholly in the caller's divisions (404 otherwise).
        if (!BenchmarkUnits.InScope(units, code, StaffScope.Of(user, regions), regions)) return Problems.NotFound("该统计单位 / unit");
        var (kind, p) = BenchmarkUnits.Parse(units, period);
        if (kind is null || p is null) return BenchmarkUnits.Invalid(units, period);
        var detail = await explainer.DetailAsync(session, kind.Value, code, p, ct);
        return detail is null ? Problems.NotFound("该统计单位 / unit") : detail;
    }

    /// <summary>One unit's score and rating per quarter, the 8 quarters up to and including the current one.</summary>
    [Staff(StaffRoles.Supervisor)]
    [WolverineGet("/api/benchmarks/{units}/{code}/trend")]
    public static async Task<Answer<BenchmarkTrend>> GetTrend(string units, string code, IQuerySession session, BenchmarkExplainer explainer, CancellationToken ct)
    {
        if (BenchmarkUnits.KindOf(units) is not { } kind) return Problems.NotFound("该统计单位类型 / unit kind");
        var trend = await explainer.TrendAsync(session, kind, code, ct);
        return trend is null ? Problems.NotFound("该统计单位 / unit") : trend;
    }
}
