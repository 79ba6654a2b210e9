using System.Diagnostics;

/// <summary>
/// Sequential GET latency of one URL: warm-ups, then N timed requests, printing p50/p90/p99/max. Measures; asserts nothing.
///   dotnet LaborRights.Benchmarks.dll http://127.0.0.1:5090 get "/api/benchmarks/counties?period=2025" 200
/// A request header for staff endpoints comes from LABORRIGHTS_BENCH_HEADER ("Name: value").
/// </summary>
internal static class ReadLatency
{
    public static async Task<int> RunAsync(string baseUrl, string path, int count)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        if (Environment.GetEnvironmentVariable("LABORRIGHTS_BENCH_HEADER") is { Length: > 0 } header && header.Split(':', 2) is [var name, var value])
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation(name.Trim(), value.Trim());
        }

        long bytes = 0;
        for (var i = 0; i < 5; i++) await GetAsync(http, path);
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            bytes = await GetAsync(http, path);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        latencies.Sort();
        double P(double q) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        Console.WriteLine($"GET {path}  n={count}  bytes={bytes:N0}  p50={P(0.50):F1} ms  p90={P(0.90):F1} ms  p99={P(0.99):F1} ms  max={latencies[^1]:F1} ms");
        return 0;
    }

    private static async Task<long> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} from {path}");
        return body.LongLength;
    }
}
