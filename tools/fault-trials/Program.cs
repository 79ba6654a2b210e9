// The fault trials of issue 15 (results in docs/reliability.md). The application's own Release build runs as its
// own process in the Production profile (ADR 0027) on a throwaway PostgreSQL cluster of this machine's binaries, on
// loopback, under a filing load of concurrent clients that retry with the same Idempotency-Key, as a phone would.
//   outage [secondsDown] : PostgreSQL stopped for secondsDown (default 15) under load, then started again.
//   crash [trials]       : the application killed with SIGKILL at a random moment under load, restarted (default 20).
// Every trial then checks: every filing that got 201 is there (tracking answers it), and a key retried after a
// failure gives one case (the same tracking number twice). Exit code 0 when nothing acknowledged was lost.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using LaborRights.Database;

var mode = args.ElementAtOrDefault(0) ?? "outage";
var parameter = int.TryParse(args.ElementAtOrDefault(1), out var p) ? p : mode == "crash" ? 20 : 15;
var root = FindRoot();
var dll = Path.Combine(root, "src", "LaborRights", "bin", "Release", "net10.0", "LaborRights.dll");
if (!File.Exists(dll)) { Console.Error.WriteLine($"Build first: dotnet build src/LaborRights -c Release ({dll} is missing)."); return 2; }

await using var postgres = await PostgresProvisioner.StartRestartableClusterAsync(Console.WriteLine);
var environment = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["ConnectionStrings__LaborRights"] = postgres.ConnectionString,
    // The trials measure faults, not the public rate limits: one loopback address files and tracks everything.
    ["RateLimiting__Enabled"] = "false",
};
Check(await RunAsync(dll, environment, "db-apply") == 0, "db-apply succeeds");

var ledger = new Ledger();
var results = mode == "crash" ? await CrashTrialsAsync(parameter) : await OutageTrialAsync(parameter);
Console.WriteLine();
foreach (var line in results) Console.WriteLine(line);
return results.Any(r => r.StartsWith("FAIL", StringComparison.Ordinal)) ? 1 : 0;

async Task<List<string>> OutageTrialAsync(int secondsDown)
{
    var port = FreePort();
    using var app = StartApp(dll, environment, port);
    await WaitReadyAsync(port, TimeSpan.FromSeconds(60));
    using var load = new CancellationTokenSource();
    var clients = Enumerable.Range(0, 8).Select(_ => ClientAsync(port, ledger, load.Token)).ToList();
    await Task.Delay(TimeSpan.FromSeconds(5));
    var stoppedAt = ledger.Clock.Elapsed;
    postgres.StopServer();
    await Task.Delay(TimeSpan.FromSeconds(secondsDown));
    var startedAt = ledger.Clock.Elapsed;
    postgres.StartServer();
    var recovered = await WaitReadyAsync(port, TimeSpan.FromSeconds(60));
    await Task.Delay(TimeSpan.FromSeconds(5));
    await load.CancelAsync();
    await Task.WhenAll(clients);

    var during = ledger.Answers.Where(a => a.At >= stoppedAt && a.At < startedAt).ToList();
    var verification = await VerifyAsync(port, ledger);
    app.Kill(entireProcessTree: true);
    return
    [
        $"outage of {secondsDown} s under 8 clients: {ledger.Answers.Count} requests, {ledger.Acknowledged.Count} filings acknowledged (201)",
        $"during the outage: {during.Count} answers — {Counts(during)}; slowest {(during.Count == 0 ? 0 : during.Max(a => a.Latency.TotalMilliseconds)):0} ms; " +
            $"503 with Retry-After: {during.Count(a => a.Status == 503 && a.RetryAfter)}",
        $"ready again {(recovered - startedAt).TotalSeconds:0.0} s after PostgreSQL started, without a restart",
        .. verification,
        during.Any(a => a.Status >= 500 && a.Status != 503) ? "FAIL: a 5xx other than 503 during the outage" : "ok: only 503 (or nothing) during the outage",
        during.Count > 0 && during.Max(a => a.Latency) > TimeSpan.FromSeconds(10) ? "FAIL: a request hung for more than 10 s" : "ok: no request hung past 10 s",
    ];
}

async Task<List<string>> CrashTrialsAsync(int trials)
{
    var random = new Random(20261207);
    var restarts = new List<double>();
    var firstFilings = new List<double>();
    for (var trial = 1; trial <= trials; trial++)
    {
        var port = FreePort();
        using var app = StartApp(dll, environment, port);
        var started = Stopwatch.StartNew();
        await WaitReadyAsync(port, TimeSpan.FromSeconds(90));
        restarts.Add(started.Elapsed.TotalSeconds);
        // The first filing after a start waits for the endpoint's code to be generated (ADR 0005): the kill must land
        // among requests in flight, so the load starts once the node files at its usual speed.
        await WarmUpAsync(port, ledger);
        firstFilings.Add(started.Elapsed.TotalSeconds);
        using var load = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 8).Select(_ => ClientAsync(port, ledger, load.Token)).ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(500 + random.Next(2_500)));
        // SIGKILL: no shutdown, no flush — the process simply stops, as in a power cut of the node.
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
        await load.CancelAsync();
        await Task.WhenAll(clients);
        Console.WriteLine($"trial {trial}: killed after {ledger.Answers.Count} answers so far, {ledger.Acknowledged.Count} acknowledged");
    }
    var final = FreePort();
    using var last = StartApp(dll, environment, final);
    await WaitReadyAsync(final, TimeSpan.FromSeconds(90));
    var verification = await VerifyAsync(final, ledger);
    verification.Add(await ProjectionsCaughtUpAsync(postgres.ConnectionString, TimeSpan.FromSeconds(90)));
    last.Kill(entireProcessTree: true);
    return
    [
        $"{trials} SIGKILL trials under 8 clients: {ledger.Answers.Count} requests, {ledger.Acknowledged.Count} filings acknowledged (201), " +
            $"{ledger.Unanswered.Count} cut off without an answer",
        $"start to ready after a kill: median {Median(restarts):0.0} s, max {restarts.Max():0.0} s; " +
            $"to the first filing answered: median {Median(firstFilings):0.0} s, max {firstFilings.Max():0.0} s",
        .. verification,
    ];
}

// Every 201 is there; every key cut off or refused, retried now, gives one case (its retry twice gives the same one).
async Task<List<string>> VerifyAsync(int port, Ledger ledger)
{
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    var lost = 0;
    foreach (var filing in ledger.Acknowledged.Values)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tracking/{filing.TrackingNumber}");
        request.Headers.Add("X-Access-Code", filing.AccessCode);
        if ((await http.SendAsync(request)).StatusCode != HttpStatusCode.OK) lost++;
    }
    var retried = 0;
    var duplicates = 0;
    foreach (var key in ledger.Unanswered.Keys.Concat(ledger.Refused.Keys).Distinct())
    {
        var first = await FileAsync(http, key);
        var second = await FileAsync(http, key);
        retried++;
        if (first.Number is null || first.Number != second.Number) duplicates++;
        if (ledger.Acknowledged.Values.Any(a => a.Key == key && a.TrackingNumber != first.Number)) duplicates++;
    }
    return
    [
        lost == 0 ? $"ok: all {ledger.Acknowledged.Count} acknowledged filings are there" : $"FAIL: {lost} acknowledged filings are missing",
        duplicates == 0
            ? $"ok: {retried} keys retried after a failure each gave exactly one case"
            : $"FAIL: {duplicates} of {retried} retried keys gave a second case or none",
    ];
}

// The asynchronous projections (the employer registry) reach the event store's last event after the kills.
static async Task<string> ProjectionsCaughtUpAsync(string connectionString, TimeSpan limit)
{
    await using var connection = new Npgsql.NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var last = new Npgsql.NpgsqlCommand("select coalesce(max(seq_id), 0) from laborrights.mt_events", connection);
    var highest = (long)(await last.ExecuteScalarAsync())!;
    var clock = Stopwatch.StartNew();
    var behind = new List<string>();
    while (clock.Elapsed < limit)
    {
        behind.Clear();
        await using var progress = new Npgsql.NpgsqlCommand(
            "select name, coalesce(last_seq_id, 0) from laborrights.mt_event_progression where name not like 'HighWater%'", connection);
        await using (var reader = await progress.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                if (reader.GetInt64(1) < highest) behind.Add($"{reader.GetString(0)} at {reader.GetInt64(1)}");
        if (behind.Count == 0)
            return $"ok: every asynchronous projection reached the last event ({highest}) within {clock.Elapsed.TotalSeconds:0.0} s of checking";
        await Task.Delay(500);
    }
    return $"FAIL: projections behind the last event ({highest}) after {limit.TotalSeconds} s: {string.Join(", ", behind)}";
}

async Task ClientAsync(int port, Ledger ledger, CancellationToken stop)
{
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    while (!stop.IsCancellationRequested)
    {
        var key = "trial-" + Guid.NewGuid().ToString("N");
        var at = ledger.Clock.Elapsed;
        try
        {
            using var request = Filing(key);
            using var response = await http.SendAsync(request, stop);
            var status = (int)response.StatusCode;
            ledger.Answers.Add(new Answer(at, ledger.Clock.Elapsed - at, status, response.Headers.RetryAfter is not null));
            if (status == 201)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>(stop);
                ledger.Acknowledged[key] = new Filed(key, body.GetProperty("trackingNumber").GetString()!, body.GetProperty("accessCode").GetString()!);
            }
            else
            {
                ledger.Refused[key] = status;
                if (status == 503) await Task.Delay(TimeSpan.FromSeconds(1), stop);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            // No answer: the client cannot know whether it was stored, so it must retry with the same key.
            ledger.Unanswered[key] = e.GetType().Name;
            if (!stop.IsCancellationRequested) await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    }
}

static async Task WarmUpAsync(int port, Ledger ledger)
{
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(90) };
    var key = "warm-" + Guid.NewGuid().ToString("N");
    var at = ledger.Clock.Elapsed;
    using var request = Filing(key);
    using var response = await http.SendAsync(request);
    ledger.Answers.Add(new Answer(at, ledger.Clock.Elapsed - at, (int)response.StatusCode, response.Headers.RetryAfter is not null));
    if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"warm-up filing answered {(int)response.StatusCode}");
    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
    ledger.Acknowledged[key] = new Filed(key, body.GetProperty("trackingNumber").GetString()!, body.GetProperty("accessCode").GetString()!);
}

static HttpRequestMessage Filing(string key)
{
    var request = new HttpRequestMessage(HttpMethod.Post, "/api/complaints/wage-arrears")
    {
        Content = JsonContent.Create(new
        {
            complainantName = "王建国", residentId = "11010519491231002X", phone = "13812345678",
            employerName = "济南鲁泰建筑工程有限公司", employerCreditCode = "91350100M000100Y43", countyCode = "370102",
            constructionProject = "历下区某安置房项目", workersAffected = 4, amountClaimed = 36000.00m,
            employedFrom = "2025-09-01", employedTo = "2026-10-31", description = "2025年9月至2026年10月工资未结清，多次讨要未果。",
        }),
    };
    request.Headers.Add("Idempotency-Key", key);
    return request;
}

static async Task<(int Status, string? Number)> FileAsync(HttpClient http, string key)
{
    using var request = Filing(key);
    using var response = await http.SendAsync(request);
    if (!response.IsSuccessStatusCode) return ((int)response.StatusCode, null);
    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
    return ((int)response.StatusCode, body.GetProperty("trackingNumber").GetString());
}

static Process StartApp(string dll, IReadOnlyDictionary<string, string> environment, int port)
{
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
    start.ArgumentList.Add(dll);
    start.ArgumentList.Add("--urls");
    start.ArgumentList.Add($"http://127.0.0.1:{port}");
    foreach (var (key, value) in environment) start.Environment[key] = value;
    var process = Process.Start(start)!;
    // Drained, not shown: the trial's own lines are the result.
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, _) => { };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static async Task<int> RunAsync(string dll, IReadOnlyDictionary<string, string> environment, params string[] arguments)
{
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
    start.ArgumentList.Add(dll);
    foreach (var argument in arguments) start.ArgumentList.Add(argument);
    foreach (var (key, value) in environment) start.Environment[key] = value;
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (process.ExitCode != 0) Console.Error.WriteLine(await output + await error);
    return process.ExitCode;
}

/// <summary>Waits for readiness; answers the trial clock's time at which the node was ready.</summary>
static async Task<TimeSpan> WaitReadyAsync(int port, TimeSpan limit)
{
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < limit)
    {
        try
        {
            if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return Ledger.Shared.Elapsed;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
        await Task.Delay(100);
    }
    throw new TimeoutException($"not ready within {limit.TotalSeconds} s");
}

static string Counts(IEnumerable<Answer> answers) =>
    string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()}×{g.Key}"));

static double Median(List<double> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static void Check(bool condition, string what)
{
    if (!condition) throw new InvalidOperationException("Set-up failed: " + what);
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "LaborRights.sln"))) return dir.FullName;
    throw new InvalidOperationException("Run from inside the repository.");
}

internal sealed record Answer(TimeSpan At, TimeSpan Latency, int Status, bool RetryAfter);

internal sealed record Filed(string Key, string TrackingNumber, string AccessCode);

internal sealed class Ledger
{
    public static readonly Stopwatch Shared = Stopwatch.StartNew();
    public Stopwatch Clock => Shared;
    public ConcurrentBag<Answer> Answers { get; } = [];
    public ConcurrentDictionary<string, Filed> Acknowledged { get; } = new();
    public ConcurrentDictionary<string, int> Refused { get; } = new();
    public ConcurrentDictionary<string, string> Unanswered { get; } = new();
}
