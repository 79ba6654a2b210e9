namespace LaborRights.Benchmark.Scoring;

/// <summary>
/// One period's ranking of every reference unit of one kind: ranked units by rank, then the
/// unranked (样本不足) by code. Serialises to the documented response of GET /api/benchmarks/{counties|parks}.
/// </summary>
/// <param name="Period">As the caller wrote it, e.g. <c>2025</c> or <c>2025Q3</c>.</param>
/// <param name="Method">The method version that produced the numbers, e.g. <c>v1</c>.</param>
public sealed record BenchmarkRanking(
    string Period,
    UnitKind UnitKind,
    string Method,
    IReadOnlyList<UnitBenchmark> Units);

/// <summary>
/// A unit's result. Numbers are rounded half up to 2 decimals for display only; the rating and the
/// rank were decided on the exact values.
/// </summary>
/// <param name="Cases">Size of the cohort: complaints received in the period.</param>
/// <param name="Score">Null when no indicator has a denominator (e.g. no cases).</param>
/// <param name="Rank">1…n among rated units; null for <see cref="BenchmarkRating.Insufficient"/>.</param>
/// <param name="Vetoed">The cohort holds a veto case (一票否决), whatever the rating.</param>
/// <param name="Indicators">Indicator key → rate 0–100, null when its denominator is 0; keys and order are the method's.</param>
public sealed record UnitBenchmark(
    string Code,
    string Name,
    string CityCode,
    int Cases,
    decimal? Score,
    BenchmarkRating Rating,
    int? Rank,
    bool Vetoed,
    IReadOnlyDictionary<string, decimal?> Indicators);
