using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace LaborRights.Hosting;

/// <summary>Counts requests in fixed windows: null when one more is allowed, else how long until the window ends.</summary>
public interface IRateLimitCounter
{
    ValueTask<TimeSpan?> TryAcquireAsync(string key, RateLimitWindow window, CancellationToken ct);
}

/// <summary>Each process counts for itself (Development, the tests, a single node).</summary>
public sealed class MemoryRateLimitCounter : IRateLimitCounter, IDisposable
{
    private readonly ConcurrentDictionary<RateLimitWindow, PartitionedRateLimiter<string>> _limiters = new();

    public ValueTask<TimeSpan?> TryAcquireAsync(string key, RateLimitWindow window, CancellationToken ct)
    {
        var limiter = _limiters.GetOrAdd(window, w => PartitionedRateLimiter.Create<string, string>(k => RateLimitPartition.GetFixedWindowLimiter(k, _ => w.ToOptions())));
        using var lease = limiter.AttemptAcquire(key);
        return ValueTask.FromResult<TimeSpan?>(
            lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window.Length);
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values) limiter.Dispose();
    }
}

/// <summary>
/// Every node of a deployment counts in one table (ADR 0029), so a client that spreads its requests over the nodes
/// gets no more than the limit. One statement per counted request (an upsert on the window's row). The key is stored
/// hashed — the table holds no client address — and windows older than a day are swept every hour.
/// </summary>
public sealed class PostgresRateLimitCounter(IDocumentStore store, TimeProvider clock) : IRateLimitCounter
{
    public const string TableName = "lr_rate_limit_windows";

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("key").AsPrimaryKey();
        table.AddColumn<long>("window_start").AsPrimaryKey();
        table.AddColumn<int>("hits").NotNull();
        return table;
    }

    public async ValueTask<TimeSpan?> TryAcquireAsync(string key, RateLimitWindow window, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var length = (long)window.Length.TotalSeconds;
        var start = now - now % length;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
             insert into {store.Options.DatabaseSchemaName}.{TableName} as w (key, window_start, hits) values ($1, $2, 1)
             on conflict (key, window_start) do update set hits = w.hits + 1
             returning hits
             """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = Hashed(key) });
        command.Parameters.Add(new NpgsqlParameter { Value = start });
        var hits = (int)(await command.ExecuteScalarAsync(ct))!;
        return hits <= Math.Max(1, window.PermitLimit) ? null : TimeSpan.FromSeconds(start + length - now);
    }

    /// <summary>Windows that ended more than a day ago; none of them can refuse anything any more.</summary>
    public static async Task<int> SweepAsync(IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"delete from {store.Options.DatabaseSchemaName}.{TableName} where window_start < $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow().AddDays(-1).ToUnixTimeSeconds() });
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The kind in clear (for an operator reading the table), the client address or number as a digest.</summary>
    internal static string Hashed(string key)
    {
        var bar = key.IndexOf('|');
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key[(bar + 1)..])))[..32];
        return key[..(bar + 1)] + digest;
    }
}

public static class RateLimitStoreConfiguration
{
    /// <summary>The shared windows' table, created by the migration step whichever store a node is configured with.</summary>
    public static StoreOptions ConfigureRateLimitStore(this StoreOptions opts)
    {
        opts.Storage.ExtendedSchemaObjects.Add(PostgresRateLimitCounter.Table(opts.DatabaseSchemaName));
        return opts;
    }
}

/// <summary>The hourly sweep of ended windows (<see cref="RecurringWork"/>).</summary>
public sealed record SweepRateLimitWindows;

public static class SweepRateLimitWindowsHandler
{
    public static Task Handle(SweepRateLimitWindows _, IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
        PostgresRateLimitCounter.SweepAsync(store, clock, ct);
}
