// The fault trials of issue 15 (results in docs/reliability.md). The application's own Release build runs as its
// own process in the Production profile (ADR 0027) on a throwaway PostgreSQL cluster of this machine's binaries, on
// loopback, under a filing load of concurrent clients that retry with the same Idempotency-Key, as a phone would.
//   outage [secondsDown] : PostgreSQL stopped for secondsDown (default 15) under load, then started again.
//   crash [trials]       : the application killed with SIGKILL at a random moment under load, restarted (default 20).
//   nodes [rounds]       : two nodes on one database under load; the node running the projection daemon killed each
//                          round (default 5) and restarted; the benchmark afterwards compared with a single-node rebuild.
// Every trial then checks: every filing that got 201 is there (tracking answers it), and a key retried after a
// failure gives one case (the same tracking number twice); the crash and node trials also accept discrimination
// complaints under load and check that each acceptance opened exactly one linked inspection and that every deadline
// message is scheduled exactly once. Exit code 0 when nothing acknowledged was lost.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using LaborRights.Database;
using LaborRights.Tools;

var mode = args.ElementAtOrDefault(0) ?? "outage";
var parameter = int.TryParse(args.ElementAtOrDefault(1), out var p) ? p : mode switch { "crash" => 20, "nodes" => 5, _ => 15 };
var root = AppProcess.FindRoot();
// The Release build, or the build a production image carries (docker/publish-static.sh OUT; LABORRIGHTS_TRIAL_APP=OUT/LaborRights.dll).
var dll = AppProcess.ReleaseBuild(root, "LABORRIGHTS_TRIAL_APP");
if (!File.Exists(dll)) { Console.Error.WriteLine($"Build first: dotnet build src/LaborRights -c Release ({dll} is missing)."); return 2; }

await using var postgres = await PostgresProvisioner.StartRestartableClusterAsync(Console.WriteLine);
var environment = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["ConnectionStrings__LaborRights"] = postgres.ConnectionString,
    // The trials measure faults, not the public rate limits: one loopback address files and tracks everything.
    ["RateLimiting__Enabled"] = "false",
};
Check(await AppProcess.RunAsync(dll, environment, "db-apply") == 0, "db-apply succeeds");
const string StaffPassword = "Trial-2026-laodong";
var staffEnvironment = new Dictionary<string, string>(environment) { ["LABORRIGHTS_NEW_ACCOUNT_PASSWORD"] = StaffPassword };
Check(await AppProcess.RunAsync(dll, staffEnvironment, "add-staff-account", "trial.inspector", "--role", "inspector", "--division", "370102") == 0, "an inspector account");
Check(await AppProcess.RunAsync(dll, staffEnvironment, "add-staff-account", "trial.supervisor", "--role", "supervisor", "--division", "370000") == 0, "a supervisor account");

var ledger = new Ledger();
var results = mode switch
{
    "crash" => await CrashTrialsAsync(parameter),
    "nodes" => await NodeTrialsAsync(parameter),
    _ => await OutageTrialAsync(parameter),
};
Console.WriteLine();
foreach (var line in results) Console.WriteLine(line);
return results.Any(r => r.StartsWith("FAIL", StringComparison.Ordinal)) ? 1 : 0;

async Task<List<string>> OutageTrialAsync(int secondsDown)
{
    var port = AppProcess.FreePort();
    using var app = AppProcess.Start(dll, environment, port);
    await AppProcess.WaitReadyAsync(port, TimeSpan.FromSeconds(60));
    using var load = new CancellationTokenSource();
    var clients = Enumerable.Range(0, 8).Select(_ => ClientAsync([port], ledger, load.Token)).ToList();
    await Task.Delay(TimeSpan.FromSeconds(5));
    var stoppedAt = ledger.Clock.Elapsed;
    postgres.StopServer();
    await Task.Delay(TimeSpan.FromSeconds(secondsDown));
    var startedAt = ledger.Clock.Elapsed;
    postgres.StartServer();
    await AppProcess.WaitReadyAsync(port, TimeSpan.FromSeconds(60));
    var recovered = ledger.Clock.Elapsed;
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
        var port = AppProcess.FreePort();
        using var app = AppProcess.Start(dll, environment, port);
        var started = Stopwatch.StartNew();
        await AppProcess.WaitReadyAsync(port, TimeSpan.FromSeconds(90));
        restarts.Add(started.Elapsed.TotalSeconds);
        // The first filing after a start waits for the endpoint's code to be generated (ADR 0005): the kill must land
        // among requests in flight, so the load starts once the node files at its usual speed.
        await WarmUpAsync(port, ledger);
        firstFilings.Add(started.Elapsed.TotalSeconds);
        var token = await AppProcess.SignInAsync(port, "trial.inspector", StaffPassword);
        using var load = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 6).Select(_ => ClientAsync([port], ledger, load.Token))
            .Concat(Enumerable.Range(0, 2).Select(_ => AcceptingClientAsync([port], token, ledger, load.Token))).ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(500 + random.Next(2_500)));
        // SIGKILL: no shutdown, no flush — the process simply stops, as in a power cut of the node.
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
        await load.CancelAsync();
        await Task.WhenAll(clients);
        Console.WriteLine($"trial {trial}: killed after {ledger.Answers.Count} answers so far, {ledger.Acknowledged.Count} acknowledged");
    }
    var final = AppProcess.FreePort();
    using var last = AppProcess.Start(dll, environment, final);
    await AppProcess.WaitReadyAsync(final, TimeSpan.FromSeconds(90));
    var verification = await VerifyAsync(final, ledger);
    verification.Add(await ProjectionsCaughtUpAsync(postgres.ConnectionString, TimeSpan.FromSeconds(90)));
    verification.AddRange(await MessagesTookEffectOnceAsync(postgres.ConnectionString, ledger, TimeSpan.FromSeconds(90)));
    last.Kill(entireProcessTree: true);
    return
    [
        $"{trials} SIGKILL trials under 8 clients: {ledger.Answers.Count} requests, {ledger.Acknowledged.Count} filings acknowledged (201), " +
            $"{ledger.Unanswered.Count} cut off without an answer; {ledger.Accepted.Count} discrimination complaints accepted (200), " +
            $"{ledger.AcceptanceUnanswered.Count} acceptances cut off",
        $"start to ready after a kill: median {Median(restarts):0.0} s, max {restarts.Max():0.0} s; " +
            $"to the first filing answered: median {Median(firstFilings):0.0} s, max {firstFilings.Max():0.0} s",
        .. verification,
    ];
}

// Two nodes on one database behind a client that alternates between them. Each round the node running the projection
// daemon (the holder of its advisory lock) is killed with SIGKILL and restarted; the other must take the projections
// over, and at no moment may both run them. Afterwards the benchmark ranking the cluster answers must equal the one a
// single node rebuilds from the events.
async Task<List<string>> NodeTrialsAsync(int rounds)
{
    string[] names = ["node-a", "node-b"];
    int[] ports = [AppProcess.FreePort(), AppProcess.FreePort()];
    var nodes = new Process[2];
    Process Launch(int i) => AppProcess.Start(dll, new Dictionary<string, string>(environment)
    {
        // The application name tells the nodes' sessions apart in pg_stat_activity.
        ["ConnectionStrings__LaborRights"] = postgres.ConnectionString + $";Application Name={names[i]}",
    }, ports[i]);
    for (var i = 0; i < 2; i++)
    {
        nodes[i] = Launch(i);
        await AppProcess.WaitReadyAsync(ports[i], TimeSpan.FromSeconds(90));
        await WarmUpAsync(ports[i], ledger);
    }
    var token = await AppProcess.SignInAsync(ports[0], "trial.inspector", StaffPassword);

    using var sampling = new CancellationTokenSource();
    var samples = new ConcurrentQueue<(TimeSpan At, string[] Holders)>();
    var sampler = SampleDaemonHoldersAsync(postgres.ConnectionString, samples, sampling.Token);
    using var load = new CancellationTokenSource();
    var clients = Enumerable.Range(0, 6).Select(_ => ClientAsync(ports, ledger, load.Token))
        .Concat(Enumerable.Range(0, 2).Select(_ => AcceptingClientAsync(ports, token, ledger, load.Token))).ToList();
    var random = new Random(20261207);
    var takeovers = new List<double>();
    var missedTakeovers = 0;
    for (var round = 1; round <= rounds; round++)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(3_000 + random.Next(3_000)));
        var holder = await HolderAsync(samples, null, TimeSpan.FromSeconds(30));
        var victim = Array.IndexOf(names, holder);
        if (victim < 0) { missedTakeovers++; Console.WriteLine($"round {round}: no node holds the daemon lock"); continue; }
        var killedAt = ledger.Clock.Elapsed;
        nodes[victim].Kill(entireProcessTree: true);
        await nodes[victim].WaitForExitAsync();
        var survivor = names[1 - victim];
        if (await HolderAsync(samples, survivor, TimeSpan.FromSeconds(30)) == survivor) takeovers.Add((ledger.Clock.Elapsed - killedAt).TotalSeconds);
        else missedTakeovers++;
        Console.WriteLine($"round {round}: killed {names[victim]} (daemon), {survivor} took over in {(ledger.Clock.Elapsed - killedAt).TotalSeconds:0.0} s; " +
            $"{ledger.Acknowledged.Count} filings acknowledged so far");
        nodes[victim].Dispose();
        // The last round leaves the node down long enough for its Wolverine agents (the benchmark worker's timer) to
        // move, as when a machine does not come back.
        if (round == rounds) await Task.Delay(TimeSpan.FromSeconds(40));
        nodes[victim] = Launch(victim);
        await AppProcess.WaitReadyAsync(ports[victim], TimeSpan.FromSeconds(90));
    }
    await Task.Delay(TimeSpan.FromSeconds(3));
    await load.CancelAsync();
    await Task.WhenAll(clients);
    await sampling.CancelAsync();
    await sampler;

    var verification = await VerifyAsync(ports[0], ledger);
    verification.Add(await ProjectionsCaughtUpAsync(postgres.ConnectionString, TimeSpan.FromSeconds(90)));
    verification.AddRange(await MessagesTookEffectOnceAsync(postgres.ConnectionString, ledger, TimeSpan.FromSeconds(90)));
    var daemonKey = DaemonKey(samples);
    var overlaps = samples.Count(s => s.Holders.Where(h => h.EndsWith(":" + daemonKey, StringComparison.Ordinal)).Select(h => h[..h.IndexOf(':')]).Distinct().Count() > 1);
    // The benchmark worker (a recurring schedule on one node) drains the cases marked pending; the longest stretch
    // in which the count never fell is the longest the worker was away, kills included.
    var longestWithoutDrain = 0.0;
    var (since, last) = (TimeSpan.Zero, -1L);
    foreach (var (at, holders) in samples)
    {
        var count = long.Parse(holders.First(h => h.StartsWith("pending:", StringComparison.Ordinal))["pending:".Length..]);
        if (last < 0 || count < last || count == 0) since = at;
        else longestWithoutDrain = Math.Max(longestWithoutDrain, (at - since).TotalSeconds);
        last = count;
    }
    var supervisor = await AppProcess.SignInAsync(ports[0], "trial.supervisor", StaffPassword);
    var clustered = await RankingAsync(ports[0], supervisor);
    foreach (var node in nodes) { node.Kill(entireProcessTree: true); await node.WaitForExitAsync(); }

    var rebuilt = await AppProcess.RunAsync(dll, environment, "rebuild-benchmark") == 0;
    using var single = AppProcess.Start(dll, environment, ports[0]);
    await AppProcess.WaitReadyAsync(ports[0], TimeSpan.FromSeconds(90));
    var afterRebuild = await RankingAsync(ports[0], await AppProcess.SignInAsync(ports[0], "trial.supervisor", StaffPassword));
    single.Kill(entireProcessTree: true);
    return
    [
        $"{rounds} rounds, two nodes under 8 clients: {ledger.Answers.Count} requests, {ledger.Acknowledged.Count} filings acknowledged (201), " +
            $"{ledger.Unanswered.Count} cut off without an answer; {ledger.Accepted.Count} discrimination complaints accepted (200)",
        missedTakeovers == 0
            ? $"ok: the surviving node took the projections over every round: median {Median(takeovers):0.0} s, max {takeovers.DefaultIfEmpty().Max():0.0} s after the kill"
            : $"FAIL: {missedTakeovers} rounds without a takeover within 30 s",
        overlaps == 0
            ? $"ok: in {samples.Count} samples (every 100 ms) never more than one node held the projection daemon"
            : $"FAIL: {overlaps} samples with two nodes running the projection daemon",
        longestWithoutDrain < 45
            ? $"ok: the benchmark worker drained pending cases at least every {longestWithoutDrain:0.0} s throughout (its schedule: every 10 s)"
            : $"FAIL: the benchmark worker was away for {longestWithoutDrain:0.0} s",
        .. verification,
        rebuilt && clustered == afterRebuild && clustered.Length > 2
            ? $"ok: the county ranking after the trials equals a single-node rebuild from the events ({clustered.Length} bytes of JSON)"
            : $"FAIL: the county ranking differs from a single-node rebuild (rebuild {(rebuilt ? "ran" : "failed")})",
    ];
}

// Which node's session holds the projection daemon's advisory lock, every 100 ms.
static async Task SampleDaemonHoldersAsync(string connectionString, ConcurrentQueue<(TimeSpan, string[])> samples, CancellationToken stop)
{
    await using var connection = new Npgsql.NpgsqlConnection(connectionString);
    await connection.OpenAsync(CancellationToken.None);
    while (!stop.IsCancellationRequested)
    {
        var holders = new List<string>();
        await using (var command = new Npgsql.NpgsqlCommand(
            "select a.application_name || ':' || l.objid from pg_locks l join pg_stat_activity a on a.pid = l.pid " +
            // Marten derives the daemon's key from Cluster.DaemonLockId; the application's own locks (benchmark
            // updater, read-model upgrade) have a non-zero high half ("LR"), Wolverine's sessions their own names.
            "where l.locktype = 'advisory' and l.granted and l.classid = 0 and a.application_name in ('node-a', 'node-b')", connection))
        await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
            while (await reader.ReadAsync(CancellationToken.None)) holders.Add(reader.GetString(0));
        await using (var pending = new Npgsql.NpgsqlCommand("select count(*) from laborrights.mt_doc_benchmarkpendingcase", connection))
            holders.Add("pending:" + (long)(await pending.ExecuteScalarAsync(CancellationToken.None))!);
        samples.Enqueue((Ledger.Shared.Elapsed, holders.Distinct().ToArray()));
        try { await Task.Delay(100, stop); } catch (OperationCanceledException) { }
    }
}

// The node holding the daemon lock in the latest sample (or, given one, once that node holds it), within the limit.
static async Task<string?> HolderAsync(ConcurrentQueue<(TimeSpan At, string[] Holders)> samples, string? awaited, TimeSpan limit)
{
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < limit)
    {
        var key = DaemonKey(samples);
        var latest = (samples.LastOrDefault().Holders ?? []).Where(h => key is not null && h.EndsWith(":" + key, StringComparison.Ordinal))
            .Select(h => h[..h.IndexOf(':')]).Distinct().ToArray();
        if (latest.Length == 1 && (awaited is null || latest[0] == awaited)) return latest[0];
        await Task.Delay(50);
    }
    return null;
}

// The key of the daemon's lock: the advisory lock a node's session holds in the most samples (Marten derives it).
static string? DaemonKey(IEnumerable<(TimeSpan At, string[] Holders)> samples) => samples
    .SelectMany(s => s.Holders).Where(h => !h.StartsWith("pending:", StringComparison.Ordinal)).Select(h => h[(h.IndexOf(':') + 1)..])
    .GroupBy(k => k).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

static async Task<string> RankingAsync(int port, string token)
{
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
    using var response = await http.GetAsync($"/api/benchmarks/counties?period={year}");
    return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : $"{(int)response.StatusCode}";
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

// A phone filing wage-arrears complaints; with several nodes it sends each request to the next one (a load balancer).
async Task ClientAsync(int[] ports, Ledger ledger, CancellationToken stop)
{
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    var turn = Random.Shared.Next(ports.Length);
    while (!stop.IsCancellationRequested)
    {
        var key = "trial-" + Guid.NewGuid().ToString("N");
        var at = ledger.Clock.Elapsed;
        try
        {
            using var request = Filing(key);
            request.RequestUri = new Uri($"http://127.0.0.1:{ports[turn++ % ports.Length]}/api/complaints/wage-arrears");
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

// A worker files a discrimination complaint and an inspector accepts it at once: each acceptance sends the linkage
// message that opens an inspection of the employer (DiscriminationLinkage), so a kill lands among those messages too.
async Task AcceptingClientAsync(int[] ports, string token, Ledger ledger, CancellationToken stop)
{
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    var turn = Random.Shared.Next(ports.Length);
    while (!stop.IsCancellationRequested)
    {
        Guid? id = null;
        try
        {
            using var filing = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{ports[turn++ % ports.Length]}/api/complaints/discrimination")
            {
                Content = JsonContent.Create(new
                {
                    filingKind = "Complaint", filerName = "李秀英", filerPhone = "13812345678", employerName = "济南某科技有限公司",
                    employerCreditCode = "91350100M000100Y43", countyCode = "370102", parkCode = (string?)null, grounds = new[] { "Sex", "Age" },
                    otherGround = (string?)null, stage = "RecruitmentAd", occurredOn = DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd"),
                    description = "招聘广告写明“限男性，35岁以下”。", evidence = new[] { new { kind = "JobAdText", text = "限男性，35岁以下" } },
                }),
            };
            filing.Headers.Add("Idempotency-Key", "trial-d-" + Guid.NewGuid().ToString("N"));
            using var filed = await http.SendAsync(filing, stop);
            if (filed.StatusCode != HttpStatusCode.Created) { await Task.Delay(200, stop); continue; }
            id = (await filed.Content.ReadFromJsonAsync<JsonElement>(stop)).GetProperty("id").GetGuid();

            using var accept = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{ports[turn++ % ports.Length]}/api/discrimination/{id}/accept")
            {
                Content = JsonContent.Create(new { version = 1 }),
            };
            accept.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            using var accepted = await http.SendAsync(accept, stop);
            if (accepted.StatusCode == HttpStatusCode.OK) ledger.Accepted[id.Value] = true;
            else if (accepted.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                throw new InvalidOperationException($"the inspector was refused: {(int)accepted.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            if (id is { } cut) ledger.AcceptanceUnanswered[cut] = true;
            if (!stop.IsCancellationRequested) await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    }
}

// Linkage and deadline messages after the kills: every acceptance answered 200 opened its inspection, no acceptance
// opened two, and every case has each of its deadline messages scheduled exactly once (none missing, none twice).
static async Task<List<string>> MessagesTookEffectOnceAsync(string connectionString, Ledger ledger, TimeSpan limit)
{
    await using var connection = new Npgsql.NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    async Task<long> Count(string sql)
    {
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
    // The linkage messages still in the inbox are delivered by the running node; wait for them, bounded.
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < limit && await Count("select count(*) from laborrights.wolverine_incoming_envelopes where status not in ('Scheduled', 'Handled')") > 0)
        await Task.Delay(500);
    var pending = await Count("select count(*) from laborrights.wolverine_incoming_envelopes where status not in ('Scheduled', 'Handled')");
    var deadLetters = await Count("select count(*) from laborrights.wolverine_dead_letters");
    var stuck = new List<string>();
    await using (var command = new Npgsql.NpgsqlCommand(
        "select message_type, status, owner_id, count(*) from laborrights.wolverine_incoming_envelopes where status not in ('Scheduled', 'Handled') group by 1, 2, 3", connection))
    await using (var reader = await command.ExecuteReaderAsync())
        while (await reader.ReadAsync()) stuck.Add($"{reader.GetString(0).Split('.').Last()} {reader.GetValue(1)} owner {reader.GetValue(2)}: {reader.GetInt64(3)}");
    await using (var command = new Npgsql.NpgsqlCommand(
        "select message_type, exception_type, left(exception_message, 300) from laborrights.wolverine_dead_letters", connection))
    await using (var reader = await command.ExecuteReaderAsync())
        while (await reader.ReadAsync()) stuck.Add($"dead letter {reader.GetValue(0)}: {reader.GetValue(1)} {reader.GetValue(2)}");

    var acceptedInStore = new HashSet<Guid>();
    await using (var command = new Npgsql.NpgsqlCommand(
        "select distinct stream_id from laborrights.mt_events where type = 'discrimination_complaint_accepted'", connection))
    await using (var reader = await command.ExecuteReaderAsync())
        while (await reader.ReadAsync()) acceptedInStore.Add(reader.GetGuid(0));
    var inspections = await Count("select count(*) from laborrights.mt_streams where type = 'inspection_case'");
    var lostAcceptances = ledger.Accepted.Keys.Count(id => !acceptedInStore.Contains(id));

    // Scheduled messages: the same message twice would be two envelopes with the same body.
    var scheduled = new List<(string Type, long Count, long Distinct)>();
    await using (var command = new Npgsql.NpgsqlCommand(
        "select message_type, count(*), count(distinct body) from laborrights.wolverine_incoming_envelopes where status = 'Scheduled' group by 1 order by 1", connection))
    await using (var reader = await command.ExecuteReaderAsync())
        while (await reader.ReadAsync()) scheduled.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
    long Scheduled(string type) => scheduled.Where(s => s.Type.Split('.', '+').Last() == type).Sum(s => s.Count);
    var wageArrears = await Count("select count(*) from laborrights.mt_streams where type = 'wage_arrears_case'");
    var discrimination = await Count("select count(*) from laborrights.mt_streams where type = 'discrimination_case'");
    var expected = new (string Message, long Cases)[]
    {
        ("AcceptanceDeadlineReached", wageArrears),
        ("DiscriminationAcceptanceDeadlineReached", discrimination),
        ("DiscriminationInvestigationDeadlineReached", acceptedInStore.Count),
        // An inspection opened by a discrimination complaint runs on that complaint's clock (InspectionDeadlineSchedule).
        ("InspectionDeadlineReached", inspections - acceptedInStore.Count),
    };
    return
    [
        pending == 0 && deadLetters == 0
            ? $"ok: the inbox drained within {clock.Elapsed.TotalSeconds:0.0} s, no dead letters"
            : $"FAIL: {pending} messages still pending after {limit.TotalSeconds} s ({string.Join("; ", stuck)}), {deadLetters} dead letters",
        lostAcceptances == 0
            ? $"ok: all {ledger.Accepted.Count} acceptances answered 200 are in the store ({acceptedInStore.Count} accepted in all, counting acceptances cut off)"
            : $"FAIL: {lostAcceptances} acceptances answered 200 are missing",
        inspections == acceptedInStore.Count
            ? $"ok: {inspections} linked inspections for {acceptedInStore.Count} accepted complaints — exactly one each"
            : $"FAIL: {inspections} linked inspections for {acceptedInStore.Count} accepted complaints",
        scheduled.All(s => s.Count == s.Distinct)
            ? $"ok: no deadline message scheduled twice ({string.Join(", ", scheduled.Select(s => $"{s.Type.Split('.').Last()} {s.Count}"))})"
            : $"FAIL: deadline messages scheduled twice: {string.Join(", ", scheduled.Where(s => s.Count != s.Distinct).Select(s => $"{s.Type} {s.Count - s.Distinct}"))}",
        .. expected.Select(e => Scheduled(e.Message) == e.Cases
            ? $"ok: {e.Message} scheduled {e.Cases} times for {e.Cases} cases"
            : $"FAIL: {e.Message} scheduled {Scheduled(e.Message)} times for {e.Cases} cases"),
    ];
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

static string Counts(IEnumerable<Answer> answers) =>
    string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()}×{g.Key}"));

static double Median(List<double> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);

static void Check(bool condition, string what)
{
    if (!condition) throw new InvalidOperationException("Set-up failed: " + what);
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
    public ConcurrentDictionary<Guid, bool> Accepted { get; } = new();
    public ConcurrentDictionary<Guid, bool> AcceptanceUnanswered { get; } = new();
}
