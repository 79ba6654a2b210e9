using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;
using static LaborRights.Benchmark.Scoring.V1.IndicatorsV1;
using static LaborRights.UnitTests.Benchmark.BenchmarkFixture;

namespace LaborRights.UnitTests.Benchmark;

/// <summary>
/// 重复欠薪控制: an accepted case repeats when the same employer has another accepted case, in any
/// county and any period, received 1–365 calendar days before it.
/// </summary>
public sealed class RepeatOffenderTests
{
    private const string Employer = "91370102MA3C000001";
    private const string Today = "2025-12-31";

    // The scored case: 历下区, received Sun 2025-06-15, accepted.
    private static BenchmarkCaseFacts Later() => Case("2025-06-15").Accepted("2025-06-16").Employer(Employer);

    [Theory]
    [InlineData("2025-06-14", 0)] // 1 day before → repeat
    [InlineData("2024-06-15", 0)] // 365 days before (2024-06-15 → 2025-06-15 has no 29 Feb in between) → repeat, and in the previous year
    [InlineData("2025-06-15", 1)] // same day, 0 days → not a repeat
    [InlineData("2024-06-14", 1)] // 366 days → outside
    [InlineData("2025-06-16", 1)] // received after → not "before"
    public void The_window_is_1_to_365_calendar_days_before(string earlierReceived, int notRepeat)
    {
        // The earlier case sits in 市中区 so that 历下区's A is just the later case: rate = 100 × notRepeat / 1.
        var earlier = Case(earlierReceived, Shizhong).Accepted(earlierReceived).Employer(Employer);

        var detail = Detail([earlier, Later()], "2025", Today);

        detail.Fraction(RepeatOffenderControl).Should().Be((notRepeat, 1m, notRepeat * 100m));
    }

    [Fact]
    public void The_earlier_case_may_be_in_another_city()
    {
        var earlier = Case("2025-01-10", Shinan).Accepted("2025-01-13").Employer(Employer);

        Detail([earlier, Later()], "2025", Today).Fraction(RepeatOffenderControl).Should().Be((0m, 1m, 0m));
    }

    [Fact]
    public void The_earlier_case_may_be_in_an_earlier_quarter_of_the_same_unit()
    {
        // Q3 cohort of 历下区 = {later}; the earlier case (Q2, 1 day before) is outside the period but still counts.
        var earlier = Case("2025-06-30").Accepted("2025-07-01").Employer(Employer);
        var later = Case("2025-07-01").Accepted("2025-07-02").Employer(Employer);

        var detail = Detail([earlier, later], "2025Q3", Today);

        detail.CaseIds.Should().Equal(later.CaseId);
        detail.Fraction(RepeatOffenderControl).Should().Be((0m, 1m, 0m));
    }

    [Theory]
    [InlineData("rejected")]
    [InlineData("undecided")]
    public void Only_an_accepted_earlier_case_makes_a_repeat(string earlierState)
    {
        var earlier = Case("2025-05-01", Shizhong).Employer(Employer);
        earlier = earlierState == "rejected" ? earlier.Rejected("2025-05-02") : earlier;

        Detail([earlier, Later()], "2025", Today).Fraction(RepeatOffenderControl).Should().Be((1m, 1m, 100m));
    }

    [Fact]
    public void Another_employer_does_not_count()
    {
        var earlier = Case("2025-05-01").Accepted("2025-05-06").Employer("91370102MA3C000002");

        // A = {earlier, later}, neither a repeat → 2/2.
        Detail([earlier, Later()], "2025", Today).Fraction(RepeatOffenderControl).Should().Be((2m, 2m, 100m));
    }

    [Fact]
    public void Only_the_later_of_two_cases_in_the_cohort_is_the_repeat_and_only_accepted_cases_are_judged()
    {
        var first = Case("2025-06-01").Accepted("2025-06-03").Employer(Employer);
        var second = Case("2025-06-10").Accepted("2025-06-11").Employer(Employer);
        var rejectedThird = Case("2025-06-12").Rejected("2025-06-13").Employer(Employer); // not in A, so never judged

        // A = {first, second}; second repeats first → (2 − 1) / 2 = 50.00
        var detail = Detail([first, second, rejectedThird], "2025", Today);

        detail.Fraction(RepeatOffenderControl).Should().Be((1m, 2m, 50.00m));
        detail.Indicators[RepeatOffenderControl].Cases.Should().BeEquivalentTo(new[]
        {
            new { first.CaseId, Numerator = 1m, Denominator = 1m },
            new { second.CaseId, Numerator = 0m, Denominator = 1m },
        });
    }

    [Fact]
    public void Null_without_accepted_cases()
    {
        Detail([Case("2025-06-01")], "2025", Today).Fraction(RepeatOffenderControl).Should().Be((0m, 0m, null));
    }

    /// <summary>
    /// Issue 16: a complaint filed without a credit code has no employer until staff identify it, which they do before
    /// accepting it; undecided or rejected, it still counts in its county's other indicators. An accepted case without
    /// an employer would be a projection bug, and the method says so rather than score it.
    /// </summary>
    [Fact]
    public void A_complaint_whose_employer_is_not_identified_yet_is_scored_but_repeats_nobody()
    {
        var pending = Case("2025-06-01").Employer("");
        var rejected = Case("2025-06-02").Employer("").Rejected("2025-06-03");

        var detail = Detail([pending, rejected, Later()], "2025", Today);

        detail.Fraction(RepeatOffenderControl).Should().Be((1m, 1m, 100m));
        FluentActions.Invoking(() => Detail([Case("2025-06-01").Employer("").Accepted("2025-06-02")], "2025", Today))
            .Should().Throw<ArgumentException>().WithMessage("*an accepted case names its employer*");
    }
}
