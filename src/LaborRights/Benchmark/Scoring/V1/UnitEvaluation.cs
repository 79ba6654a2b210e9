namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>One unit's exact v1 result before ranking, case by case; rounding happens only when it is turned into output.</summary>
internal sealed record UnitEvaluation(
    string Code,
    string Name,
    string CityCode,
    IReadOnlyList<BenchmarkCaseFacts> Cohort,
    IReadOnlyList<IndicatorTally> Indicators)
{
    public IReadOnlyList<Guid> VetoCaseIds { get; } = Cohort
        .Where(c => c.WorkersAffected >= RulesV1.VetoWorkers)
        .Select(c => c.CaseId)
        .ToList();

    public bool Vetoed => VetoCaseIds.Count > 0;

    public Rational? Score { get; } = ScoringV1.Score(Indicators.Select(t => t.Fraction));

    public BenchmarkRating Rating => ScoringV1.Rate(Cohort.Count, Score, Vetoed);
}
