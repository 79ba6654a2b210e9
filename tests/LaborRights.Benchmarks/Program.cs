using System.Diagnostics;
using System.Net.Http.Json;

// Intake load benchmark: POST valid wage-arrears complaints to a running LaborRights for a fixed time with a fixed
// number of concurrent clients, then print throughput and latency percentiles. Measures; asserts nothing.
//   dotnet run -c Release --project tests/LaborRights.Benchmarks -- http://127.0.0.1:5080 16 20
// Read latency of one URL instead: … http://127.0.0.1:5080 get "/api/benchmarks/counties?period=2025" 200
var baseUrl = args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5080";
if (args.ElementAtOrDefault(1) == "get")
{
    return await ReadLatency.RunAsync(baseUrl, args[2], int.Parse(args.ElementAtOrDefault(3) ?? "200"));
}

var concurrency = int.Parse(args.ElementAtOrDefault(1) ?? "16");
var seconds = int.Parse(args.ElementAtOrDefault(2) ?? "20");
var warmupSeconds = 3;

var complaint = new
{
    complainantName = "王建国",
    residentId = "11010519491231002X",
    phone = "13812345678",
    employerName = "济南鲁泰建筑工程有限公司",
    employerCreditCode = "91350100M000100Y43",
    countyCode = "370102",
    constructionProject = "历下区某安置房项目",
    workersAffected = 4,
    amountClaimed = 36000.00m,
    employedFrom = "2025-09-01",
    employedTo = "2026-10-31",
    description = "2025年9月至2026年10月工资未结清，多次讨要未果。",
};

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
{
    BaseAddress = new Uri(baseUrl),
    Timeout = TimeSpan.FromSeconds(30),
};

async Task<List<double>> Run(TimeSpan duration, int[] errors)
{
    var latencies = new List<double>[concurrency];
    var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
    {
        var mine = latencies[worker] = [];
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.PostAsJsonAsync("/api/complaints/wage-arrears", complaint);
                if ((int)response.StatusCode != 201) Interlocked.Increment(ref errors[0]);
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors[0]);
            }
            mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }));
    return latencies.SelectMany(l => l).ToList();
}

Console.WriteLine($"POST {baseUrl}/api/complaints/wage-arrears, {concurrency} concurrent clients, {warmupSeconds} s warm-up + {seconds} s measured");
await Run(TimeSpan.FromSeconds(warmupSeconds), new int[1]);
var failures = new int[1];
var clock = Stopwatch.StartNew();
var all = await Run(TimeSpan.FromSeconds(seconds), failures);
var elapsed = clock.Elapsed.TotalSeconds;
all.Sort();
double Percentile(double p) => all[Math.Min(all.Count - 1, (int)Math.Ceiling(p * all.Count) - 1)];
Console.WriteLine($"requests {all.Count}, non-201 {failures[0]}, {all.Count / elapsed:F0} req/s");
Console.WriteLine($"latency ms: p50 {Percentile(0.50):F1}  p90 {Percentile(0.90):F1}  p99 {Percentile(0.99):F1}  max {all[^1]:F1}");
return 0;
