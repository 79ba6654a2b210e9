namespace LaborRights.Benchmark.V1;

/// <summary>An indicator computed exactly: each case's share, and the rate ×100 as a fraction.</summary>
internal sealed record IndicatorTally(IndicatorDefinition Definition, IReadOnlyList<IndicatorCase> Cases)
{
    private static readonly Rational Hundred = Rational.FromInt(100);

    // Sums of decimals are exact; only the division needs a fraction.
    public decimal Numerator { get; } = Cases.Sum(c => c.Numerator);

    public decimal Denominator { get; } = Cases.Sum(c => c.Denominator);

    /// <summary>Null when the denominator is 0: nothing to judge yet, so the indicator drops out of the score.</summary>
    public Rational? Rate => Denominator == 0
        ? null
        : Hundred * Rational.FromDecimal(Numerator) / Rational.FromDecimal(Denominator);

    public static IndicatorCase Counted(Guid caseId, bool inNumerator) => new(caseId, inNumerator ? 1 : 0, 1);
}
