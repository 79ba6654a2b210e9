using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace LaborRights.Bench;

/// <summary>
/// What the PostgreSQL server of the run can do on its own, measured in the same run: pgbench transactions of one
/// inserted row (the intake's floor) and COPY of the same rows the application wrote (the import's and rebuild's).
/// Baseline tables live in their own schema and are dropped afterwards.
/// </summary>
internal sealed partial class Baselines(string connectionString, string pgbench, string workDirectory)
{
    private const string Schema = "bench_baseline";

    // One row the size of a complaint's event body: what a single durable insert transaction costs the server.
    private const string InsertScript = """
        insert into bench_baseline.one_row(payload) values ('{"complainantName":"王建国","residentId":"11010519491231002X","phone":"13812345678","employerName":"济南鲁泰建筑工程有限公司","employerCreditCode":"91350100M000100Y43","countyCode":"370102","constructionProject":"历下区某安置房项目","workersAffected":4,"amountClaimed":36000.00,"employedFrom":"2025-09-01","employedTo":"2026-10-31","description":"2025年9月至2026年10月工资未结清，多次讨要未果。"}');
        """;

    public async Task PrepareAsync()
    {
        await ExecuteAsync($"create schema if not exists {Schema}; " +
            $"create table if not exists {Schema}.one_row(id bigserial primary key, payload jsonb not null, created_at timestamptz not null default now())");
    }

    /// <summary>pgbench with the given clients for a 3 s warm-up and then the measured period; latencies from its per-transaction log.</summary>
    public async Task<Measured> OneRowInsertsAsync(int clients, TimeSpan duration)
    {
        var script = Path.Combine(workDirectory, "one-row.sql");
        await File.WriteAllTextAsync(script, InsertScript);
        await RunPgbenchAsync(clients, TimeSpan.FromSeconds(3), script, log: null);
        var prefix = Path.Combine(workDirectory, $"pgbench-{clients}");
        var before = CpuMeter.Read(appPid: null);
        var output = await RunPgbenchAsync(clients, duration, script, prefix);
        var cpu = CpuMeter.Read(appPid: null) - before;
        var latencies = new List<double>();
        foreach (var file in Directory.GetFiles(workDirectory, Path.GetFileName(prefix) + ".*"))
        {
            // client_id transaction_no time_us script_no epoch epoch_us (pgbench's per-transaction log)
            foreach (var line in File.ReadLines(file))
                latencies.Add(double.Parse(line.Split(' ')[2], CultureInfo.InvariantCulture) / 1000.0);
            File.Delete(file);
        }
        var tps = TpsLine().Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var failed = FailedLine().Match(output) is { Success: true } f ? int.Parse(f.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var measured = Measured.Of(clients, latencies, failed, duration);
        return measured with { PerSecond = tps, Cpu = cpu };
    }

    /// <summary>
    /// The event rows the application wrote, copied out to a file and COPYed back into a table of the same shape:
    /// the rate at which this server takes those very rows in bulk (rows/s), the import's and the rebuild's ceiling.
    /// </summary>
    public async Task<(long Rows, double RowsPerSecond)> CopyEventsAsync()
    {
        var file = Path.Combine(workDirectory, "events.copy");
        await ExecuteAsync($"drop table if exists {Schema}.events; create table {Schema}.events (like laborrights.mt_events including defaults)");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var source = await connection.BeginRawBinaryCopyAsync("copy laborrights.mt_events to stdout (format binary)"))
        await using (var target = File.Create(file))
            await source.CopyToAsync(target);
        var clock = Stopwatch.StartNew();
        await using (var sink = await connection.BeginRawBinaryCopyAsync($"copy {Schema}.events from stdin (format binary)"))
        await using (var data = File.OpenRead(file))
            await data.CopyToAsync(sink);
        var elapsed = clock.Elapsed;
        File.Delete(file);
        await using var count = new NpgsqlCommand($"select count(*) from {Schema}.events", connection);
        var rows = (long)(await count.ExecuteScalarAsync())!;
        await ExecuteAsync($"drop table {Schema}.events");
        return (rows, rows / elapsed.TotalSeconds);
    }

    public Task DropAsync() => ExecuteAsync($"drop schema if exists {Schema} cascade");

    public async Task<long> EventCountAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from laborrights.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Waits until every asynchronous projection has reached the last event and the benchmark has no pending case:
    /// the reads are measured on a node that has caught up, and the wait is itself a figure (how far behind an import
    /// leaves the projections). Answers the seconds waited, or null when not caught up within the limit.
    /// </summary>
    public async Task<double?> WaitForProjectionsAsync(TimeSpan limit)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            await using var command = new NpgsqlCommand(
                "select (select coalesce(max(seq_id), 0) from laborrights.mt_events)" +
                " - coalesce((select min(last_seq_id) from laborrights.mt_event_progression where name <> 'HighWaterMark'), 0)" +
                " + (select count(*) from laborrights.mt_doc_benchmarkpendingcase)", connection);
            if ((long)(await command.ExecuteScalarAsync())! <= 0) return clock.Elapsed.TotalSeconds;
            await Task.Delay(500);
        }
        return null;
    }

    public async Task<string> ServerVersionAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection.PostgreSqlVersion.ToString();
    }

    private async Task<string> RunPgbenchAsync(int clients, TimeSpan duration, string script, string? log)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(pgbench) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workDirectory };
        foreach (var argument in (string[])["-n", "-M", "prepared", "-c", $"{clients}", "-j", $"{Math.Min(clients, Environment.ProcessorCount)}",
                     "-T", $"{(int)Math.Ceiling(duration.TotalSeconds)}", "-f", script,
                     "-h", connection.Host!, "-p", $"{connection.Port}", "-U", connection.Username!, connection.Database!])
            start.ArgumentList.Add(argument);
        if (log is not null)
        {
            start.ArgumentList.Add("-l");
            start.ArgumentList.Add("--log-prefix=" + log);
        }
        if (connection.Password is { Length: > 0 } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pgbench exited with {process.ExitCode}: {await error}");
        return await output;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsLine();

    [GeneratedRegex(@"number of failed transactions: ([0-9]+)")]
    private static partial Regex FailedLine();
}
