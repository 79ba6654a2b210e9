using Alba;
using LaborRights.Benchmark.Facts;
using LaborRights.Benchmark.Summarising;
using Microsoft.Extensions.DependencyInjection;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using Marten;

namespace LaborRights.IntegrationTests.Benchmark;

/// <summary>
/// The benchmark rebuilt from the events gives the same ranking as before. Operators run the same rebuild
/// with progress as `dotnet run --project src/LaborRights -- rebuild-benchmark`.
/// </summary>
[Collection(AppCollection.Name)]
public class BenchmarkRebuildTests(AppFixture app)
{
    [Fact]
    public async Task Rebuilding_the_benchmark_facts_from_the_events_changes_no_score()
    {
        for (var i = 0; i < 3; i++)
        {
            var (filed, v) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(county: "371621"));
            await app.Host.Command(filed.Id, "close", new { version = v, outcome = "Withdrawn", summary = "撤回" });
        }
        var url = $"/api/benchmarks/counties?period={app.Today().Year}";
        var before = await Read(url);
        int rowsBefore;
        await using (var session = app.Store.QuerySession()) rowsBefore = await session.Query<BenchmarkCaseFactsRow>().CountAsync();

        // Lose the facts and the summaries, as if their code had changed: the rebuild must bring every one back from the events.
        await app.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(BenchmarkCaseFactsRow));
        await app.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(BenchmarkCaseContribution));
        await app.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(BenchmarkUnitQuarter));
        (await Read(url)).Should().NotBe(before);

        var report = await app.Host.Services.GetRequiredService<BenchmarkRebuild>().RunAsync(CancellationToken.None);
        report.Cases.Should().Be(rowsBefore);

        (await Read(url)).Should().Be(before);
        await using var after = app.Store.QuerySession();
        (await after.Query<BenchmarkCaseFactsRow>().CountAsync()).Should().Be(rowsBefore);
    }

    private async Task<string> Read(string url)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url(url);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        });
        return await result.ReadAsTextAsync();
    }
}
