using System.Collections.Concurrent;
using LaborRights.Benchmark.Facts;
using LaborRights.Benchmark.Summaries;
using LaborRights.Benchmark.V1;
using LaborRights.Calendar;
using LaborRights.ReferenceData;
using Marten;

namespace LaborRights.Benchmark.Ranking;

/// <summary>
/// Reads the benchmark with "today" from the clock (ADR 0011): rankings and trends from the stored quarter summaries
/// (a few hundred rows, whatever the number of cases), a unit's detail case by case from its own cases and their
/// employers' earlier ones. Pending cases are taken in first, so an answer never lags behind an acknowledged command.
/// </summary>
public sealed class BenchmarkReader(WorkingDayCalendar calendar, ShandongRegions regions, TimeProvider clock, BenchmarkSummaryUpdater updater)
{
    /// <summary>The repeat rule looks back 365 days before the period's first receipt.</summary>
    private const int RepeatLookBackDays = 366;

    private static BenchmarkMethodV1 Method => BenchmarkMethodV1.Instance;

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

    public async Task<UnitBenchmarkDetail?> DetailAsync(IQuerySession session, UnitKind kind, string code, BenchmarkPeriod period, CancellationToken ct)
    {
        var ranked = (await RankAsync(session, kind, period, ct)).Units.FirstOrDefault(u => u.Code == code);
        if (ranked is null) return null;

        var cohort = await CohortQuery(session, kind, code)
            .Where(x => x.ReceivedOn >= period.FirstDay && x.ReceivedOn <= period.LastDay)
            .ToListAsync(ct);
        var employers = cohort.Select(c => c.EmployerCreditCode).Distinct().ToArray();
        var earliest = period.FirstDay.AddDays(-RepeatLookBackDays);
        var sameEmployers = employers.Length == 0
            ? []
            : await session.Query<BenchmarkCaseFactsRow>()
                .Where(x => x.EmployerCreditCode.IsOneOf(employers) && x.ReceivedOn >= earliest && x.ReceivedOn <= period.LastDay)
                .ToListAsync(ct);
        var facts = cohort.Concat(sameEmployers).DistinctBy(f => f.Id).Select(f => f.ToFacts()).ToList();
        return Method.DetailOf(facts, kind, code, period, ShanghaiTime.Today(clock), calendar, regions, ranked.Rank);
    }

    public async Task<BenchmarkTrend?> TrendAsync(IQuerySession session, UnitKind kind, string code, CancellationToken ct)
    {
        var today = ShanghaiTime.Today(clock);
        var current = BenchmarkPeriod.OfQuarter(today.Year, (today.Month - 1) / 3 + 1);
        var points = new List<BenchmarkTrendPoint>();
        string? name = null;
        foreach (var quarter in Enumerable.Range(0, 8).Select(i => Back(current, 7 - i)))
        {
            var unit = (await RankAsync(session, kind, quarter, ct)).Units.FirstOrDefault(u => u.Code == code);
            if (unit is null) return null;
            name = unit.Name;
            points.Add(new BenchmarkTrendPoint(quarter.ToString(), unit.Cases, unit.Score, unit.Rating, unit.Rank));
        }

        return new BenchmarkTrend(kind.ToString().ToLowerInvariant(), code, name!, Method.Version, points);
    }

    private IQueryable<BenchmarkCaseFactsRow> CohortQuery(IQuerySession session, UnitKind kind, string code)
    {
        var rows = session.Query<BenchmarkCaseFactsRow>();
        switch (kind)
        {
            case UnitKind.County:
                return rows.Where(x => x.CountyCode == code);
            case UnitKind.Park:
                return rows.Where(x => x.ParkCode == code);
            default:
                var counties = regions.Counties.Where(c => Divisions.CityOf(c.Code) == code).Select(c => c.Code).ToArray();
                return rows.Where(x => x.CountyCode.IsOneOf(counties));
        }
    }

    private static IEnumerable<BenchmarkPeriod> QuartersOf(BenchmarkPeriod period) => period.Quarter is null
        ? Enumerable.Range(1, 4).Select(q => BenchmarkPeriod.OfQuarter(period.Year, q))
        : [period];

    private static BenchmarkPeriod Back(BenchmarkPeriod quarter, int quartersBack)
    {
        var index = quarter.FirstDay.Year * 4 + (quarter.FirstDay.Month - 1) / 3 - quartersBack;
        return BenchmarkPeriod.OfQuarter(index / 4, index % 4 + 1);
    }
}
