namespace LaborRights.Benchmark.Summaries;

/// <summary>
/// Takes pending cases into the summaries in the background, so that readers rarely have to. Readers catch up
/// themselves too; this only keeps their work small.
/// </summary>
public sealed class BenchmarkSummaryWorker(BenchmarkSummaryUpdater updater, IConfiguration configuration, ILogger<BenchmarkSummaryWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Benchmark:SummaryInterval", TimeSpan.FromSeconds(2));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await updater.HasPendingAsync(stoppingToken)) await updater.CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The cases stay pending; the next tick or the next reader takes them in.
                logger.LogWarning(e, "Benchmark summaries could not be brought up to date; will retry");
            }
        }
    }
}
