using LaborRights.Calendar;
using LaborRights.ReferenceData;

namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>
/// 欠薪治理标杆指数, method v1 (docs: shared/docs/benchmark-method-v1.md). Stateless and pure;
/// use <see cref="Instance"/>. Its results must never change: a new rule is a new method.
/// </summary>
public sealed class BenchmarkMethodV1 : IBenchmarkMethod
{
    public static BenchmarkMethodV1 Instance { get; } = new();

    private BenchmarkMethodV1()
    {
    }

    public string Version => RulesV1.Version;

    public BenchmarkRanking Rank(
        IReadOnlyList<BenchmarkCaseFacts> allCases,
        UnitKind kind,
        BenchmarkPeriod period,
        DateOnly today,
        WorkingDayCalendar calendar,
        ShandongRegions regions)
    {
        ArgumentNullException.ThrowIfNull(allCases);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendar);
        FactsValidation.ThrowIfInconsistent(allCases);

        // The same path as the stored per-unit summaries (ADR 0011): each case adds its contribution to its unit.
        var repeats = new RepeatOffenders(allCases);
        var summaries = new Dictionary<string, UnitSummaryV1>(StringComparer.Ordinal);
        foreach (var c in allCases.Where(c => period.Contains(c.ReceivedOn)))
        {
            if (UnitCodeOf(c, kind) is not { } unit) continue;
            if (!summaries.TryGetValue(unit, out var summary)) summaries[unit] = summary = new UnitSummaryV1();
            summary.Add(CaseContributionV1.Of(c, repeats.IsRepeat(c), calendar));
        }

        return RankSummaries(summaries, kind, period, today, regions);
    }

    /// <summary>The ranking from each unit's summary of the period (units without one have no cases).</summary>
    public BenchmarkRanking RankSummaries(
        IReadOnlyDictionary<string, UnitSummaryV1> summaries,
        UnitKind kind,
        BenchmarkPeriod period,
        DateOnly today,
        ShandongRegions regions)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(regions);

        var units = ReferenceUnits(kind, regions)
            .Select(u =>
            {
                var summary = summaries.GetValueOrDefault(u.Code) ?? new UnitSummaryV1();
                var indicators = summary.Indicators(today);
                var score = ScoringV1.Score(indicators);
                var vetoed = summary.VetoCases > 0;
                return (u.Code, u.Name, u.CityCode, summary.Cases, Indicators: indicators, Score: score, Vetoed: vetoed,
                    Rating: ScoringV1.Rate(summary.Cases, score, vetoed));
            })
            .ToList();

        var ranked = units
            .Where(u => u.Rating != BenchmarkRating.Insufficient)
            .OrderByDescending(u => u.Score!.Value)
            .ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select((u, i) => (Unit: u, Rank: (int?)(i + 1)));
        var unranked = units
            .Where(u => u.Rating == BenchmarkRating.Insufficient)
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => (Unit: u, Rank: (int?)null));

        return new BenchmarkRanking(
            period.ToString(),
            kind,
            Version,
            ranked.Concat(unranked)
                .Select(r => new UnitBenchmark(
                    r.Unit.Code, r.Unit.Name, r.Unit.CityCode, r.Unit.Cases, r.Unit.Score?.Round(2), r.Unit.Rating, r.Rank,
                    r.Unit.Vetoed, Ordered(r.Unit.Indicators, f => f.Definition.Key, f => f.Rate?.Round(2))))
                .ToList());
    }

    public UnitBenchmarkDetail? Detail(
        IReadOnlyList<BenchmarkCaseFacts> allCases,
        UnitKind kind,
        string code,
        BenchmarkPeriod period,
        DateOnly today,
        WorkingDayCalendar calendar,
        ShandongRegions regions)
    {
        ArgumentNullException.ThrowIfNull(code);

        // The rank depends on every other unit, so the whole kind is ranked.
        var rank = Rank(allCases, kind, period, today, calendar, regions).Units.FirstOrDefault(u => u.Code == code)?.Rank;
        return DetailOf(allCases, kind, code, period, today, calendar, regions, rank);
    }

    /// <summary>
    /// One unit's indicators case by case, with a rank taken from the ranking. <paramref name="facts"/> must hold the
    /// unit's cases of the period and every case of their employers received in the 365 days before (the repeat rule);
    /// other cases may be present and are ignored.
    /// </summary>
    public UnitBenchmarkDetail? DetailOf(
        IReadOnlyList<BenchmarkCaseFacts> facts,
        UnitKind kind,
        string code,
        BenchmarkPeriod period,
        DateOnly today,
        WorkingDayCalendar calendar,
        ShandongRegions regions,
        int? rank)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(regions);
        FactsValidation.ThrowIfInconsistent(facts);

        var reference = ReferenceUnits(kind, regions).Where(u => u.Code == code).ToList();
        if (reference.Count == 0)
        {
            return null;
        }

        var clock = new CaseClock(calendar, today);
        var cohort = facts.Where(c => period.Contains(c.ReceivedOn) && UnitCodeOf(c, kind) == code).ToList();
        var (_, name, cityCode) = reference[0];
        var unit = new UnitEvaluation(code, name, cityCode, cohort, CohortIndicators.Compute(cohort, clock, new RepeatOffenders(facts)));
        return new UnitBenchmarkDetail(
            period.ToString(),
            kind,
            Version,
            ToOutput(unit, rank),
            unit.Cohort.Select(c => c.CaseId).ToList(),
            unit.VetoCaseIds,
            unit.Cohort.Any(clock.HasProvisionalDeadline),
            Ordered(unit.Indicators, t => t.Definition.Key, IndicatorDetailOf));
    }

    /// <summary>
    /// One unit's indicators case by case from its cases' stored contributions (what the ranking adds up, ADR 0011):
    /// the same figures and case lists as <see cref="DetailOf"/>, read from the unit's own cohort only — the repeat rule's
    /// answer is in each contribution, so its employers' other cases are not needed. <paramref name="cohort"/> holds every
    /// case of the unit received in the period, in the order the lists are to show; <paramref name="unit"/> is the unit
    /// as the ranking of the same contributions gives it.
    /// </summary>
    public UnitBenchmarkDetail DetailOfContributions(
        IReadOnlyList<(Guid CaseId, CaseContributionV1 Contribution)> cohort,
        UnitKind kind,
        BenchmarkPeriod period,
        DateOnly today,
        UnitBenchmark unit)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(unit);

        var shares = IndicatorsV1.All.ToDictionary(d => d.Key, _ => new List<IndicatorCase>());
        foreach (var (id, c) in cohort)
        {
            // The same rules as CohortIndicators, read from what the case contributes (see UnitSummaryV1.Indicators).
            if (c.Decided) shares[IndicatorsV1.AcceptanceTimeliness].Add(IndicatorTally.Counted(id, c.DecidedOnTime == 1));
            else if (c.UndecidedDueOn < today) shares[IndicatorsV1.AcceptanceTimeliness].Add(IndicatorTally.Counted(id, inNumerator: false));
            if (c.Accepted)
            {
                if (c.Closed || c.OpenDueOn < today)
                {
                    shares[IndicatorsV1.ClosureRate].Add(IndicatorTally.Counted(id, c.Closed));
                    shares[IndicatorsV1.OnTimeClosure].Add(IndicatorTally.Counted(id, c.ClosedOnTime));
                }
                shares[IndicatorsV1.RecoveryRate].Add(new IndicatorCase(id, c.Recovered, c.Owed));
                shares[IndicatorsV1.RepeatOffenderControl].Add(IndicatorTally.Counted(id, !c.Repeat));
            }
            shares[IndicatorsV1.MassArrearsControl].Add(IndicatorTally.Counted(id, c.MassCases == 0));
        }

        var tallies = IndicatorsV1.All.Select(d => new IndicatorTally(d, shares[d.Key]));
        return new UnitBenchmarkDetail(
            period.ToString(),
            kind,
            Version,
            unit,
            cohort.Select(c => c.CaseId).ToList(),
            cohort.Where(c => c.Contribution.VetoCases > 0).Select(c => c.CaseId).ToList(),
            cohort.Any(c => c.Contribution.Provisional),
            Ordered(tallies, t => t.Definition.Key, IndicatorDetailOf));
    }

    private static IndicatorDetail IndicatorDetailOf(IndicatorTally t) =>
        new(t.Definition.Name, t.Definition.Weight, t.Rate?.Round(2), t.Numerator, t.Denominator, t.Cases);

    /// <summary>A case belongs to its county, and to a park only if it names one.</summary>
    internal static string? UnitCodeOf(BenchmarkCaseFacts c, UnitKind kind) => kind switch
    {
        UnitKind.County => c.CountyCode,
        UnitKind.Park => c.ParkCode,
        UnitKind.City => c.CountyCode.Length == 6 ? Divisions.CityOf(c.CountyCode) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static IEnumerable<(string Code, string Name, string CityCode)> ReferenceUnits(UnitKind kind, ShandongRegions regions) => kind switch
    {
        UnitKind.County => regions.Counties.Select(c => (c.Code, c.Name, c.CityCode)),
        UnitKind.Park => regions.Parks.Select(p => (p.Code, p.Name, p.CityCode)),
        UnitKind.City => regions.Cities.Select(c => (c.Code, c.Name, c.Code)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static UnitBenchmark ToOutput(UnitEvaluation unit, int? rank) => new(
        unit.Code,
        unit.Name,
        unit.CityCode,
        unit.Cohort.Count,
        unit.Score?.Round(2),
        unit.Rating,
        rank,
        unit.Vetoed,
        Ordered(unit.Indicators, t => t.Definition.Key, t => t.Rate?.Round(2)));

    /// <summary>Keyed in the documented order (OrderedDictionary guarantees it, so JSON shows the same order).</summary>
    private static OrderedDictionary<string, T> Ordered<TIndicator, T>(
        IEnumerable<TIndicator> indicators, Func<TIndicator, string> key, Func<TIndicator, T> value)
    {
        var result = new OrderedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            result.Add(key(indicator), value(indicator));
        }

        return result;
    }
}
