using System.Net.Sockets;
using Npgsql;

namespace LaborRights.Hosting;

/// <summary>
/// PostgreSQL cannot be reached (stopped, restarting, the network between, no connection left): every request that
/// needs it answers 503 with <c>Retry-After</c> at once rather than a 500 with internals, nothing is written, and the
/// application serves again without a restart when the database is back (issue 15; ADR 0026).
/// </summary>
public static class DatabaseOutage
{
    /// <summary>What clients are told to wait: about the time PostgreSQL takes to restart.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>How long opening a connection may take before the request fails (Npgsql's own default is 15 s).</summary>
    public const int ConnectTimeoutSeconds = 3;

    // 08: connection exception; 57P01–57P03: admin or crash shutdown, cannot connect now; 53300: too many connections.
    private static readonly string[] UnavailableStates = ["57P01", "57P02", "57P03", "53300"];

    /// <summary>Whether the exception (or one inside it) says the database is out of reach, not that the request was wrong.</summary>
    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException p when p.SqlState.StartsWith("08", StringComparison.Ordinal) || UnavailableStates.Contains(p.SqlState):
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsOutage):
                    return true;
            }
        }
        return false;
    }

    /// <summary>The connection string with a short connect timeout unless one was set explicitly.</summary>
    public static string FailFast(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase)) builder.Timeout = ConnectTimeoutSeconds;
        return builder.ConnectionString;
    }
}
