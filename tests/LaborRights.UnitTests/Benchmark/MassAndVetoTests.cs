using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;
using static LaborRights.Benchmark.Scoring.V1.IndicatorsV1;
using static LaborRights.UnitTests.Benchmark.BenchmarkFixture;

namespace LaborRights.UnitTests.Benchmark;

/// <summary>群体性欠薪控制 (≥ 10 workers) and the veto (≥ 50 workers), both over all of C.</summary>
public sealed class MassAndVetoTests
{
    [Fact]
    public void Mass_cases_are_counted_over_the_whole_cohort_whatever_their_decision()
    {
        var nine = Case("2025-03-03").Accepted("2025-03-04").Workers(9);   // not mass
        var ten = Case("2025-03-03").Workers(10);                          // mass, undecided
        var fortyNine = Case("2025-03-03").Rejected("2025-03-04").Workers(49); // mass, rejected
        var fifty = Case("2025-03-03").Rejected("2025-03-04").Workers(50);     // mass and veto, rejected
        var one = Case("2025-03-03").Accepted("2025-03-04");
        var another = Case("2025-03-03").Accepted("2025-03-04");

        // (6 − 3) / 6 = 50.00
        var detail = Detail([nine, ten, fortyNine, fifty, one, another], "2025Q1", today: "2025-03-05");

        detail.Fraction(MassArrearsControl).Should().Be((3m, 6m, 50.00m));
        detail.Indicators[MassArrearsControl].Cases.Where(c => c.Numerator == 0).Select(c => c.CaseId)
            .Should().BeEquivalentTo([ten.CaseId, fortyNine.CaseId, fifty.CaseId]);
        detail.Unit.Vetoed.Should().BeTrue();
        detail.VetoCaseIds.Should().Equal(fifty.CaseId);
    }

    [Fact]
    public void Forty_nine_workers_is_a_mass_case_but_not_a_veto()
    {
        var detail = Detail([Case("2025-03-03").Workers(49)], "2025Q1", today: "2025-03-05");

        detail.Unit.Vetoed.Should().BeFalse();
        detail.VetoCaseIds.Should().BeEmpty();
        detail.Fraction(MassArrearsControl).Should().Be((0m, 1m, 0m));
    }

    [Fact]
    public void A_veto_case_of_another_period_or_unit_does_not_veto()
    {
        var cases = new[]
        {
            Case("2025-03-03"),
            Case("2025-04-01").Workers(80),            // Q2
            Case("2025-03-03", Shizhong).Workers(80),  // other county
        };

        var ranking = Rank(cases, "2025Q1", today: "2025-03-05");

        ranking.Unit(Lixia).Vetoed.Should().BeFalse();
        ranking.Unit(Shizhong).Vetoed.Should().BeTrue();
        ranking.Unit(Shizhong).Rating.Should().Be(BenchmarkRating.Insufficient); // vetoed is shown whatever the rating
    }
}
