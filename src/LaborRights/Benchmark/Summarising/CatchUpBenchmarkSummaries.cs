namespace LaborRights.Benchmark.Summarising;

/// <summary>
/// Takes pending cases into the summaries every few seconds (<see cref="Hosting.RecurringWork"/>), so that readers,
/// who catch up themselves first, rarely have anything left to do; and does again a full recompute that was cut short.
/// </summary>
public sealed record CatchUpBenchmarkSummaries;

public static class CatchUpBenchmarkSummariesHandler
{
    public static async Task Handle(CatchUpBenchmarkSummaries _, BenchmarkSummaryUpdater updater, CancellationToken ct)
    {
        await updater.ResumeInterruptedRecomputeAsync(ct);
        if (await updater.HasPendingAsync(ct)) await updater.CatchUpAsync(ct);
    }
}
