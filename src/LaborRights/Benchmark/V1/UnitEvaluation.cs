namespace LaborRights.Benchmark.V1;

/// <summary>One unit's exact v1 result before ranking; rounding happens only when it is turned into output.</summary>
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

    /// <summary>Weighted mean of the indicators that have a denominator: a null indicator's weight is spread over the rest.</summary>
    public Rational? Score { get; } = WeightedMean(Indicators);

    public BenchmarkRating Rating => RateOf(Cohort.Count, Score, Vetoed);

    public bool IsRanked => Rating != BenchmarkRating.Insufficient;

    private static Rational? WeightedMean(IReadOnlyList<IndicatorTally> indicators)
    {
        var weighted = Rational.Zero;
        var weights = 0;
        foreach (var indicator in indicators)
        {
            if (indicator.Rate is { } rate)
            {
                weighted += Rational.FromInt(indicator.Definition.Weight) * rate;
                weights += indicator.Definition.Weight;
            }
        }

        return weights == 0 ? null : weighted / Rational.FromInt(weights);
    }

    private static BenchmarkRating RateOf(int cases, Rational? score, bool vetoed)
    {
        // With 5+ cases massArrearsControl always has a denominator, so score is never null here;
        // the null check only keeps the compiler and a future rule change honest.
        if (cases < RulesV1.MinimumCases || score is not { } s)
        {
            return BenchmarkRating.Insufficient;
        }

        // 一票否决: a veto case bars 标杆 only; the light below it still follows the score.
        if (s >= RulesV1.BenchmarkThreshold && !vetoed)
        {
            return BenchmarkRating.Benchmark;
        }

        if (s >= RulesV1.GreenThreshold)
        {
            return BenchmarkRating.Green;
        }

        return s >= RulesV1.YellowThreshold ? BenchmarkRating.Yellow : BenchmarkRating.Red;
    }
}
