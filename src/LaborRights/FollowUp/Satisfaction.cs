using LaborRights.Benchmark.Scoring;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;

namespace LaborRights.FollowUp;

/// <summary>One county's ratings in a period.</summary>
/// <param name="DissatisfiedShare">Dissatisfied ratings over all, 0–1.</param>
public sealed record CountySatisfaction(
    string CountyCode, string CountyName, string CityName, int Ratings, decimal AverageScore, int Dissatisfied, decimal DissatisfiedShare,
    int ReviewsRequested, int ReviewsPending);

/// <summary>满意度: the workers' ratings in a period, for the counties in the caller's divisions, lowest average first.</summary>
public sealed record SatisfactionReport(string Period, DateOnly From, DateOnly To, int Ratings, decimal AverageScore, int Dissatisfied,
    IReadOnlyList<CountySatisfaction> Counties)
{
    private sealed record Row(string CountyCode, int Score, bool ReviewRequested, bool ReviewPending);

    public static async Task<SatisfactionReport> ReadAsync(IQuerySession session, StaffScope scope, ShandongRegions regions, BenchmarkPeriod period,
        CancellationToken ct)
    {
        var (from, to) = (period.FirstDay, period.LastDay);
        var rows = await session.Query<CaseFollowUp>().InScopeAndPlace(scope, null, null)
            .Where(x => x.RatedOn >= from && x.RatedOn <= to)
            .Select(x => new Row(x.CountyCode, x.Score, x.ReviewRequested, x.ReviewPending))
            .ToListAsync(ct);
        var counties = rows.GroupBy(r => r.CountyCode).Select(g =>
        {
            var county = regions.FindCounty(g.Key);
            var dissatisfied = g.Count(r => r.Score <= FollowUpRules.DissatisfiedAtOrBelow);
            return new CountySatisfaction(g.Key, county?.Name ?? g.Key, county?.CityName ?? "", g.Count(), Average(g.Select(r => r.Score)),
                dissatisfied, Math.Round((decimal)dissatisfied / g.Count(), 4), g.Count(r => r.ReviewRequested), g.Count(r => r.ReviewPending));
        }).OrderBy(c => c.AverageScore).ThenBy(c => c.CountyCode, StringComparer.Ordinal).ToList();
        return new SatisfactionReport(period.ToString(), from, to, rows.Count, Average(rows.Select(r => r.Score)),
            rows.Count(r => r.Score <= FollowUpRules.DissatisfiedAtOrBelow), counties);
    }

    private static decimal Average(IEnumerable<int> scores)
    {
        var list = scores.ToList();
        return list.Count == 0 ? 0 : Math.Round((decimal)list.Sum() / list.Count, 2);
    }
}
