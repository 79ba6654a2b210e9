using System.Text.Json.Nodes;
using Alba;
using LaborRights.Benchmark.Facts;
using LaborRights.Benchmark.Summarising;
using Microsoft.Extensions.DependencyInjection;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Calendar;
using LaborRights.LegacyImport;
using LaborRights.IntegrationTests.Security;
using Marten;
using Npgsql;

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

    [Fact]
    public async Task Recomputing_every_summary_employer_by_employer_in_small_writes_gives_what_the_commands_kept()
    {
        // Two employers, each with an accepted case and a later accepted repeat; written three contributions at a time,
        // so employers and writes straddle each other.
        for (var employer = 0; employer < 2; employer++)
        {
            var creditCode = Scenarios.NewCreditCode("371621");
            for (var i = 0; i < 2; i++)
            {
                var filed = await app.Host.FileComplaint(Scenarios.AComplaint(county: "371621") with { EmployerCreditCode = creditCode });
                await app.Host.Command(filed.Id, "accept", new { version = 1 });
                app.MoveClockTo(app.Clock.GetUtcNow().AddDays(1));
            }
        }
        var updater = app.Host.Services.GetRequiredService<BenchmarkSummaryUpdater>();
        await updater.CatchUpAsync(CancellationToken.None);
        var rankings = new[] { "counties", "parks", "cities" }.Select(units => $"/api/benchmarks/{units}?period={app.Today().Year}").ToList();
        var rankedBefore = new List<string>();
        foreach (var url in rankings) rankedBefore.Add(await Read(url));
        var kept = await Contributions();

        var recomputed = await new BenchmarkSummaryUpdater(app.Store, app.Host.Services.GetRequiredService<WorkingDayCalendar>()) { WriteChunk = 3 }
            .RecomputeAllAsync(CancellationToken.None);

        recomputed.Should().Be(kept.Count);
        (await Contributions()).Should().BeEquivalentTo(kept);
        kept.Should().Contain(c => c.Contribution.Repeat, "the scenario has repeats");
        for (var i = 0; i < rankings.Count; i++) (await Read(rankings[i])).Should().Be(rankedBefore[i], rankings[i]);
    }

    [Fact]
    public async Task Taking_in_a_late_acceptance_one_employer_at_a_time_changes_exactly_the_repeats_inside_its_window()
    {
        // 临邑县: no other test files cases there. Employer one's case A (2023-01-10) is undecided; F falls inside A's
        // repeat window with no earlier accepted case; B repeats F; G is beyond every window (A's, F's and B's).
        var run = Guid.NewGuid().ToString("N")[..8];
        var (one, two) = (Scenarios.NewCreditCode("371424"), Scenarios.NewCreditCode("371424"));
        string[] lines =
        [
            Legacy($"A-{run}", one, "2023-01-10", accepted: null),
            Legacy($"F-{run}", one, "2023-03-01", accepted: "2023-03-02"),
            Legacy($"B-{run}", one, "2023-06-01", accepted: "2023-06-05"),
            Legacy($"G-{run}", one, "2024-07-01", accepted: "2024-07-03"),
            Legacy($"X-{run}", two, "2023-02-01", accepted: "2023-02-03"),
            Legacy($"Y-{run}", two, "2023-05-01", accepted: "2023-05-04"),
        ];
        await app.Host.Scenario(x =>
        {
            x.Post.Text(string.Join("\n", lines) + "\n").ToUrl("/api/admin/imports/wage-arrears").QueryString("dryRun", "false");
            x.WithRequestHeader("Content-Type", ImportWageArrearsEndpoint.NdjsonContentType);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, "admin.wang");
        });
        var updater = new BenchmarkSummaryUpdater(app.Store, app.Host.Services.GetRequiredService<WorkingDayCalendar>()) { EmployersPerQuery = 1 };
        await updater.CatchUpAsync(CancellationToken.None);
        (await RepeatsOf(run)).Should().Equal(new Dictionary<string, bool>
        {
            ["A"] = false, ["F"] = false, ["B"] = true, ["G"] = false, ["X"] = false, ["Y"] = true,
        });

        var a = LegacyCaseHistory.StreamIdFor($"A-{run}");
        await app.Host.Command(a, "accept", new { version = await app.StreamVersion(a) });
        await updater.CatchUpAsync(CancellationToken.None);

        (await RepeatsOf(run)).Should().Equal(new Dictionary<string, bool>
        {
            ["A"] = false, ["F"] = true, ["B"] = true, ["G"] = false, ["X"] = false, ["Y"] = true,
        });
        var kept = await Contributions();
        await updater.RecomputeAllAsync(CancellationToken.None);
        (await Contributions()).Should().BeEquivalentTo(kept, "the cases taken in one by one equal every case computed afresh");
    }

    [Fact]
    public async Task A_recompute_cut_short_is_done_again_by_the_recurring_catch_up_unless_one_is_running()
    {
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint(county: "371621"));
        await app.Host.Command(filed.Id, "accept", new { version = 1 });
        var updater = app.Host.Services.GetRequiredService<BenchmarkSummaryUpdater>();
        await updater.CatchUpAsync(CancellationToken.None);
        var url = $"/api/benchmarks/counties?period={app.Today().Year}";
        var ranked = await Read(url);
        var kept = await Contributions();
        kept.Should().Contain(c => c.Id == filed.Id);

        // What a process that died half-way through a full recompute leaves behind: the stamp saying it started, the
        // markers drained, the old contributions and summaries thrown away.
        await using (var session = app.Store.LightweightSession())
        {
            var stamp = await session.LoadAsync<BenchmarkSummaryStamp>(BenchmarkSummaryStamp.CurrentId) ?? new BenchmarkSummaryStamp();
            stamp.RecomputeUnfinished = true;
            session.Store(stamp);
            await session.SaveChangesAsync();
        }
        await app.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(BenchmarkCaseContribution));
        await app.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(BenchmarkUnitQuarter));

        await using (var otherNode = app.Store.Storage.Database.CreateConnection())
        {
            // Another node holding the updater's lock is a recompute still running: it is left alone.
            await otherNode.OpenAsync();
            await using (var take = new NpgsqlCommand($"select pg_advisory_lock({BenchmarkSummaryUpdater.LockKey})", otherNode)) await take.ExecuteNonQueryAsync();
            (await updater.ResumeInterruptedRecomputeAsync(CancellationToken.None)).Should().BeFalse();
            await using (var release = new NpgsqlCommand($"select pg_advisory_unlock({BenchmarkSummaryUpdater.LockKey})", otherNode)) await release.ExecuteNonQueryAsync();
        }

        await CatchUpBenchmarkSummariesHandler.Handle(new CatchUpBenchmarkSummaries(), updater, CancellationToken.None);

        (await Contributions()).Should().BeEquivalentTo(kept);
        (await Read(url)).Should().Be(ranked);
        (await updater.ResumeInterruptedRecomputeAsync(CancellationToken.None)).Should().BeFalse("the recompute is finished now");
    }

    private static string Legacy(string legacyId, string employer, string receivedOn, string? accepted) =>
        new JsonObject
        {
            ["legacyId"] = legacyId, ["kind"] = "wage-arrears", ["countyCode"] = "371424", ["parkCode"] = null,
            ["employer"] = new JsonObject { ["name"] = "临邑某建筑劳务有限公司", ["creditCode"] = employer },
            ["complainant"] = new JsonObject { ["name"] = "张三", ["idNumber"] = null, ["phone"] = "13800000000" },
            ["workersAffected"] = 3, ["amountClaimed"] = 45600.00m, ["amountConfirmed"] = null, ["receivedOn"] = receivedOn,
            ["decision"] = accepted is null ? null : new JsonObject { ["kind"] = "accepted", ["on"] = accepted },
            ["extendedOn"] = null, ["recoveries"] = new JsonArray(), ["transferredToPoliceOn"] = null, ["closedOn"] = null,
        }.ToJsonString();

    private async Task<Dictionary<string, bool>> RepeatsOf(string run)
    {
        var ids = new[] { "A", "F", "B", "G", "X", "Y" }.ToDictionary(x => LegacyCaseHistory.StreamIdFor($"{x}-{run}"));
        await using var session = app.Store.QuerySession();
        var contributions = await session.LoadManyAsync<BenchmarkCaseContribution>(ids.Keys);
        return contributions.ToDictionary(c => ids[c.Id], c => c.Contribution.Repeat);
    }

    private async Task<List<BenchmarkCaseContribution>> Contributions()
    {
        await using var session = app.Store.QuerySession();
        return (await session.Query<BenchmarkCaseContribution>().ToListAsync()).ToList();
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
