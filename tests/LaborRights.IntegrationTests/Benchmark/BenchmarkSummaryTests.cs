using Alba;
using LaborRights.Benchmark.Facts;
using LaborRights.Benchmark.Scoring.V1;
using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;
using LaborRights.Calendar;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.ReferenceData;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LaborRights.IntegrationTests.Benchmark;

/// <summary>
/// The ranking reads stored per-unit summaries that commands keep up to date (ADR 0011). Whatever the commands,
/// the stored ranking must equal method v1 applied to every case's facts — including a repeat that appears in
/// one county when the employer's earlier case in another county is accepted afterwards.
/// </summary>
[Collection(AppCollection.Name)]
public class BenchmarkSummaryTests(AppFixture app)
{
    private const string EarlierCounty = "371603"; // 沾化区: no other test files cases there
    private const string LaterCounty = "371681";   // 邹平市: likewise

    [Fact]
    public async Task Accepting_an_earlier_case_in_another_county_makes_the_later_one_a_repeat_in_the_stored_ranking()
    {
        var employer = Scenarios.NewCreditCode(EarlierCounty);
        var earlier = await app.Host.FileComplaint(Scenarios.AComplaint(county: EarlierCounty) with { EmployerCreditCode = employer });
        app.MoveClockTo(app.Clock.GetUtcNow().AddDays(1));
        var later = await app.Host.FileComplaint(Scenarios.AComplaint(county: LaterCounty) with { EmployerCreditCode = employer });
        var period = $"{app.Today().Year}";

        await app.Host.Command(later.Id, "accept", new { version = 1 });
        (await Unit(LaterCounty, period)).Indicators["repeatOffenderControl"].Should().Be(100m, "the earlier case is not accepted yet");

        await app.Host.Command(earlier.Id, "accept", new { version = 1 });
        (await Unit(LaterCounty, period)).Indicators["repeatOffenderControl"].Should().Be(0m, "the employer's earlier case is accepted now");
        (await Unit(EarlierCounty, period)).Indicators["repeatOffenderControl"].Should().Be(100m);

        await StoredRankingsEqualTheMethodOverAllFacts(period);
    }

    [Fact]
    public async Task A_ranking_read_again_on_one_node_reflects_a_command_acknowledged_by_another()
    {
        const string county = "371622"; // 阳信县: no other test files cases there
        var period = $"{app.Today().Year}";
        var before = await Unit(county, period);

        await using var otherNode = await app.StartHostAsync();
        var filed = await otherNode.FileComplaint(Scenarios.AComplaint(county: county));
        await otherNode.Command(filed.Id, "accept", new { version = 1 });

        var after = await Unit(county, period);
        after.Cases.Should().Be(before.Cases + 1, "the first node's remembered ranking is stale once the summaries changed");
        after.Indicators["acceptanceTimeliness"].Should().NotBeNull();
    }

    private async Task StoredRankingsEqualTheMethodOverAllFacts(string period)
    {
        List<BenchmarkCaseFacts> facts;
        await using (var session = app.Store.QuerySession())
        {
            facts = (await session.Query<BenchmarkCaseFactsRow>().ToListAsync()).Select(r => r.ToFacts()).ToList();
        }

        var calendar = app.Host.Services.GetRequiredService<WorkingDayCalendar>();
        var regions = app.Host.Services.GetRequiredService<ShandongRegions>();
        foreach (var (units, kind) in new[] { ("counties", UnitKind.County), ("parks", UnitKind.Park), ("cities", UnitKind.City) })
        {
            var stored = await Get<BenchmarkRanking>($"/api/benchmarks/{units}?period={period}");
            var computed = BenchmarkMethodV1.Instance.Rank(facts, kind, BenchmarkPeriod.Parse(period), app.Today(), calendar, regions);
            stored.Should().BeEquivalentTo(computed, o => o.WithStrictOrdering(), $"{units} {period}");
        }
    }

    private async Task<UnitBenchmark> Unit(string county, string period) =>
        (await Get<BenchmarkRanking>($"/api/benchmarks/counties?period={period}")).Units.Single(u => u.Code == county);

    private async Task<T> Get<T>(string url)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url(url);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        });
        return (await result.ReadAsJsonAsync<T>())!;
    }
}
