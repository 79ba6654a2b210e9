using System.Text.Json.Serialization;
using System.Text.Json;
using LaborRights.Benchmark.Scoring.V1;
using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;
using static LaborRights.UnitTests.Benchmark.BenchmarkFixture;

namespace LaborRights.UnitTests.Benchmark;

/// <summary>Which units appear, in which order, with which rank; parks; periods; output shape.</summary>
public sealed class RankingTests
{
    private const string Today = "2025-12-31";

    /// <summary>Five accepted cases closed on time with <paramref name="recoveredEach"/> of 1000 recovered: score = 75 + 25·r/100.</summary>
    private static IEnumerable<BenchmarkCaseFacts> Five(string county, decimal recoveredEach, string? park = null) =>
        Enumerable.Range(0, 5).Select(_ =>
        {
            var c = Case("2025-03-03", county).Accepted("2025-03-04").Closed("2025-03-20").Recovered(recoveredEach);
            return park is null ? c : c.InPark(park);
        });

    [Fact]
    public void Ranks_by_score_descending_then_code_and_lists_every_county()
    {
        // 市南区 recovers everything (100); 历下区 and 市中区 recover half (75 + 12.5 = 87.5): tie → by code.
        var cases = Five(Shizhong, 500m).Concat(Five(Lixia, 500m)).Concat(Five(Shinan, 1000m)).ToList();

        var ranking = Rank(cases, "2025", Today);

        ranking.Units.Should().HaveCount(136);
        ranking.Units.Take(3).Select(u => (u.Code, u.Rank, u.Score)).Should().Equal(
            (Shinan, 1, 100m), (Lixia, 2, 87.5m), (Shizhong, 3, 87.5m));
        var rest = ranking.Units.Skip(3).ToList();
        rest.Should().OnlyContain(u => u.Rank == null && u.Rating == BenchmarkRating.Insufficient && u.Cases == 0);
        rest.Select(u => u.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);
        ranking.Units.Select(u => u.Code).Should().BeEquivalentTo(Regions.Counties.Select(c => c.Code));
    }

    [Fact]
    public void Unranked_units_with_cases_sit_among_the_empty_ones_by_code()
    {
        // 市中区 (370103) has 1 case, 历下区 (370102) none, 市南区 five → 市南区, then 370101…, 370102, 370103, … by code.
        var cases = Five(Shinan, 1000m).Append(Case("2025-03-03", Shizhong)).ToList();

        var codes = Rank(cases, "2025", Today).Units.Select(u => u.Code).ToList();

        codes[0].Should().Be(Shinan);
        codes.Skip(1).Should().BeInAscendingOrder(StringComparer.Ordinal);
        codes.IndexOf(Shizhong).Should().Be(codes.IndexOf(Lixia) + 1);
    }

    [Fact]
    public void A_unit_without_cases_has_nothing_but_its_name()
    {
        var ranking = Rank([], "2025Q3", Today);

        ranking.Should().BeEquivalentTo(new { Period = "2025Q3", UnitKind = UnitKind.County, Method = "v1" });
        var lixia = ranking.Unit(Lixia);
        lixia.Should().BeEquivalentTo(new
        {
            Code = Lixia, Name = "历下区", CityCode = "370100", Cases = 0, Score = (decimal?)null,
            Rating = BenchmarkRating.Insufficient, Rank = (int?)null, Vetoed = false,
        });
        lixia.Indicators.Should().HaveCount(6).And.OnlyContain(kv => kv.Value == null);
        ranking.Units.Select(u => u.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Parks_rank_only_cases_that_name_the_park()
    {
        // 历下区 holds 5 cases in 济南高新区 and 2 without a park; 东营经开区 has 5 cases of a 东营 county (370502).
        var cases = Five(Lixia, 1000m, JinanHighTech)
            .Concat(Five("370502", 0m, DongyingPark))
            .Append(Case("2025-03-03"))
            .Append(Case("2025-03-03"))
            .ToList();

        var parks = Rank(cases, "2025", Today, UnitKind.Park);
        var counties = Rank(cases, "2025", Today, UnitKind.County);

        parks.UnitKind.Should().Be(UnitKind.Park);
        parks.Units.Should().HaveCount(15);
        parks.Units.Sum(u => u.Cases).Should().Be(10); // the two cases without a park are in no park
        parks.Units[0].Should().BeEquivalentTo(new { Code = JinanHighTech, Name = "济南高新技术产业开发区", CityCode = "370100", Cases = 5, Rank = 1, Score = 100m });
        parks.Units[1].Should().BeEquivalentTo(new { Code = DongyingPark, Cases = 5, Rank = 2, Score = 75m });
        counties.Unit(Lixia).Cases.Should().Be(7);
        counties.Unit("370502").Cases.Should().Be(5);
    }

    [Theory]
    [InlineData("2025Q1", 1)] // 2025-03-31
    [InlineData("2025Q2", 1)] // 2025-04-01
    [InlineData("2025Q3", 0)]
    [InlineData("2025", 2)]
    [InlineData("2024", 1)]   // 2024-12-31
    [InlineData("2024Q4", 1)]
    public void The_period_picks_cases_by_receipt_date(string period, int expected)
    {
        var cases = new[] { Case("2024-12-31"), Case("2025-03-31"), Case("2025-04-01") };

        Rank(cases, period, Today).Unit(Lixia).Cases.Should().Be(expected);
    }

    [Fact]
    public void Cases_of_units_outside_the_reference_data_are_ignored()
    {
        var ranking = Rank([Case("2025-03-03", "999999")], "2025", Today);

        ranking.Units.Should().HaveCount(136).And.OnlyContain(u => u.Cases == 0);
    }

    [Fact]
    public void Detail_traces_the_cohort_and_is_null_for_an_unknown_code()
    {
        var cases = Five(Lixia, 1000m).ToList();

        var detail = Detail(cases, "2025", Today);

        detail.Unit.Should().BeEquivalentTo(Rank(cases, "2025", Today).Unit(Lixia));
        detail.CaseIds.Should().BeEquivalentTo(cases.Select(c => c.CaseId));
        detail.Indicators.Keys.Should().Equal(IndicatorsV1.All.Select(i => i.Key));
        detail.Indicators[IndicatorsV1.RecoveryRate].Should().BeEquivalentTo(new { Name = "追欠到位率", Weight = 25, Value = 100m, Numerator = 5000m, Denominator = 5000m });
        BenchmarkMethodV1.Instance.Detail(cases, UnitKind.County, "999999", BenchmarkPeriod.OfYear(2025), D(Today), BenchmarkFixture.Calendar, Regions)
            .Should().BeNull();
        BenchmarkMethodV1.Instance.Detail(cases, UnitKind.County, JinanHighTech, BenchmarkPeriod.OfYear(2025), D(Today), BenchmarkFixture.Calendar, Regions)
            .Should().BeNull("a park code is not a county");
    }

    [Fact]
    public void Weights_sum_to_100_and_v1_is_found_by_its_version()
    {
        IndicatorsV1.All.Sum(i => i.Weight).Should().Be(100);
        BenchmarkMethods.Find("v1").Should().BeSameAs(BenchmarkMethodV1.Instance);
        BenchmarkMethods.Find("v2").Should().BeNull();
        BenchmarkMethods.Current.Version.Should().Be("v1");
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_cases()
    {
        var cases = Five(Lixia, 300m).Concat(Five(Shizhong, 700m)).ToList();

        var forward = Rank(cases, "2025", Today);
        var backward = Rank(cases.AsEnumerable().Reverse().ToList(), "2025", Today);

        backward.Should().BeEquivalentTo(forward, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Inconsistent_facts_are_refused_rather_than_scored()
    {
        var c = Case("2025-03-03");

        var duplicate = () => Rank([c, c], "2025", Today);
        var decisionWithoutDate = () => Rank([c with { Decision = AcceptanceDecision.Accepted }], "2025", Today);
        var dateWithoutDecision = () => Rank([c with { DecidedOn = D("2025-03-04") }], "2025", Today);

        duplicate.Should().Throw<ArgumentException>();
        decisionWithoutDate.Should().Throw<ArgumentException>();
        dateWithoutDecision.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // as the HTTP host configures it: a global JsonStringEnumConverter without a naming policy
    public void Serialises_to_the_documented_shape(bool withHostEnumConverter)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        if (withHostEnumConverter)
        {
            options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        }

        var ranking = Rank(Five(Lixia, 500m).ToList(), "2025", Today);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(ranking, options));
        var root = json.RootElement;
        root.GetProperty("period").GetString().Should().Be("2025");
        root.GetProperty("unitKind").GetString().Should().Be("county");
        root.GetProperty("method").GetString().Should().Be("v1");
        var first = root.GetProperty("units")[0];
        first.EnumerateObject().Select(p => p.Name).Should().Equal(
            "code", "name", "cityCode", "cases", "score", "rating", "rank", "vetoed", "indicators");
        first.GetProperty("rating").GetString().Should().Be("green"); // 87.5
        first.GetProperty("score").GetDecimal().Should().Be(87.5m);
        first.GetProperty("indicators").EnumerateObject().Select(p => p.Name).Should().Equal(
            "acceptanceTimeliness", "closureRate", "onTimeClosure", "recoveryRate", "massArrearsControl", "repeatOffenderControl");
        root.GetProperty("units")[1].GetProperty("rating").GetString().Should().Be("insufficient");
        root.GetProperty("units")[1].GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
