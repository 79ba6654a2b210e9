using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;

namespace LaborRights.UnitTests.Benchmark;

public sealed class RationalTests
{
    private static Rational R(long n, long d) => new(n, d);

    [Theory]
    [InlineData(17999, 200, "90.00")]  // 89.995 shows as 90.00 (the rating still sees 89.995)
    [InlineData(8998, 100, "89.98")]
    [InlineData(17997, 200, "89.99")]  // 89.985: half up gives 89.99 where banker's rounding would give 89.98
    [InlineData(2, 3, "0.67")]         // 0.666… rounds up
    [InlineData(1, 3, "0.33")]
    [InlineData(1, 200, "0.01")]       // 0.005: half up
    [InlineData(-1, 200, "-0.01")]     // half away from zero
    [InlineData(100, 1, "100.00")]
    public void Rounds_half_away_from_zero(long numerator, long denominator, string expected)
    {
        R(numerator, denominator).Round(2).Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Output_has_two_decimals_even_when_whole()
    {
        R(100, 1).Round(2).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("100.00");
    }

    [Fact]
    public void Compares_exactly_where_decimal_would_round()
    {
        // 1/3 + 2/3 is exactly 1; in decimal 0.3333…3 + 0.6666…7 happens to work but 3 × (1/3) does not.
        (R(1, 3) + R(2, 3)).Should().Be(Rational.FromInt(1));
        (R(1, 3) * Rational.FromInt(3)).Should().Be(Rational.FromInt(1));
        R(17999, 200).Should().BeLessThan(Rational.FromInt(90));
        (R(17999, 200) < Rational.FromInt(90)).Should().BeTrue();
        (R(180, 2) >= Rational.FromInt(90)).Should().BeTrue();
    }

    [Fact]
    public void Converts_decimals_exactly_and_normalises()
    {
        Rational.FromDecimal(12.50m).Should().Be(R(25, 2));
        Rational.FromDecimal(-0.001m).Should().Be(R(-1, 1000));
        Rational.FromDecimal(0m).Should().Be(Rational.Zero);
        R(2, -4).Should().Be(R(-1, 2));
        default(Rational).Should().Be(Rational.Zero);
        R(6, 4).ToString().Should().Be("3/2");
    }
}
