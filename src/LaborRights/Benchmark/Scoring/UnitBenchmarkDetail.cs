namespace LaborRights.Benchmark.Scoring;

/// <summary>
/// One unit's result with the arithmetic behind it (GET /api/benchmarks/{counties|parks}/{code}), so
/// every number can be traced to cases.
/// </summary>
/// <param name="CaseIds">The cohort: every case of the unit received in the period (one page of them in the API's answer).</param>
/// <param name="VetoCaseIds">Cases of the cohort that make the unit <see cref="UnitBenchmark.Vetoed"/> (one page of them in the API's answer).</param>
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
    IReadOnlyDictionary<string, IndicatorDetail> Indicators)
{
    /// <summary>How many cases the cohort has in all, whatever page <see cref="CaseIds"/> holds.</summary>
    public int CaseCount { get; init; } = CaseIds.Count;

    /// <summary>How many cases veto the unit in all, whatever page <see cref="VetoCaseIds"/> holds.</summary>
    public int VetoCaseCount { get; init; } = VetoCaseIds.Count;

    /// <summary>The page of every case list (<see cref="CaseIds"/>, <see cref="VetoCaseIds"/>, each indicator's cases), from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>At most this many ids in each case list; null when the lists are whole.</summary>
    public int? PageSize { get; init; }

    /// <summary>
    /// The same detail with each case list cut to one page: the figures are those of the whole cohort, the lists say
    /// which cases make them up a page at a time (a county's year can hold thousands of cases per indicator).
    /// </summary>
    public UnitBenchmarkDetail Paged(int page, int pageSize)
    {
        IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items) => [.. items.Skip((page - 1) * pageSize).Take(pageSize)];
        var indicators = new Dictionary<string, IndicatorDetail>();
        foreach (var (key, indicator) in Indicators) indicators[key] = indicator with { Cases = Slice(indicator.Cases), CaseCount = indicator.CaseCount };
        return this with
        {
            CaseIds = Slice(CaseIds), VetoCaseIds = Slice(VetoCaseIds), Indicators = indicators,
            CaseCount = CaseCount, VetoCaseCount = VetoCaseCount, Page = page, PageSize = pageSize,
        };
    }
}

/// <summary>An indicator's fraction. <see cref="Numerator"/> and <see cref="Denominator"/> are exact sums over <see cref="Cases"/>.</summary>
/// <param name="Name">What people read (Simplified Chinese), e.g. 受理及时率.</param>
/// <param name="Value">Rate ×100 rounded to 2 decimals; null when <see cref="Denominator"/> is 0.</param>
/// <param name="Numerator">A count of cases, or yuan for a money indicator.</param>
/// <param name="Cases">Every case in the denominator, each with what it adds to the numerator and the denominator (one page of them in the API's answer).</param>
public sealed record IndicatorDetail(
    string Name,
    int Weight,
    decimal? Value,
    decimal Numerator,
    decimal Denominator,
    IReadOnlyList<IndicatorCase> Cases)
{
    /// <summary>How many cases the denominator has in all, whatever page <see cref="Cases"/> holds.</summary>
    public int CaseCount { get; init; } = Cases.Count;
}

/// <summary>One case's share of an indicator: 1/1 or 0/1 for a counted indicator, yuan recovered/owed for a money one.</summary>
public sealed record IndicatorCase(Guid CaseId, decimal Numerator, decimal Denominator);
