using System.Diagnostics;

namespace LaborRights.Bench;

/// <summary>What one load or latency run measured: throughput, latency percentiles in milliseconds, errors.</summary>
internal sealed record Measured(int Clients, int Requests, int Errors, double PerSecond, double P50, double P99, double Max)
{
    /// <summary>CPU seconds each process group used during the measured period (not the warm-up).</summary>
    public CpuTotals? Cpu { get; init; }

    public static Measured Of(int clients, List<double> latencies, int errors, TimeSpan elapsed)
    {
        latencies.Sort();
        double P(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        return new Measured(clients, latencies.Count, errors, latencies.Count / elapsed.TotalSeconds, P(0.50), P(0.99), latencies.Count == 0 ? 0 : latencies[^1]);
    }
}

/// <summary>
/// A closed loop of concurrent clients, each sending its next request when the previous one answered — the way the
/// pgbench baseline loads the server — for a warm-up and then a measured period.
/// </summary>
internal static class Load
{
    /// <summary>One request; answers whether it succeeded. Null ends that client early (nothing left to do).</summary>
    public delegate Task<bool?> Request(CancellationToken stop);

    public static async Task<Measured> RunAsync(int clients, TimeSpan warmUp, TimeSpan duration, Request request, int appPid)
    {
        await LoopAsync(clients, warmUp, request);
        var before = CpuMeter.Read(appPid);
        var measured = await LoopAsync(clients, duration, request);
        return measured with { Cpu = CpuMeter.Read(appPid) - before };
    }

    private static async Task<Measured> LoopAsync(int clients, TimeSpan duration, Request request)
    {
        var errors = 0;
        var latencies = new List<double>[clients];
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var mine = latencies[client] = [];
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                bool? ok;
                try
                {
                    ok = await request(stop.Token);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    if (stop.IsCancellationRequested) break;
                    ok = false;
                }
                if (ok is null) break;
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (ok == false) Interlocked.Increment(ref errors);
            }
        })));
        return Measured.Of(clients, [.. latencies.SelectMany(l => l)], errors, clock.Elapsed);
    }

    /// <summary>
    /// Sequential requests of one client after a few warm-ups: the latency of a read on an otherwise idle node. A slow
    /// read stops after the time budget (at least 20 requests), so one slow page cannot hold the run for long.
    /// </summary>
    public static async Task<Measured> SequentialAsync(int count, Func<Task<bool>> request, TimeSpan budget)
    {
        for (var i = 0; i < Math.Min(10, count); i++) await request();
        var latencies = new List<double>(count);
        var errors = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count && (i < 20 || clock.Elapsed < budget); i++)
        {
            var started = Stopwatch.GetTimestamp();
            if (!await request()) errors++;
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return Measured.Of(1, latencies, errors, clock.Elapsed);
    }
}

/// <summary>The largest resident set of a process while a scenario runs, sampled from /proc every 50 ms.</summary>
internal sealed class RssSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peakKb;

    public RssSampler(int pid) => _loop = Task.Run(async () =>
    {
        while (!_stop.IsCancellationRequested)
        {
            var kb = ResidentKb(pid);
            if (kb is null) return;
            InterlockedMax(ref _peakKb, kb.Value);
            try { await Task.Delay(50, _stop.Token); }
            catch (OperationCanceledException) { return; }
        }
    });

    public double PeakMb => Interlocked.Read(ref _peakKb) / 1024.0;

    /// <summary>Starts a new scenario: the peak so far is forgotten.</summary>
    public double TakePeakMb()
    {
        var peak = PeakMb;
        Interlocked.Exchange(ref _peakKb, 0);
        return peak;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private static long? ResidentKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the process has ended
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        for (var seen = Interlocked.Read(ref target); value > seen; seen = Interlocked.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
    }
}
