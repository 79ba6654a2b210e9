namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>An indicator's exact fraction: the rate ×100, null when nothing is in the denominator.</summary>
public sealed record IndicatorFraction(IndicatorDefinition Definition, decimal Numerator, decimal Denominator)
{
    private static readonly Rational Hundred = Rational.FromInt(100);

    /// <summary>Null when the denominator is 0: nothing to judge yet, so the indicator drops out of the score.</summary>
    public Rational? Rate => Denominator == 0
        ? null
        : Hundred * Rational.FromDecimal(Numerator) / Rational.FromDecimal(Denominator);
}
