using System.Collections.Concurrent;
using LaborRights.Benchmark.Facts;
using LaborRights.Benchmark.Scoring.V1;
using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark.Summarising;
using LaborRights.Calendar;
using LaborRights.ReferenceData;
using Marten;

namespace LaborRights.Benchmark.Ranking;

/// <summary>
/// Ranks the units of a period with "today" from the clock (ADR 0011), from the stored quarter summaries (a few
/// hundred rows, whatever the number of cases). Pending cases are taken in first, so a ranking never lags behind an
/// acknowledged command.
/// </summary>
public sealed class BenchmarkReader(ShandongRegions regions, TimeProvider clock, BenchmarkSummaryUpdater updater)
{
    public static BenchmarkMethodV1 Method => BenchmarkMethodV1.Instance;

    /// <summary>
    /// The last ranking per unit kind and period, valid while the stored summaries keep their stamp and the day is
    /// the same: a repeated read costs one small query, however many nodes write (each checks the database's stamp).
    /// </summary>
    private readonly ConcurrentDictionary<(UnitKind, string), (string Stamp, DateOnly Today, BenchmarkRanking Ranking)> _rankings = new();

    public async Task<BenchmarkRanking> RankAsync(IQuerySession session, UnitKind kind, BenchmarkPeriod period, CancellationToken ct)
    {
        var quarters = QuartersOf(period).Select(q => q.ToString()).ToArray();
        var (stamp, pending) = await updater.StateAsync(ct);
        if (pending)
        {
            await updater.CatchUpAsync(ct);
            (stamp, _) = await updater.StateAsync(ct);
        }

        var today = ShanghaiTime.Today(clock);
        var key = (kind, period.ToString());
        if (_rankings.TryGetValue(key, out var cached) && cached.Stamp == stamp && cached.Today == today) return cached.Ranking;

        // Read after the stamp: if a write lands in between, this ranking is newer than its stamp and the next read
        // (seeing the new stamp) computes again — never older.
        var ranking = await ComputeRankingAsync(session, kind, period, quarters, today, ct);
        _rankings[key] = (stamp, today, ranking);
        return ranking;
    }

    private async Task<BenchmarkRanking> ComputeRankingAsync(
        IQuerySession session, UnitKind kind, BenchmarkPeriod period, string[] quarters, DateOnly today, CancellationToken ct)
    {
        var storedKind = kind == UnitKind.City ? UnitKind.County : kind;
        var stored = await session.Query<BenchmarkUnitQuarter>()
            .Where(x => x.Kind == storedKind && x.Quarter.IsOneOf(quarters))
            .ToListAsync(ct);
        var byUnit = new Dictionary<string, UnitSummaryV1>(StringComparer.Ordinal);
        foreach (var row in stored)
        {
            var unit = kind == UnitKind.City ? Divisions.CityOf(row.Code) : row.Code;
            if (!byUnit.TryGetValue(unit, out var summary)) byUnit[unit] = summary = new UnitSummaryV1();
            summary.Add(row.Summary);
        }

        return Method.RankSummaries(byUnit, kind, period, today, regions);
    }

    public static IEnumerable<BenchmarkPeriod> QuartersOf(BenchmarkPeriod period) => period.Quarter is null
        ? Enumerable.Range(1, 4).Select(q => BenchmarkPeriod.OfQuarter(period.Year, q))
        : [period];
}
