using System.Text;
using LaborRights.Benchmark.Scoring;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Benchmark.Ranking;

/// <summary>The governance benchmark (治理欠薪县域标杆、园区标杆) by county, park or city: the ranking of a period, and as CSV.</summary>
public static class RankingEndpoints
{
    [Staff(StaffRoles.Supervisor)]
    [WolverineGet("/api/benchmarks/{units}")]
    public static async Task<Answer<BenchmarkRanking>> GetRanking(string units, string? period, IQuerySession session, BenchmarkReader reader, CancellationToken ct)
    {
        var (kind, p) = BenchmarkUnits.Parse(units, period);
        if (kind is null || p is null) return BenchmarkUnits.Invalid(units, period);
        return await reader.RankAsync(session, kind.Value, p, ct);
    }

    /// <summary>The ranking as CSV, UTF-8 with a byte-order mark so that Excel shows the Chinese names.</summary>
    [Staff(StaffRoles.Supervisor)]
    [WolverineGet("/api/benchmarks/{units}/export.csv")]
    public static async Task<CsvAnswer> Export(string units, string? period, IQuerySession session, BenchmarkReader reader, CancellationToken ct)
    {
        var (kind, p) = BenchmarkUnits.Parse(units, period);
        if (kind is null || p is null) return BenchmarkUnits.Invalid(units, period);
        var ranking = await reader.RankAsync(session, kind.Value, p, ct);
        return CsvAnswer.File(BenchmarkCsv.Write(ranking), $"benchmark-{units}-{p}.csv");
    }
}
