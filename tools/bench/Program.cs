// The performance benchmark of issue 18: one command that measures the application against its own PostgreSQL.
//   dotnet build -c Release src/LaborRights && dotnet run -c Release --project tools/bench -- [smoke|standard|full] [--out DIR]
// It starts a throwaway PostgreSQL with production durability through the database helper (PostgresPurpose.Benchmark)
// and the application's Release build as its own process, then runs each scenario beside a baseline of the same server
// taken in the same run, and writes performance.md (tables; the hand-written part below its marker is kept) and
// performance.json. "standard" and "full" write to docs/ unless --out says otherwise; "smoke" (a few seconds per
// scenario, 2,000 imported cases) writes to a temporary folder: its figures only show that the command works.
using System.Diagnostics;
using System.Runtime.InteropServices;
using LaborRights.Bench;
using LaborRights.Database;
using LaborRights.Tools;


var size = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "standard";
var plan = Plan.For(size);
var root = AppProcess.FindRoot();
var outIndex = Array.IndexOf(args, "--out");
var output = outIndex >= 0 && outIndex + 1 < args.Length ? Path.GetFullPath(args[outIndex + 1])
    : size == "smoke" ? Path.Combine(Path.GetTempPath(), "laborrights-bench") : Path.Combine(root, "docs");
var pgbench = PostgresTools.Find("pgbench");
if (pgbench is null) { Console.Error.WriteLine("pgbench was not found beside the PostgreSQL binaries (apt-get install postgresql)."); return 2; }

var work = Directory.CreateTempSubdirectory("laborrights-bench-").FullName;
// What is measured is what a production image runs: the build with Wolverine's code generated at build time
// (docker/publish-static.sh, ADR 0029), published afresh from the working tree. --dynamic measures the development
// Release build instead (code generated with Roslyn at start); LABORRIGHTS_BENCH_APP names another build.
var dll = Environment.GetEnvironmentVariable("LABORRIGHTS_BENCH_APP") switch
{
    { Length: > 0 } given => given,
    _ when args.Contains("--dynamic") => AppProcess.ReleaseBuild(root, "LABORRIGHTS_BENCH_APP"),
    _ => await PublishStaticAsync(root, Path.Combine(work, "app")),
};
if (!File.Exists(dll)) { Console.Error.WriteLine($"Build first: dotnet build src/LaborRights -c Release ({dll} is missing)."); return 2; }
var build = args.Contains("--dynamic") ? "Release build, code generated at start" : "static build of docker/publish-static.sh";
await using var postgres = await PostgresProvisioner.AcquireAsync(new PostgresRequest(PostgresPurpose.Benchmark, Log: Console.WriteLine));
var baselines = new Baselines(postgres.ConnectionString, pgbench, work);
var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
var environment = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["ConnectionStrings__LaborRights"] = postgres.ConnectionString,
    // One loopback address sends everything: the public windows would refuse it after a few filings.
    ["RateLimiting__Enabled"] = "false",
};
// --profile: a perf profile of the whole machine during intake at 16 clients, the largest import and the rebuild.
var profiler = args.Contains("--profile") && Profiler.Perf is not null ? new Profiler(Path.Combine(output, "performance-profiles")) : null;
Task ProfileAfter(TimeSpan after, string name, TimeSpan length) => profiler is null
    ? Task.CompletedTask
    : Task.Delay(after).ContinueWith(_ => profiler.RecordAsync(name, length)).Unwrap();
if (profiler is not null)
{
    // perf names JIT-compiled frames from the perf map; W^X double mapping would hide them behind memfd:doublemapper.
    environment["DOTNET_PerfMapEnabled"] = "1";
    environment["DOTNET_EnableWriteXorExecute"] = "0";
}
const string Password = "Bench-2026-laodong";
var accountEnvironment = new Dictionary<string, string>(environment) { ["LABORRIGHTS_NEW_ACCOUNT_PASSWORD"] = Password };
Check(await AppProcess.RunAsync(dll, environment, "db-apply") == 0, "db-apply");
Check(await AppProcess.RunAsync(dll, accountEnvironment, "add-staff-account", "bench.inspector", "--role", "inspector", "--division", Workload.County) == 0, "an inspector");
Check(await AppProcess.RunAsync(dll, accountEnvironment, "add-staff-account", "bench.supervisor", "--role", "supervisor", "--division", "370000") == 0, "a supervisor");
await baselines.PrepareAsync();

var report = new Report
{
    Date = DateTimeOffset.UtcNow,
    Size = size,
    Profiled = profiler is not null,
    Machine = new Machine(Environment.ProcessorCount, Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        RuntimeInformation.OSDescription, Environment.Version.ToString(), await baselines.ServerVersionAsync(), postgres.Source, build),
};
var startups = new List<(string When, double Seconds)>();

// 1. Intake and commands over HTTP beside pgbench's one-row transactions at the same client counts.
Console.WriteLine("intake and commands ...");
var oneRow = new Dictionary<int, Measured>();
foreach (var clients in plan.Clients)
{
    oneRow[clients] = await baselines.OneRowInsertsAsync(clients, plan.Duration);
    Console.WriteLine($"  pgbench {clients} client(s): {oneRow[clients].PerSecond:0} tps");
}
await using (var node = await Node.StartAsync(dll, environment, "empty store", startups))
{
    using var load = new Workload(node.Port);
    foreach (var clients in plan.Clients)
    {
        node.Rss.TakePeakMb();
        var profiling = clients == 16
            ? ProfileAfter(plan.WarmUp + TimeSpan.FromSeconds(2), "intake-16", plan.Duration - TimeSpan.FromSeconds(4))
            : Task.CompletedTask;
        var intake = await Load.RunAsync(clients, plan.WarmUp, plan.Duration, load.FileAsync, node.Pid);
        await profiling;
        report.Rows.Add(Figure("Intake: POST /api/complaints/wage-arrears", $"{clients} client{(clients > 1 ? "s" : "")}", intake, oneRow[clients],
            "pgbench one-row insert transactions/s", node.Rss.TakePeakMb()));
        Console.WriteLine($"  intake {clients} client(s): {intake.PerSecond:0}/s, p99 {intake.P99:0.0} ms");
    }

    var inspector = await AppProcess.SignInAsync(node.Port, "bench.inspector", Password);
    var commandClients = plan.Clients.Contains(16) ? 16 : plan.Clients.Max();
    node.Rss.TakePeakMb();
    var toAccept = new System.Collections.Concurrent.ConcurrentQueue<FiledCase>(load.Filed.Skip(1));
    var accept = await Load.RunAsync(commandClients, plan.WarmUp, plan.Duration, load.Accept(inspector, toAccept), node.Pid);
    report.Rows.Add(Figure("Commands on existing cases", $"accept, {commandClients} clients", accept, oneRow[commandClients],
        "pgbench one-row insert transactions/s", node.Rss.TakePeakMb()));
    var recovery = await Load.RunAsync(commandClients, plan.WarmUp, plan.Duration, load.RecordRecovery(inspector, today), node.Pid);
    report.Rows.Add(Figure("Commands on existing cases", $"record recovery, {commandClients} clients", recovery, oneRow[commandClients],
        "pgbench one-row insert transactions/s", node.Rss.TakePeakMb()));
    Console.WriteLine($"  accept {accept.PerSecond:0}/s, record recovery {recovery.PerSecond:0}/s");
    await File.WriteAllLinesAsync(Path.Combine(work, "tracked.txt"), [$"{load.Filed.First().Id} {load.Filed.First().TrackingNumber} {load.Filed.First().AccessCode}"]);
}
var tracked = File.ReadAllText(Path.Combine(work, "tracked.txt")).Trim().Split(' ') is [var id, var number, var code]
    ? new FiledCase(Guid.Parse(id), number, code) : throw new InvalidOperationException("no filed case to track");

// 2. Legacy import of each size, then reads at that size.
var imported = 0L;
var importedEvents = 0L;
foreach (var cases in plan.ImportSizes)
{
    Console.WriteLine($"import of {cases:N0} cases ...");
    var file = Path.Combine(work, $"history-{cases}.ndjson");
    Check(await AppProcess.RunAsync(dll, environment, "generate-wage-arrears-history", file, "--size", $"{cases}", "--seed", $"{cases % 997}",
        "--today", today.ToString("yyyy-MM-dd"), "--id-prefix", $"B{cases}") == 0, "generate-wage-arrears-history");
    var eventsBefore = await baselines.EventCountAsync();
    // Into the writing pass: the first pass (reading and checking every line) takes about 3 s per 100,000 lines.
    var profiling = cases == plan.ImportSizes[^1]
        ? ProfileAfter(TimeSpan.FromSeconds(Math.Max(5, cases / 10_000.0)), $"import-{cases}", TimeSpan.FromSeconds(30))
        : Task.CompletedTask;
    var (seconds, peak) = await Node.RunVerbAsync(dll, environment, "import-wage-arrears", file);
    await profiling;
    File.Delete(file);
    imported += cases;
    var events = await baselines.EventCountAsync() - eventsBefore;
    importedEvents += events;
    report.Rows.Add(new Row("Legacy import (import-wage-arrears, whole verb)", $"{cases:N0} cases ({events:N0} events)", cases / seconds, "cases/s",
        PeakRssMb: peak));
    Console.WriteLine($"  {cases / seconds:0} cases/s, {peak:0} MB");
    await ReadsAsync(imported);
}

// 3. COPY of the events the store holds (the import's and the rebuild's ceiling), then a full rebuild of the projections.
Console.WriteLine("COPY and projection rebuild ...");
var (copiedRows, copyRate) = await baselines.CopyEventsAsync();
var importRows = report.Rows.Where(r => r.Scenario.StartsWith("Legacy import", StringComparison.Ordinal)).ToList();
// An imported case is several event rows: COPY's cases/s is its rows/s over the events each imported case wrote.
var eventsPerCase = (double)importedEvents / imported;
foreach (var row in importRows)
{
    report.Rows[report.Rows.IndexOf(row)] = row with { Baseline = copyRate / eventsPerCase, BaselineWhat = $"cases/s by COPY of their event rows ({copyRate:N0} rows/s)" };
}
// Marten's default of 5 minutes per projection is too short at 1,000,000 cases (ProjectionRebuilds.ShardTimeout).
// A minute in (less for a small store, whose rebuild is over sooner): the projections are all running by then.
var rebuildProfiling = ProfileAfter(TimeSpan.FromSeconds(Math.Clamp(copiedRows / 20_000.0, 5, 60)), "rebuild", TimeSpan.FromSeconds(30));
var (rebuildSeconds, rebuildPeak) = await Node.RunVerbAsync(dll, environment, "projections", "rebuild", "--shard-timeout", "6h");
await rebuildProfiling;
report.Rows.Add(new Row("Projection rebuild (projections rebuild, all projections)", $"{copiedRows:N0} events", copiedRows / rebuildSeconds, "events/s",
    Baseline: copyRate, BaselineWhat: "rows/s by COPY of the same event rows", PeakRssMb: rebuildPeak));
var (benchmarkSeconds, benchmarkPeak) = await Node.RunVerbAsync(dll, environment, "rebuild-benchmark");
report.Rows.Add(new Row("Projection rebuild (projections rebuild, all projections)", "rebuild-benchmark (case facts and summaries)", copiedRows / benchmarkSeconds, "events/s",
    Baseline: copyRate, BaselineWhat: "rows/s by COPY of the same event rows", PeakRssMb: benchmarkPeak));

report.Rows.Add(new Row("Start-up", "start to ready", startups.Select(s => s.Seconds).DefaultIfEmpty().Max(), "s (slowest)"));
foreach (var (when, secondsToReady) in startups) report.Rows.Add(new Row("Start-up", $"start to ready, {when}", secondsToReady, "s"));
Targets.Evaluate(report);
await baselines.DropAsync();
await report.WriteAsync(output);
Directory.Delete(work, recursive: true);
Console.WriteLine($"Wrote {Path.Combine(output, "performance.md")} and performance.json.");
return 0;

async Task ReadsAsync(long importedCases)
{
    await using var node = await Node.StartAsync(dll, environment, $"{importedCases:N0} imported cases", startups);
    var caughtUp = await baselines.WaitForProjectionsAsync(TimeSpan.FromMinutes(15));
    report.Rows.Add(new Row("Asynchronous projections after the import", $"{importedCases:N0} imported cases: caught up after",
        caughtUp ?? double.NaN, caughtUp is null ? "s (not within 15 min)" : "s"));
    using var load = new Workload(node.Port);
    var inspector = await AppProcess.SignInAsync(node.Port, "bench.inspector", Password);
    var supervisor = await AppProcess.SignInAsync(node.Port, "bench.supervisor", Password);
    var year = today.Year - 1;
    var scenario = $"Reads at {importedCases:N0} imported cases (one client, sequential)";
    var reads = new (string What, Func<Task<bool>> Request, string Token)[]
    {
        ($"case detail GET /api/wage-arrears/{{id}}", () => load.GetAsync($"/api/wage-arrears/{tracked.Id}", inspector), inspector),
        ("queue page GET /api/queue?pageSize=50 (历下区 inspector)", () => load.GetAsync("/api/queue?pageSize=50", inspector), inspector),
        ($"ranking GET /api/benchmarks/counties?period={year}", () => load.GetAsync($"/api/benchmarks/counties?period={year}", supervisor), supervisor),
        ($"unit detail GET /api/benchmarks/counties/370102?period={year}", () => load.GetAsync($"/api/benchmarks/counties/370102?period={year}", supervisor), supervisor),
        ("tracking page POST /track", await load.TrackingPageAsync(tracked), ""),
    };
    foreach (var (what, request, _) in reads)
    {
        node.Rss.TakePeakMb();
        var measured = await Load.SequentialAsync(plan.Reads, request, TimeSpan.FromSeconds(30));
        report.Rows.Add(new Row(scenario, what, measured.PerSecond, "req/s", measured.P50, measured.P99, measured.Errors, PeakRssMb: node.Rss.TakePeakMb()));
        Console.WriteLine($"  {what}: p50 {measured.P50:0.0} ms, p99 {measured.P99:0.0} ms");
    }
}

static async Task<string> PublishStaticAsync(string root, string output)
{
    Console.WriteLine("publishing the production build (docker/publish-static.sh) ...");
    var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
    start.ArgumentList.Add(Path.Combine(root, "docker", "publish-static.sh"));
    start.ArgumentList.Add(output);
    using var process = Process.Start(start)!;
    var log = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (process.ExitCode != 0) throw new InvalidOperationException($"publish-static.sh failed: {await log}{await error}");
    return Path.Combine(output, "LaborRights.dll");
}

static Row Figure(string scenario, string measure, Measured app, Measured baseline, string baselineWhat, double peakMb) =>
    new(scenario, measure, app.PerSecond, "req/s", app.P50, app.P99, app.Errors, baseline.PerSecond, baselineWhat, peakMb)
    {
        Cpu = CpuShare.Of(app.Cpu, app.Requests),
        BaselineCpu = CpuShare.Of(baseline.Cpu, baseline.Requests),
    };

static void Check(bool condition, string what)
{
    if (!condition) throw new InvalidOperationException("Set-up failed: " + what);
}

/// <summary>How long each scenario runs at each size.</summary>
internal sealed record Plan(int[] Clients, TimeSpan WarmUp, TimeSpan Duration, long[] ImportSizes, int Reads)
{
    public static Plan For(string size) => size switch
    {
        "smoke" => new Plan([1, 4], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), [2_000], 20),
        "standard" => new Plan([1, 16, 64], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(20), [100_000], 300),
        "full" => new Plan([1, 16, 64], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(20), [100_000, 1_000_000], 300),
        _ => throw new ArgumentException($"size is smoke, standard or full, not {size}"),
    };
}

/// <summary>The application as its own process, with its resident set sampled while it runs.</summary>
internal sealed class Node : IAsyncDisposable
{
    private readonly Process _process;

    private Node(Process process, int port)
    {
        _process = process;
        Port = port;
        Rss = new RssSampler(process.Id);
    }

    public int Port { get; }
    public int Pid => _process.Id;
    public RssSampler Rss { get; }

    public static async Task<Node> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, string when, List<(string, double)> startups)
    {
        var port = AppProcess.FreePort();
        var clock = Stopwatch.StartNew();
        var node = new Node(AppProcess.Start(dll, environment, port), port);
        await AppProcess.WaitReadyAsync(port, TimeSpan.FromSeconds(120));
        startups.Add((when, clock.Elapsed.TotalSeconds));
        return node;
    }

    /// <summary>Runs a command-line verb to its end: wall seconds and its peak resident set.</summary>
    public static async Task<(double Seconds, double PeakMb)> RunVerbAsync(string dll, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        using var process = AppProcess.StartVerb(dll, environment, arguments);
        await using var rss = new RssSampler(process.Id);
        var exit = await AppProcess.FinishAsync(process);
        if (exit != 0) throw new InvalidOperationException($"{string.Join(' ', arguments)} exited with {exit}");
        return (clock.Elapsed.TotalSeconds, rss.PeakMb);
    }

    public async ValueTask DisposeAsync()
    {
        await Rss.DisposeAsync();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
