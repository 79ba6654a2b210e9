using LaborRights.Benchmark.Summarising;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Tracking;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.Hosting;

/// <summary>
/// Work done on a clock is a set of durable Wolverine messages on cron schedules (one node runs them), handled like
/// every other message: here each is sent as the schedule would and its effect checked.
/// </summary>
[Collection(AppCollection.Name)]
public class RecurringWorkTests(AppFixture app)
{
    [Fact]
    public async Task The_sweeps_and_the_benchmark_catch_up_are_scheduled_as_recurring_messages()
    {
        var schedules = app.Host.Services.GetRequiredService<WolverineOptions>().Schedules;
        schedules.FindByName("idempotency-sweep").Should().NotBeNull();
        schedules.FindByName("benchmark-summaries").Should().NotBeNull();
        schedules.FindByName("personal-data-retention").Should().BeNull("the test hosts switch the retention sweep off and run it with their own clock");

        await using var production = await app.StartHostAsync(new Dictionary<string, string> { ["Privacy:RetentionSweepEnabled"] = "true" });
        production.Services.GetRequiredService<WolverineOptions>().Schedules.FindByName("personal-data-retention").Should().NotBeNull();
    }

    [Fact]
    public async Task The_idempotency_sweep_removes_records_past_their_window()
    {
        var expired = "test:expired-" + Guid.NewGuid();
        await using (var session = app.Store.LightweightSession())
        {
            session.Insert(new IntakeIdempotencyRecord { Id = expired, RequestHash = "x", ProtectedAnswer = "x", ExpiresAt = app.Clock.GetUtcNow().AddMinutes(-1) });
            await session.SaveChangesAsync();
        }

        await app.Host.InvokeMessageAndWaitAsync(new SweepExpiredIdempotencyRecords());

        await using var after = app.Store.QuerySession();
        (await after.LoadAsync<IntakeIdempotencyRecord>(expired)).Should().BeNull();
    }

    [Fact]
    public async Task The_benchmark_catch_up_takes_every_pending_case_into_the_summaries()
    {
        await app.Host.FileComplaint();
        var updater = app.Host.Services.GetRequiredService<BenchmarkSummaryUpdater>();

        await app.Host.InvokeMessageAndWaitAsync(new CatchUpBenchmarkSummaries());

        (await updater.HasPendingAsync(CancellationToken.None)).Should().BeFalse();
    }
}
