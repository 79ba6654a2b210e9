using LaborRights.Benchmark.Facts;
using LaborRights.Benchmark.Ranking;
using LaborRights.Benchmark.Scoring;
using LaborRights.Calendar;
using LaborRights.ReferenceData;
using Marten;

namespace LaborRights.Benchmark.Explaining;

public sealed record BenchmarkTrendPoint(string Period, int Cases, decimal? Score, BenchmarkRating Rating, int? Rank);

public sealed record BenchmarkTrend(string UnitKind, string Code, string Name, string Method, IReadOnlyList<BenchmarkTrendPoint> Quarters);

/// <summary>
/// Explains one unit's figures: its indicators case by case, from its own cases and their employers' earlier ones
/// (the repeat rule), with the rank the stored ranking gives it; and its score over the last 8 quarters.
/// </summary>
public sealed class BenchmarkExplainer(BenchmarkReader rankings, WorkingDayCalendar calendar, ShandongRegions regions, TimeProvider clock)
{
    /// <summary>The repeat rule looks back 365 days before the period's first receipt.</summary>
    private const int RepeatLookBackDays = 366;

    public async Task<UnitBenchmarkDetail?> DetailAsync(IQuerySession session, UnitKind kind, string code, BenchmarkPeriod period, CancellationToken ct)
    {
        var ranked = (await rankings.RankAsync(session, kind, period, ct)).Units.FirstOrDefault(u => u.Code == code);
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
        return BenchmarkReader.Method.DetailOf(facts, kind, code, period, ShanghaiTime.Today(clock), calendar, regions, ranked.Rank);
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

    private static BenchmarkPeriod Back(BenchmarkPeriod quarter, int quartersBack)
    {
        var index = quarter.FirstDay.Year * 4 + (quarter.FirstDay.Month - 1) / 3 - quartersBack;
        return BenchmarkPeriod.OfQuarter(index / 4, index % 4 + 1);
    }
}
