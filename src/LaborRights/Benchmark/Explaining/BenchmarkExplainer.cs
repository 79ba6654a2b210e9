using LaborRights.Benchmark.Ranking;
using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark.Summarising;
using LaborRights.ReferenceData;
using Marten;

namespace LaborRights.Benchmark.Explaining;

public sealed record BenchmarkTrendPoint(string Period, int Cases, decimal? Score, BenchmarkRating Rating, int? Rank);

public sealed record BenchmarkTrend(string UnitKind, string Code, string Name, string Method, IReadOnlyList<BenchmarkTrendPoint> Quarters);

/// <summary>
/// Explains one unit's figures: its indicators case by case, from what each of its cases contributes to the stored
/// summaries (ADR 0011), with the rank the stored ranking gives it; and its score over the last 8 quarters.
/// </summary>
public sealed class BenchmarkExplainer(BenchmarkReader rankings, ShandongRegions regions, TimeProvider clock)
{
    public async Task<UnitBenchmarkDetail?> DetailAsync(IQuerySession session, UnitKind kind, string code, BenchmarkPeriod period, CancellationToken ct)
    {
        // Ranking takes in the pending cases first, so the contributions read next are those the ranking added up.
        var ranked = (await rankings.RankAsync(session, kind, period, ct)).Units.FirstOrDefault(u => u.Code == code);
        if (ranked is null) return null;

        var quarters = BenchmarkReader.QuartersOf(period).Select(q => q.ToString()).ToArray();
        var cohort = await CohortQuery(session, kind, code)
            .Where(x => x.Quarter.IsOneOf(quarters))
            .OrderBy(x => x.Id)
            .ToListAsync(ct);
        return BenchmarkReader.Method.DetailOfContributions(
            cohort.Select(c => (c.Id, c.Contribution)).ToList(), kind, period, ShanghaiTime.Today(clock), ranked);
    }

    public async Task<BenchmarkTrend?> TrendAsync(IQuerySession session, UnitKind kind, string code, CancellationToken ct)
    {
        var today = ShanghaiTime.Today(clock);
        var current = BenchmarkPeriod.OfQuarter(today.Year, (today.Month - 1) / 3 + 1);
        var points = new List<BenchmarkTrendPoint>();
        string? name = null;
        foreach (var quarter in Enumerable.Range(0, 8).Select(i => Back(current, 7 - i)))
        {
            var unit = (await rankings.RankAsync(session, kind, quarter, ct)).Units.FirstOrDefault(u => u.Code == code);
            if (unit is null) return null;
            name = unit.Name;
            points.Add(new BenchmarkTrendPoint(quarter.ToString(), unit.Cases, unit.Score, unit.Rating, unit.Rank));
        }

        return new BenchmarkTrend(kind.ToString().ToLowerInvariant(), code, name!, BenchmarkReader.Method.Version, points);
    }

    /// <summary>The contributions of the unit's cases (indexed by county and quarter, and by park and quarter).</summary>
    private IQueryable<BenchmarkCaseContribution> CohortQuery(IQuerySession session, UnitKind kind, string code)
    {
        var rows = session.Query<BenchmarkCaseContribution>();
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

    private static BenchmarkPeriod Back(BenchmarkPeriod quarter, int quartersBack)
    {
        var index = quarter.FirstDay.Year * 4 + (quarter.FirstDay.Month - 1) / 3 - quartersBack;
        return BenchmarkPeriod.OfQuarter(index / 4, index % 4 + 1);
    }
}
