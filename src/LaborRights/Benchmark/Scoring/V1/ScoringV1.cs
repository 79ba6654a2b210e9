namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>Score and rating of a unit from its indicators; one definition for the case-by-case and the summary paths.</summary>
internal static class ScoringV1
{
    /// <summary>Weighted mean of the indicators that have a denominator: a null indicator's weight is spread over the rest.</summary>
    public static Rational? Score(IEnumerable<IndicatorFraction> indicators)
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

    public static BenchmarkRating Rate(int cases, Rational? score, bool vetoed)
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
