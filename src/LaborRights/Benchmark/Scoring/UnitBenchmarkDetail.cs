namespace LaborRights.Benchmark.Scoring;

/// <summary>
/// One unit's result with the arithmetic behind it (GET /api/benchmarks/{counties|parks}/{code}), so
/// every number can be traced to cases.
/// </summary>
/// <param name="CaseIds">The cohort: every case of the unit received in the period.</param>
/// <param name="VetoCaseIds">Cases of the cohort that make the unit <see cref="UnitBenchmark.Vetoed"/>.</param>
/// <param name="DeadlinesProvisional">
/// Some deadline of the cohort falls in a year whose holiday arrangement is not loaded yet, so the
/// numbers may still move when it is (ADR 0004).
/// </param>
/// <param name="Indicators">Same keys and order as <see cref="UnitBenchmark.Indicators"/>.</param>
public sealed record UnitBenchmarkDetail(
    string Period,
    UnitKind UnitKind,
    string Method,
    UnitBenchmark Unit,
    IReadOnlyList<Guid> CaseIds,
    IReadOnlyList<Guid> VetoCaseIds,
    bool DeadlinesProvisional,
    IReadOnlyDictionary<string, IndicatorDetail> Indicators);

/// <summary>An indicator's fraction. <see cref="Numerator"/> and <see cref="Denominator"/> are exact sums over <see cref="Cases"/>.</summary>
/// <param name="Name">What people read (Simplified Chinese), e.g. 受理及时率.</param>
/// <param name="Value">Rate ×100 rounded to 2 decimals; null when <see cref="Denominator"/> is 0.</param>
/// <param name="Numerator">A count of cases, or yuan for a money indicator.</param>
/// <param name="Cases">Every case in the denominator, each with what it adds to the numerator and the denominator.</param>
public sealed record IndicatorDetail(
    string Name,
    int Weight,
    decimal? Value,
    decimal Numerator,
    decimal Denominator,
    IReadOnlyList<IndicatorCase> Cases);

/// <summary>One case's share of an indicator: 1/1 or 0/1 for a counted indicator, yuan recovered/owed for a money one.</summary>
public sealed record IndicatorCase(Guid CaseId, decimal Numerator, decimal Denominator);
