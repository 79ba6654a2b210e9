using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace LaborRights.Database;

/// <summary>
/// A private cluster started from the PostgreSQL binaries on this machine (PATH or /usr/lib/postgresql/*/bin),
/// on a free loopback port. PostgreSQL refuses to run as root, so as root the server runs as the
/// <c>postgres</c> OS user. A dev cluster keeps its files; a test cluster lives in a temp folder and is deleted.
/// </summary>
internal sealed class LocalCluster : PostgresInstance, IRestartablePostgres
{
    private const string DatabaseName = "laborrights";
    private readonly string _binaries;
    private readonly string _dataDirectory;
    private readonly bool _startedHere;
    private readonly bool _throwaway;
    private readonly PostgresPurpose _purpose;
    private readonly int _port;
    private int _disposed;

    /// <summary>
    /// Server settings of a benchmark cluster besides the defaults: memory for the measured data (the development
    /// machines have 24 GiB) and checkpoints spaced so that one does not land inside a short scenario; durability as
    /// shipped (fsync, synchronous_commit and full_page_writes on).
    /// </summary>
    /// <summary>
    /// Settings every server of the application should have (docker-compose.yml sets them too): lz4 for compressing
    /// large values, much cheaper in CPU than the default pglz, which the benchmark's profile showed among PostgreSQL's
    /// largest costs when the case index stores a case (docs/performance.md).
    /// </summary>
    internal static readonly string[] RecommendedSettings = ["default_toast_compression=lz4"];

    internal static readonly string[] BenchmarkSettings =
        ["shared_buffers=2GB", "effective_cache_size=8GB", "max_wal_size=8GB", "checkpoint_timeout=30min", "maintenance_work_mem=512MB"];

    private LocalCluster(string binaries, string dataDirectory, int port, bool startedHere, PostgresPurpose purpose)
    {
        var throwaway = purpose is not PostgresPurpose.Development;
        _binaries = binaries;
        _dataDirectory = dataDirectory;
        _startedHere = startedHere;
        _throwaway = throwaway;
        _purpose = purpose;
        _port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Database = DatabaseName,
            MaxPoolSize = 100,
        }.ConnectionString;
        if (throwaway) AppDomain.CurrentDomain.ProcessExit += (_, _) => DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    public override string ConnectionString { get; }
    public override string Source => "local-cluster";
    public string DataDirectory => _dataDirectory;

    public static async Task<(PostgresInstance? Instance, string Reason)> TryStartAsync(
        PostgresRequest request, Action<string> log, CancellationToken ct)
    {
        var binaries = request.BinariesDirectory is { } only
            ? (HasTools(only) ? only : null)
            : FindBinaries();
        if (binaries is null)
            return (null, $"no initdb/pg_ctl found {(request.BinariesDirectory is null ? "on PATH or under /usr/lib/postgresql/*/bin" : $"in {request.BinariesDirectory}")}.");

        var throwaway = request.Purpose is not PostgresPurpose.Development;
        if (throwaway && RemoveLeftovers(Path.GetTempPath(), LeftoverAge) is > 0 and var removed)
            log($"PostgreSQL: removed {removed} throwaway cluster folder(s) that earlier runs left behind.");
        var dataDirectory = throwaway
            ? Path.Combine(Path.GetTempPath(), $"laborrights-pg-{Guid.NewGuid():N}")
            : Path.GetFullPath(request.DataDirectory ?? Path.Combine(".data", "postgres"));
        try
        {
            var runningPort = throwaway ? null : RunningPort(binaries, dataDirectory);
            if (runningPort is { } port)
            {
                log($"PostgreSQL: reusing the dev cluster already running in {dataDirectory} on port {port}.");
                var reused = new LocalCluster(binaries, dataDirectory, port, startedHere: false, PostgresPurpose.Development);
                await reused.EnsureDatabaseAsync(ct);
                return (reused, "");
            }

            if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
            {
                log($"PostgreSQL: creating a cluster in {dataDirectory} ...");
                PrepareDirectory(dataDirectory);
                Run(binaries, "initdb", ["-D", dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale"]);
            }
            else
            {
                PrepareDirectory(dataDirectory);
            }

            var freePort = FreeLoopbackPort();
            StartServer(binaries, dataDirectory, freePort, request.Purpose);
            log($"PostgreSQL: started {(throwaway ? "a throwaway" : "the dev")} cluster in {dataDirectory} on 127.0.0.1:{freePort}.");

            var cluster = new LocalCluster(binaries, dataDirectory, freePort, startedHere: true, request.Purpose);
            await cluster.EnsureDatabaseAsync(ct);
            return (cluster, "");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (throwaway) TryDelete(dataDirectory);
            return (null, $"found in {binaries} but could not start a cluster: {e.Message}");
        }
    }

    public override ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1 || !_startedHere) return ValueTask.CompletedTask;
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(_binaries, "pg_ctl", ["-D", _dataDirectory, "-m", _throwaway ? "immediate" : "fast", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped (e.g. by the process-exit hook); nothing else to do.
        }
        if (_throwaway) TryDelete(_dataDirectory);
        return ValueTask.CompletedTask;
    }

    private static void StartServer(string binaries, string dataDirectory, int port, PostgresPurpose purpose)
    {
        var settings = $"-c listen_addresses=127.0.0.1 -p {port} -k {Path.GetTempPath().TrimEnd('/')} -c max_connections=300" +
            string.Concat(RecommendedSettings.Select(s => " -c " + s));
        // A test cluster is thrown away, so durability buys nothing there; never for a cluster that keeps data, nor
        // for a benchmark, whose figures must be those of a durable server.
        if (purpose is PostgresPurpose.Test) settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        if (purpose is PostgresPurpose.Benchmark) settings += string.Concat(BenchmarkSettings.Select(s => " -c " + s));
        Run(binaries, "pg_ctl", ["-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "-t", "60", "-o", settings, "start"]);
    }

    /// <summary>Stops the server as an operator would (fast shutdown: sessions are ended); the data stays.</summary>
    public void StopServer() => Run(_binaries, "pg_ctl", ["-D", _dataDirectory, "-m", "fast", "-w", "stop"]);

    /// <summary>Starts it again on the same port, so connection strings in use stay valid.</summary>
    public void StartServer() => StartServer(_binaries, _dataDirectory, _port, _purpose);

    private Task EnsureDatabaseAsync(CancellationToken ct) => Databases.CreateAsync(ConnectionString, DatabaseName, ct);

    private static int? RunningPort(string binaries, string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        try
        {
            Run(binaries, "pg_ctl", ["-D", dataDirectory, "status"]);
        }
        catch (InvalidOperationException)
        {
            return null; // a stale pid file from a crash; pg_ctl start cleans it up
        }
        // postmaster.pid line 4 is the port (PostgreSQL's documented file layout).
        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
    }

    internal static string? FindBinaries()
    {
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasTools);
        if (fromPath is not null) return fromPath;

        return DebianBinaryDirectories().FirstOrDefault(HasTools);
    }

    /// <summary>The bin folders of Debian's PostgreSQL packages, newest version first.</summary>
    internal static IEnumerable<string> DebianBinaryDirectories()
    {
        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot)) return [];
        return Directory.GetDirectories(debianRoot)
            .Select(dir => (Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0, Bin: Path.Combine(dir, "bin")))
            .OrderByDescending(x => x.Version)
            .Select(x => x.Bin);
    }

    private static bool HasTools(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

    private static bool RunningAsRoot => Environment.UserName == "root";

    private static void PrepareDirectory(string dataDirectory)
    {
        var parent = Path.GetDirectoryName(dataDirectory)!;
        Directory.CreateDirectory(parent);
        Directory.CreateDirectory(dataDirectory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (RunningAsRoot) RunProcess("chown", ["-R", "postgres:postgres", dataDirectory]);
    }

    private static void Run(string binaries, string tool, IReadOnlyList<string> arguments)
    {
        var executable = Path.Combine(binaries, tool);
        if (RunningAsRoot) RunProcess("runuser", ["-u", "postgres", "--", executable, .. arguments]);
        else RunProcess(executable, arguments);
    }

    private static void RunProcess(string file, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The postgres user cannot read a root-only working directory.
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(file)} did not finish within 90 s");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(file)} {string.Join(' ', arguments.Take(3))} … exited with {process.ExitCode}: {stderr.Result.Trim()} {stdout.Result.Trim()}".Trim());
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>How long a stopped throwaway cluster's folder stays untouched before a later run removes it.</summary>
    internal static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(1);

    /// <summary>
    /// Removes the folders of throwaway clusters that earlier runs left behind: a test host can be ended between
    /// stopping its server (the process-exit hook) and deleting the folder, and each left folder holds a whole cluster.
    /// A folder is left alone while a server runs in it (postmaster.pid) or if it changed within <paramref name="untouchedFor"/>
    /// (a run creating its cluster right now). Best effort; returns how many were removed.
    /// </summary>
    internal static int RemoveLeftovers(string parent, TimeSpan untouchedFor)
    {
        var removed = 0;
        try
        {
            foreach (var directory in Directory.EnumerateDirectories(parent, "laborrights-pg-*"))
            {
                if (File.Exists(Path.Combine(directory, "postmaster.pid"))) continue;
                if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(directory) < untouchedFor) continue;
                TryDelete(directory);
                if (!Directory.Exists(directory)) removed++;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temp folder could not be listed: nothing to tidy.
        }
        return removed;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
