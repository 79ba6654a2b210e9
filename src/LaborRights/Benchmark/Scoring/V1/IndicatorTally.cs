namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>An indicator computed case by case: each case's share, and the exact fraction they add up to.</summary>
internal sealed record IndicatorTally(IndicatorDefinition Definition, IReadOnlyList<IndicatorCase> Cases)
{
    // Sums of decimals are exact; only the division needs a fraction.
    public IndicatorFraction Fraction { get; } = new(Definition, Cases.Sum(c => c.Numerator), Cases.Sum(c => c.Denominator));

    public decimal Numerator => Fraction.Numerator;

    public decimal Denominator => Fraction.Denominator;

    public Rational? Rate => Fraction.Rate;

    public static IndicatorCase Counted(Guid caseId, bool inNumerator) => new(caseId, inNumerator ? 1 : 0, 1);
}
