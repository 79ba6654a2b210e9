using System.Diagnostics;
using JasperFx.CommandLine;
using JasperFx.Events.Daemon;
using LaborRights.Benchmark.Facts;
using Marten;

namespace LaborRights.Benchmark.Summarising;

public sealed record BenchmarkRebuildReport(long Events, int Cases, TimeSpan FactsTime, TimeSpan SummariesTime)
{
    public double EventsPerSecond => Events / Math.Max(FactsTime.TotalSeconds, 0.001);
}

/// <summary>
/// Rebuilds the benchmark from the events: the per-case facts are replayed by Marten's projection rebuild, then every
/// contribution and quarter summary is computed again from them. The result equals what was there before.
/// </summary>
public sealed class BenchmarkRebuild(IDocumentStore store, BenchmarkSummaryUpdater updater)
{
    public async Task<BenchmarkRebuildReport> RunAsync(CancellationToken ct, Action<string>? progress = null)
    {
        var statistics = await store.Advanced.FetchEventStoreStatistics(token: ct);
        var clock = Stopwatch.StartNew();
        using (var daemon = await store.BuildProjectionDaemonAsync())
        {
            progress?.Invoke($"重放事件 / replaying {statistics.EventCount:N0} events into the case facts …");
            using var done = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var reporting = progress is null ? Task.CompletedTask : ReportReplayAsync(statistics.EventSequenceNumber, progress, done.Token);
            try
            {
                await daemon.RebuildProjectionAsync<BenchmarkCaseFactsProjection>(Hosting.ProjectionRebuilds.ShardTimeout, ct);
            }
            finally
            {
                await done.CancelAsync();
                await reporting;
            }
        }

        var factsTime = clock.Elapsed;
        clock.Restart();
        var cases = await updater.RecomputeAllAsync(ct, n => progress?.Invoke($"汇总 / summarising: {n:N0} cases"));
        return new BenchmarkRebuildReport(statistics.EventCount, cases, factsTime, clock.Elapsed);
    }

    /// <summary>Every 2 s, how far the rebuilt projection's shard has come towards the last event's sequence number.</summary>
    private async Task ReportReplayAsync(long lastSequence, Action<string> progress, CancellationToken ct)
    {
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
            while (await timer.WaitForNextTickAsync(ct))
            {
                var shards = await store.Advanced.AllProjectionProgress(token: ct);
                var sequence = shards.Where(x => x.ShardName.Contains(nameof(BenchmarkCaseFactsRow), StringComparison.Ordinal))
                    .Select(x => x.Sequence).DefaultIfEmpty(0).Max();
                progress($"重放事件 / replaying: {sequence:N0} / {lastSequence:N0} ({(lastSequence == 0 ? 1 : (double)sequence / lastSequence):P0})");
            }
        }
        catch (OperationCanceledException)
        {
            // The rebuild ended.
        }
    }
}

/// <summary><c>dotnet run --project src/LaborRights -- rebuild-benchmark</c></summary>
[Description("Rebuilds the governance benchmark (case facts and unit summaries) from the events", Name = "rebuild-benchmark")]
public sealed class RebuildBenchmarkCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var rebuild = ActivatorUtilities.CreateInstance<BenchmarkRebuild>(host.Services);
        var report = await rebuild.RunAsync(CancellationToken.None, line => Console.Error.WriteLine(line));
        Console.WriteLine($"事件 / events:            {report.Events:N0}");
        Console.WriteLine($"案件 / cases summarised:  {report.Cases:N0}");
        Console.WriteLine($"事实重建 / facts rebuild: {report.FactsTime.TotalSeconds:N1} s ({report.EventsPerSecond:N0} events/s)");
        Console.WriteLine($"汇总重算 / summaries:     {report.SummariesTime.TotalSeconds:N1} s");
        return true;
    }
}
