using LaborRights.Calendar;
using LaborRights.ReferenceData;

namespace LaborRights.Benchmark.V1;

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
        var ranked = Evaluate(allCases, kind, period, today, calendar, regions);
        return new BenchmarkRanking(
            period.ToString(),
            kind,
            Version,
            ranked.Select(r => ToOutput(r.Unit, r.Rank)).ToList());
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

        // The rank depends on every other unit, so the whole kind is evaluated.
        var ranked = Evaluate(allCases, kind, period, today, calendar, regions);
        var clock = new CaseClock(calendar, today);
        var (unit, rank) = ranked.FirstOrDefault(r => r.Unit.Code == code);
        if (unit is null)
        {
            return null;
        }

        return new UnitBenchmarkDetail(
            period.ToString(),
            kind,
            Version,
            ToOutput(unit, rank),
            unit.Cohort.Select(c => c.CaseId).ToList(),
            unit.VetoCaseIds,
            unit.Cohort.Any(clock.HasProvisionalDeadline),
            Ordered(unit.Indicators, t => new IndicatorDetail(
                t.Definition.Name,
                t.Definition.Weight,
                t.Rate?.Round(2),
                t.Numerator,
                t.Denominator,
                t.Cases)));
    }

    /// <summary>Every reference unit of the kind, in output order: ranked by rank, then the unranked by code.</summary>
    private static List<(UnitEvaluation Unit, int? Rank)> Evaluate(
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
        ArgumentNullException.ThrowIfNull(regions);
        FactsValidation.ThrowIfInconsistent(allCases);

        var clock = new CaseClock(calendar, today);
        var repeats = new RepeatOffenders(allCases);
        var cohorts = allCases
            .Where(c => period.Contains(c.ReceivedOn))
            .Select(c => (Unit: UnitCodeOf(c, kind), Case: c))
            .Where(x => x.Unit is not null)
            .ToLookup(x => x.Unit!, x => x.Case, StringComparer.Ordinal);

        var units = ReferenceUnits(kind, regions)
            .Select(u => new UnitEvaluation(
                u.Code,
                u.Name,
                u.CityCode,
                cohorts[u.Code].ToList(),
                CohortIndicators.Compute(cohorts[u.Code].ToList(), clock, repeats)))
            .ToList();

        var ranked = units
            .Where(u => u.IsRanked)
            .OrderByDescending(u => u.Score!.Value)
            .ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select((u, i) => (Unit: u, Rank: (int?)(i + 1)));
        var unranked = units
            .Where(u => !u.IsRanked)
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => (Unit: u, Rank: (int?)null));
        return ranked.Concat(unranked).ToList();
    }

    /// <summary>A case belongs to its county, and to a park only if it names one.</summary>
    private static string? UnitCodeOf(BenchmarkCaseFacts c, UnitKind kind) => kind switch
    {
        UnitKind.County => c.CountyCode,
        UnitKind.Park => c.ParkCode,
        // Shandong division codes: a county's city is its first four digits followed by 00.
        UnitKind.City => c.CountyCode.Length == 6 ? c.CountyCode[..4] + "00" : null,
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
        Ordered(unit.Indicators, t => t.Rate?.Round(2)));

    /// <summary>Keyed in the documented order (OrderedDictionary guarantees it, so JSON shows the same order).</summary>
    private static OrderedDictionary<string, T> Ordered<T>(IEnumerable<IndicatorTally> indicators, Func<IndicatorTally, T> value)
    {
        var result = new OrderedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            result.Add(indicator.Definition.Key, value(indicator));
        }

        return result;
    }
}
