using System.Text;

namespace LaborRights.Database;

/// <summary>
/// The one way the application and the tests get a PostgreSQL server, in this order:
/// an explicit connection string → a Testcontainers container when a Docker engine answers →
/// a private cluster started from the local PostgreSQL binaries.
/// </summary>
public static class PostgresProvisioner
{
    public const string ConnectionStringVariable = "LABORRIGHTS_CONNECTION_STRING";
    public const string DisableContainersVariable = "LABORRIGHTS_NO_TESTCONTAINERS";

    public static async Task<PostgresInstance> AcquireAsync(PostgresRequest request, CancellationToken ct = default)
    {
        var log = request.Log ?? (_ => { });
        var attempts = new StringBuilder();

        var explicitConnection = string.IsNullOrWhiteSpace(request.ConnectionString)
            ? Environment.GetEnvironmentVariable(ConnectionStringVariable)
            : request.ConnectionString;
        if (!string.IsNullOrWhiteSpace(explicitConnection))
        {
            log("PostgreSQL: using the configured connection string.");
            return await ExternalServer.OpenAsync(explicitConnection, request.Purpose, ct);
        }
        attempts.AppendLine($"  1. connection string: none given (set {ConnectionStringVariable} or ConnectionStrings:LaborRights).");

        if (Environment.GetEnvironmentVariable(DisableContainersVariable) is "1" or "true")
        {
            attempts.AppendLine($"  2. Testcontainers: switched off by {DisableContainersVariable}.");
        }
        else
        {
            var (container, why) = await ContainerServer.TryStartAsync(request.Purpose, ct);
            if (container is not null)
            {
                log("PostgreSQL: started a Testcontainers container.");
                return container;
            }
            attempts.AppendLine($"  2. Testcontainers: no Docker engine answered ({why}).");
        }

        var (cluster, reason) = await LocalCluster.TryStartAsync(request, log, ct);
        if (cluster is not null) return cluster;
        attempts.AppendLine($"  3. local PostgreSQL binaries: {reason}");

        throw new PostgresUnavailableException(
            "No PostgreSQL server could be found or started. Tried, in order:" + Environment.NewLine + attempts +
            "Fix one of them: set a connection string, start a Docker engine, or install PostgreSQL " +
            "(e.g. `apt-get install postgresql`, which provides initdb and pg_ctl).");
    }

    /// <summary>
    /// A throwaway cluster of this machine's own PostgreSQL binaries that the caller may stop and start (database
    /// outage tests): never a configured server or a container, which a test must not stop.
    /// </summary>
    public static async Task<IRestartablePostgres> StartRestartableClusterAsync(Action<string>? log = null, CancellationToken ct = default)
    {
        var (cluster, reason) = await LocalCluster.TryStartAsync(new PostgresRequest(PostgresPurpose.Test), log ?? (_ => { }), ct);
        return cluster as IRestartablePostgres
            ?? throw new PostgresUnavailableException($"No local PostgreSQL cluster could be started for a fault test: {reason}");
    }
}

/// <summary>The PostgreSQL client programs of this machine (pgbench, psql), for tools that measure or operate a server.</summary>
public static class PostgresTools
{
    /// <summary>
    /// The full path of a PostgreSQL program: beside the initdb/pg_ctl the helper uses, else on PATH, else in the newest
    /// /usr/lib/postgresql/*/bin; null when none has it.
    /// </summary>
    public static string? Find(string program) =>
        new[] { LocalCluster.FindBinaries() }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            .Concat(LocalCluster.DebianBinaryDirectories())
            .OfType<string>()
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}

public enum PostgresPurpose
{
    /// <summary>The dev run: data kept between runs under a data folder.</summary>
    Development,

    /// <summary>A test run: a throwaway database, durability relaxed for speed.</summary>
    Test,

    /// <summary>
    /// A benchmark run (tools/bench): a throwaway database with the durability of production (fsync, synchronous
    /// commit, full page writes) and memory sized for a measured load, so figures compare with a real deployment.
    /// </summary>
    Benchmark,
}

/// <param name="ConnectionString">An explicit connection string; null falls back to the environment variable.</param>
/// <param name="DataDirectory">Where the dev cluster keeps its files (Development only).</param>
/// <param name="BinariesDirectory">Look for initdb/pg_ctl only here (null: PATH, then /usr/lib/postgresql/*/bin).</param>
public sealed record PostgresRequest(
    PostgresPurpose Purpose,
    string? ConnectionString = null,
    string? DataDirectory = null,
    Action<string>? Log = null,
    string? BinariesDirectory = null);

public sealed class PostgresUnavailableException(string message) : Exception(message);

/// <summary>A server of this machine's own that can be stopped and started again on the same port (fault tests).</summary>
public interface IRestartablePostgres : IAsyncDisposable
{
    string ConnectionString { get; }

    void StopServer();

    void StartServer();
}

/// <summary>A server the caller may use until it disposes this.</summary>
public abstract class PostgresInstance : IAsyncDisposable
{
    public abstract string ConnectionString { get; }

    /// <summary>"configured", "testcontainers" or "local-cluster".</summary>
    public abstract string Source { get; }

    public abstract ValueTask DisposeAsync();
}
