using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;
using static LaborRights.Benchmark.Scoring.V1.IndicatorsV1;
using static LaborRights.UnitTests.Benchmark.BenchmarkFixture;

namespace LaborRights.UnitTests.Benchmark;

/// <summary>Score = weighted mean of the non-null indicators; the light is decided on the exact score.</summary>
public sealed class ScoreAndRatingTests
{
    [Fact]
    public void Worked_example_with_all_six_indicators()
    {
        // Received Mon 03-03 (acceptance deadline Mon 03-10); accepted Tue 03-04 → closure deadline Fri 05-30,
        // Mon 07-14 with an extension (see ClosureTests). Today Mon 07-14.
        const string employer = "91370102MA3C00000R";
        var earlierOfEmployer = Case("2024-12-01", Shizhong).Accepted("2024-12-02").Employer(employer); // 92 days before 03-03, not in Q1
        var k1 = Case("2025-03-03").Accepted("2025-03-04").Closed("2025-05-30").Claimed(1000m).Recovered(1000m).Workers(3);
        var k2 = Case("2025-03-03").Accepted("2025-03-04").Closed("2025-06-03").Claimed(1000m).Recovered(500m).Workers(12).Employer(employer);
        var k3 = Case("2025-03-03").Accepted("2025-03-04").Claimed(2000m);
        var k4 = Case("2025-03-03").Accepted("2025-03-04").WithExtension().Claimed(1000m).Recovered(1000m);
        var k5 = Case("2025-03-03").Rejected("2025-03-11");
        var k6 = Case("2025-03-03");

        var ranking = Rank([earlierOfEmployer, k1, k2, k3, k4, k5, k6], "2025Q1", today: "2025-07-14");

        // acceptanceTimeliness 15: D = k1..k5, on time k1..k4 (k5 decided 03-11 > 03-10); k6 overdue → 4/6
        // closureRate          20: due = k1, k2 (closed), k3 (open, 05-30 < 07-14); k4 due only after 07-14 → 2/3
        // onTimeClosure        20: k1 only (k2 closed 06-03 > 05-30) → 1/3
        // recoveryRate         25: (1000 + 500 + 0 + 1000) / (1000 + 1000 + 2000 + 1000) = 2500/5000 → 50
        // massArrearsControl   10: k2 has 12 workers → 5/6
        // repeatOffender       10: A = k1..k4, k2 repeats the 2024-12-01 case → 3/4
        // score = (15·200/3 + 20·200/3 + 20·100/3 + 25·50 + 10·250/3 + 10·75) / 100
        //       = (1000 + 1333.3… + 666.6… + 1250 + 833.3… + 750) / 100 = 17500/300 = 58.333… → 58.33, red
        var lixia = ranking.Unit(Lixia);
        lixia.Should().BeEquivalentTo(new
        {
            Code = Lixia,
            Name = "历下区",
            CityCode = "370100",
            Cases = 6,
            Score = 58.33m,
            Rating = BenchmarkRating.Red,
            Rank = 1,
            Vetoed = false,
        });
        lixia.Indicators.Should().Equal(new Dictionary<string, decimal?>
        {
            [AcceptanceTimeliness] = 66.67m,
            [ClosureRate] = 66.67m,
            [OnTimeClosure] = 33.33m,
            [RecoveryRate] = 50.00m,
            [MassArrearsControl] = 83.33m,
            [RepeatOffenderControl] = 75.00m,
        });
        lixia.Indicators.Keys.Should().Equal(
            AcceptanceTimeliness, ClosureRate, OnTimeClosure, RecoveryRate, MassArrearsControl, RepeatOffenderControl);
    }

    [Fact]
    public void Null_indicators_drop_out_and_the_remaining_weights_are_rescaled()
    {
        // Five cases received 03-03, accepted 03-04 except one accepted late on 03-11; all open; today 04-01,
        // so no closure deadline (≥ 05-30) has passed and both closure indicators are null.
        var cases = new[]
        {
            Case("2025-03-03").Accepted("2025-03-04").Recovered(1000m),
            Case("2025-03-03").Accepted("2025-03-04").Recovered(1000m),
            Case("2025-03-03").Accepted("2025-03-04").Recovered(1000m),
            Case("2025-03-03").Accepted("2025-03-04"),
            Case("2025-03-03").Accepted("2025-03-11"),
        };

        // acceptance 4/5 = 80 (15), recovery 3000/5000 = 60 (25), mass 100 (10), repeat 100 (10)
        // score = (15·80 + 25·60 + 10·100 + 10·100) / (15 + 25 + 10 + 10) = 4700/60 = 78.333… → 78.33 green
        // (counting the nulls as 0 would give 4700/100 = 47, red)
        var lixia = Rank(cases, "2025Q1", today: "2025-04-01").Unit(Lixia);

        lixia.Indicators[ClosureRate].Should().BeNull();
        lixia.Indicators[OnTimeClosure].Should().BeNull();
        lixia.Score.Should().Be(78.33m);
        lixia.Rating.Should().Be(BenchmarkRating.Green);
    }

    [Fact]
    public void A_single_non_null_indicator_is_the_whole_score()
    {
        // Five undecided cases, none overdue yet (today 03-05 < deadline 03-10): only massArrearsControl = 5/5.
        var cases = Enumerable.Range(0, 5).Select(_ => Case("2025-03-03")).ToArray();

        var lixia = Rank(cases, "2025Q1", today: "2025-03-05").Unit(Lixia);

        lixia.Indicators.Values.Count(v => v is not null).Should().Be(1);
        lixia.Score.Should().Be(100m);
        lixia.Rating.Should().Be(BenchmarkRating.Benchmark);
    }

    /// <summary>
    /// Five accepted cases (received 03-03, accepted 03-04, all on time) owing 2000 each, <paramref name="recovered"/>
    /// spread over them in order. Closed 03-20 (on time) or 06-03 (after the 05-30 deadline).
    /// Every indicator but recovery is then 100 (onTimeClosure 0 when late), so
    ///   on time: score = (15 + 20 + 20 + 10 + 10)·100/100 + 25·(R/10000·100)/100 = 75 + R/400
    ///   late:    score = 55 + R/400
    /// and a 50-worker first case lowers massArrearsControl to 4/5, i.e. the score by 10·20/100 = 2.
    /// </summary>
    private static BenchmarkCaseFacts[] FiveCases(decimal recovered, bool closedLate = false, int workersOfFirst = 1, string county = Lixia)
    {
        var remaining = recovered;
        var cases = new BenchmarkCaseFacts[5];
        for (var i = 0; i < cases.Length; i++)
        {
            var share = Math.Min(remaining, 2000m);
            remaining -= share;
            cases[i] = Case("2025-03-03", county).Accepted("2025-03-04")
                .Closed(closedLate ? "2025-06-03" : "2025-03-20")
                .Claimed(2000m).Recovered(share)
                .Workers(i == 0 ? workersOfFirst : 1);
        }

        return cases;
    }

    [Theory]
    [InlineData(6000, false, "90.00", BenchmarkRating.Benchmark)] // 75 + 15 = 90
    [InlineData(5998, false, "90.00", BenchmarkRating.Green)]     // 89.995: shows 90.00 but is below 90
    [InlineData(5994, false, "89.99", BenchmarkRating.Green)]     // 89.985 → 89.99 (half up)
    [InlineData(0, false, "75.00", BenchmarkRating.Green)]        // exactly 75
    [InlineData(8000, true, "75.00", BenchmarkRating.Green)]      // 55 + 20 = 75
    [InlineData(7999, true, "75.00", BenchmarkRating.Yellow)]     // 74.9975
    [InlineData(2000, true, "60.00", BenchmarkRating.Yellow)]     // 55 + 5 = 60
    [InlineData(1999, true, "60.00", BenchmarkRating.Red)]        // 59.9975
    [InlineData(0, true, "55.00", BenchmarkRating.Red)]
    public void Thresholds_90_75_60_apply_to_the_exact_score(int recovered, bool closedLate, string shown, BenchmarkRating rating)
    {
        var lixia = Rank(FiveCases(recovered, closedLate), "2025Q1", today: "2025-12-31").Unit(Lixia);

        lixia.Score.Should().Be(decimal.Parse(shown, System.Globalization.CultureInfo.InvariantCulture));
        lixia.Rating.Should().Be(rating);
        lixia.Rank.Should().Be(1);
    }

    [Theory]
    [InlineData(49, false, 10000, BenchmarkRating.Benchmark, false)] // 73 + 25 = 98, mass but no veto
    [InlineData(50, false, 10000, BenchmarkRating.Green, true)]      // 98, vetoed: not 标杆, but still green
    [InlineData(50, true, 10000, BenchmarkRating.Green, true)]       // 53 + 25 = 78
    [InlineData(50, true, 4000, BenchmarkRating.Yellow, true)]       // 53 + 10 = 63
    [InlineData(50, true, 0, BenchmarkRating.Red, true)]             // 53
    public void A_veto_bars_benchmark_only(int workers, bool closedLate, int recovered, BenchmarkRating rating, bool vetoed)
    {
        var lixia = Rank(FiveCases(recovered, closedLate, workers), "2025Q1", today: "2025-12-31").Unit(Lixia);

        lixia.Rating.Should().Be(rating);
        lixia.Vetoed.Should().Be(vetoed);
        lixia.Rank.Should().Be(1); // a vetoed unit is still ranked by its score
    }

    [Fact]
    public void Fewer_than_five_cases_is_insufficient_with_the_score_shown_and_no_rank()
    {
        // Four perfect cases in 历下区 (score 100) against five weaker ones in 市中区 (75 + 0 = 75).
        var cases = FiveCases(10000m).Take(4).Concat(FiveCases(0m, county: Shizhong)).ToArray();

        var ranking = Rank(cases, "2025Q1", today: "2025-12-31");

        ranking.Unit(Lixia).Should().BeEquivalentTo(new { Cases = 4, Score = 100.00m, Rating = BenchmarkRating.Insufficient, Rank = (int?)null });
        ranking.Unit(Shizhong).Should().BeEquivalentTo(new { Cases = 5, Score = 75.00m, Rating = BenchmarkRating.Green, Rank = 1 });
        ranking.Units[0].Code.Should().Be(Shizhong);
    }
}
