using System.Text;
using Alba;
using LaborRights.Benchmark.Explaining;
using LaborRights.Benchmark.Ranking;
using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.LegacyImport;

namespace LaborRights.IntegrationTests.Benchmark;

[Collection(AppCollection.Name)]
public class BenchmarkEndpointTests(AppFixture app)
{
    private const string LiveCounty = "371623";     // 无棣县: no other test files cases there
    private const string ImportedCounty = "371625"; // 博兴县: likewise

    private string Quarter()
    {
        var today = app.Today();
        return $"{today.Year}Q{(today.Month - 1) / 3 + 1}";
    }

    [Fact]
    public async Task Live_and_imported_cases_with_the_same_history_score_identically()
    {
        var today = app.Today();
        var live = await LiveCases(Scenarios.NewCreditCode(LiveCounty));
        await ImportSameHistory(Scenarios.NewCreditCode(ImportedCounty), today);

        var ranking = await Get<BenchmarkRanking>($"/api/benchmarks/counties?period={Quarter()}");
        ranking.Method.Should().Be("v1");
        ranking.Units.Should().HaveCount(136);
        var a = ranking.Units.Single(u => u.Code == LiveCounty);
        var b = ranking.Units.Single(u => u.Code == ImportedCounty);
        a.Cases.Should().Be(5);
        b.Should().BeEquivalentTo(a, o => o.Excluding(u => u.Code).Excluding(u => u.Name).Excluding(u => u.Rank));
        // By hand: C = 5, D = 3 (2 accepted, 1 rejected, all today), A = 2; the open accepted case is not yet due.
        // Recovery: 20,000 recovered of 20,000 confirmed + 36,000 claimed on the open case = 35.71.
        // Score = (15·100 + 20·100 + 20·100 + 25·35.714… + 10·100 + 10·100) / 100 = 83.93 → green.
        a.Indicators["acceptanceTimeliness"].Should().Be(100.00m);
        a.Indicators["closureRate"].Should().Be(100.00m);
        a.Indicators["onTimeClosure"].Should().Be(100.00m);
        a.Indicators["recoveryRate"].Should().Be(35.71m);
        a.Indicators["massArrearsControl"].Should().Be(100.00m);
        a.Indicators["repeatOffenderControl"].Should().Be(100.00m);
        a.Score.Should().Be(83.93m);
        a.Rating.Should().Be(BenchmarkRating.Green);

        var detail = await Get<UnitBenchmarkDetail>($"/api/benchmarks/counties/{LiveCounty}?period={Quarter()}");
        detail.CaseIds.Should().BeEquivalentTo(live);
        detail.Indicators["recoveryRate"].Numerator.Should().Be(20_000m);
        detail.Indicators["recoveryRate"].Denominator.Should().Be(56_000m);

        // The case lists come a page at a time; the figures always count the whole cohort.
        var pages = new List<UnitBenchmarkDetail>();
        for (var page = 1; page <= 3; page++)
            pages.Add(await Get<UnitBenchmarkDetail>($"/api/benchmarks/counties/{LiveCounty}?period={Quarter()}&page={page}&pageSize=2"));
        pages.Select(p => p.CaseIds.Count).Should().Equal(2, 2, 1);
        pages.SelectMany(p => p.CaseIds).Should().Equal(detail.CaseIds, "the pages, in order, are the whole list");
        pages.Should().AllSatisfy(p =>
        {
            (p.CaseCount, p.PageSize, p.Unit.Score).Should().Be((5, 2, detail.Unit.Score));
            p.Indicators["recoveryRate"].Should().BeEquivalentTo(detail.Indicators["recoveryRate"], o => o.Excluding(i => i.Cases));
            p.Indicators["recoveryRate"].CaseCount.Should().Be(detail.Indicators["recoveryRate"].Cases.Count);
        });
        pages.SelectMany(p => p.Indicators["recoveryRate"].Cases).Should().Equal(detail.Indicators["recoveryRate"].Cases);
        (detail.Page, detail.PageSize, detail.CaseCount).Should().Be((1, 100, 5));
    }

    private async Task<List<Guid>> LiveCases(string code)
    {
        var form = Scenarios.AComplaint(county: LiveCounty) with { EmployerCreditCode = code };
        var (closed, v) = await app.Host.CaseUnderInvestigation(form);
        v = (await app.Host.Command(closed.Id, "confirm-arrears", new { version = v, amount = 20_000m, workersOwed = 4 })).Version;
        v = (await app.Host.Command(closed.Id, "record-recovery", new { version = v, amount = 20_000m, workersPaid = 4, paidOn = app.Today() })).Version;
        await app.Host.Command(closed.Id, "close", new { version = v, outcome = "FullyRecovered", summary = "已追回" });
        var open = await app.Host.FileComplaint(form);
        await app.Host.Command(open.Id, "accept", new { version = 1 });
        var rejected = await app.Host.FileComplaint(form);
        await app.Host.Command(rejected.Id, "reject", new { version = 1, reason = "OutsideScope", explanation = "属于劳动争议" });
        var undecided1 = await app.Host.FileComplaint(form);
        var undecided2 = await app.Host.FileComplaint(form);
        return [closed.Id, open.Id, rejected.Id, undecided1.Id, undecided2.Id];
    }

    private async Task ImportSameHistory(string code, DateOnly today)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        string Line(int n, string decision, string? confirmed, string recoveries, string? closedOn) =>
            $$"""{"legacyId":"BX-{{run}}-{{n}}","kind":"wage-arrears","countyCode":"{{ImportedCounty}}","parkCode":null,"employer":{"name":"博兴某公司","creditCode":"{{code}}"},"complainant":{"name":"王建国","idNumber":null,"phone":null},"workersAffected":4,"amountClaimed":36000.00,"amountConfirmed":{{confirmed ?? "null"}},"receivedOn":"{{today:yyyy-MM-dd}}","decision":{{decision}},"extendedOn":null,"recoveries":{{recoveries}},"transferredToPoliceOn":null,"closedOn":{{(closedOn is null ? "null" : $"\"{closedOn}\"")}}}""";
        var day = today.ToString("yyyy-MM-dd");
        var accepted = $$"""{"kind":"accepted","on":"{{day}}"}""";
        var lines = new[]
        {
            Line(1, accepted, "20000.00", $$"""[{"on":"{{day}}","amount":20000.00}]""", day),
            Line(2, accepted, null, "[]", null),
            Line(3, $$"""{"kind":"rejected","on":"{{day}}","reason":"不属于劳动保障监察事项"}""", null, "[]", null),
            Line(4, "null", null, "[]", null),
            Line(5, "null", null, "[]", null),
        };
        await app.Host.Scenario(x =>
        {
            x.Post.Text(string.Join("\n", lines) + "\n").ToUrl("/api/admin/imports/wage-arrears").QueryString("dryRun", "false");
            x.WithRequestHeader("Content-Type", ImportWageArrearsEndpoint.NdjsonContentType);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, "admin.wang");
            x.StatusCodeShouldBeOk();
        });
    }

    [Fact]
    public async Task Parks_and_the_city_roll_up_list_every_reference_unit()
    {
        (await Get<BenchmarkRanking>($"/api/benchmarks/parks?period={Quarter()}")).Units.Should().HaveCount(15);
        var cities = await Get<BenchmarkRanking>($"/api/benchmarks/cities?period={app.Today().Year}");
        cities.Units.Should().HaveCount(16);
        cities.Units.Should().Contain(u => u.Code == "370100" && u.Name == "济南市");
    }

    [Fact]
    public async Task A_units_trend_covers_the_last_eight_quarters()
    {
        var trend = await Get<BenchmarkTrend>($"/api/benchmarks/counties/{LiveCounty}/trend");
        trend.Quarters.Should().HaveCount(8);
        trend.Quarters[^1].Period.Should().Be(Quarter());
        trend.Name.Should().Be("无棣县");
    }

    [Fact]
    public async Task The_ranking_exports_as_csv_with_a_byte_order_mark_for_excel()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/benchmarks/counties/export.csv?period={app.Today().Year}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        });
        result.Context.Response.ContentType.Should().StartWith("text/csv");
        using var raw = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(raw);
        var bytes = raw.ToArray();
        bytes.Take(3).Should().Equal(Encoding.UTF8.GetPreamble());
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Should().Contain("排名,代码,名称").And.Contain("历下区");
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(137, "a header and the 136 counties");
    }

    [Theory]
    [InlineData("/api/benchmarks/counties?period=2025Q5", 400)]
    [InlineData("/api/benchmarks/counties?period=last-year", 400)]
    [InlineData("/api/benchmarks/counties", 400)]
    [InlineData("/api/benchmarks/villages?period=2025", 404)]
    [InlineData("/api/benchmarks/counties/999999?period=2025", 404)]
    [InlineData("/api/benchmarks/parks/370102?period=2025", 404)]
    [InlineData("/api/benchmarks/counties/370102?period=2025&pageSize=0", 400)]
    [InlineData("/api/benchmarks/counties/370102?period=2025&pageSize=101", 400)]
    [InlineData("/api/benchmarks/counties/370102?period=2025&page=0", 400)]
    public async Task Invalid_period_or_unknown_unit_is_a_problem(string url, int status)
    {
        await app.Host.Scenario(x =>
        {
            x.Get.Url(url);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(status);
        });
    }

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
