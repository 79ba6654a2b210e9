using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;

namespace LaborRights.UnitTests.Benchmark;

public sealed class BenchmarkPeriodTests
{
    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("2025Q1", "2025-01-01", "2025-03-31")]
    [InlineData("2025Q2", "2025-04-01", "2025-06-30")]
    [InlineData("2025Q3", "2025-07-01", "2025-09-30")]
    [InlineData("2025Q4", "2025-10-01", "2025-12-31")]
    [InlineData("2024Q1", "2024-01-01", "2024-03-31")] // leap year: February has 29 days, the quarter still ends 03-31
    public void Parses_years_and_quarters_and_round_trips(string text, string first, string last)
    {
        BenchmarkPeriod.TryParse(text, out var period).Should().BeTrue();

        period!.FirstDay.Should().Be(BenchmarkFixture.D(first));
        period.LastDay.Should().Be(BenchmarkFixture.D(last));
        period.ToString().Should().Be(text);
        BenchmarkPeriod.Parse(text).Should().Be(period);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("0999")]
    [InlineData("2025Q0")]
    [InlineData("2025Q5")]
    [InlineData("2025q3")]   // strict, so what we print is what we parse
    [InlineData("2025-Q3")]
    [InlineData(" 2025")]
    [InlineData("2025 ")]
    [InlineData("2025Q")]
    [InlineData("2025H1")]
    [InlineData("２０２５")] // full-width digits are not ASCII digits
    [InlineData("20255")]
    public void Rejects_anything_else(string? text)
    {
        BenchmarkPeriod.TryParse(text, out var period).Should().BeFalse();
        period.Should().BeNull();

        var parse = () => BenchmarkPeriod.Parse(text!);
        parse.Should().Throw<Exception>().Which.Should().BeOfType<FormatException>();
    }

    [Fact]
    public void Contains_is_inclusive_at_both_ends()
    {
        var q3 = BenchmarkPeriod.OfQuarter(2025, 3);

        q3.Contains(BenchmarkFixture.D("2025-06-30")).Should().BeFalse();
        q3.Contains(BenchmarkFixture.D("2025-07-01")).Should().BeTrue();
        q3.Contains(BenchmarkFixture.D("2025-09-30")).Should().BeTrue();
        q3.Contains(BenchmarkFixture.D("2025-10-01")).Should().BeFalse();
        BenchmarkPeriod.OfYear(2025).Should().Be(BenchmarkPeriod.Parse("2025"));
        BenchmarkPeriod.OfYear(2025).Should().NotBe(BenchmarkPeriod.Parse("2025Q1"));
    }
}
