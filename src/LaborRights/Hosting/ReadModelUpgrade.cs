using JasperFx.Events.Daemon;
using Marten;

namespace LaborRights.Hosting;

/// <summary>
/// A stored read model whose shape the code may change: the version of its shape (raise it with any change to what
/// it stores or how it folds) and how to rebuild it from the events.
/// </summary>
public sealed record VersionedReadModel(string Name, int Version, Func<IProjectionDaemon, CancellationToken, Task> Rebuild);

/// <summary>How long one projection's rebuild may run before the daemon gives it up.</summary>
public static class ProjectionRebuilds
{
    /// <summary>
    /// Marten's default is 5 minutes per shard, which a province's history outgrows: at 1,100,000 cases (6,000,000
    /// events) on two cores the full rebuild timed out in the case index, the employer registry, the benchmark facts and
    /// the pending markers (benchmark run F,
    /// docs/performance.md). The limit stays, to end a rebuild that hangs; the command line takes the same value
    /// (<c>projections rebuild --shard-timeout 6h</c>, README).
    /// </summary>
    public static readonly TimeSpan ShardTimeout = TimeSpan.FromHours(6);
}

/// <summary>The shape version a read model was last built with, in this database.</summary>
public sealed class ReadModelVersion
{
    public string Id { get; set; } = "";
    public int Version { get; set; }
    public DateTimeOffset BuiltAt { get; set; }
}

/// <summary>
/// Before the application serves anything, every versioned read model whose stored shape is older than the code's
/// (or that predates the versions) is rebuilt from the events, once per database: the nodes of a cluster take a
/// PostgreSQL advisory lock, and the one that comes second finds the work done. An upgrade never serves a list from a
/// stale shape, and no one has to remember a rebuild step; <c>projections rebuild</c> stays for repairs.
/// </summary>
public sealed class ReadModelUpgrade(
    IDocumentStore store, IEnumerable<VersionedReadModel> models, TimeProvider clock, ILogger<ReadModelUpgrade> logger) : IHostedService
{
    private const long LockKey = 0x4C52_5245_4144; // "LRREAD"

    public async Task StartAsync(CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using (var take = new Npgsql.NpgsqlCommand($"select pg_advisory_lock({LockKey})", connection)) await take.ExecuteNonQueryAsync(ct);
        try
        {
            foreach (var model in models) await UpgradeAsync(model, ct);
        }
        finally
        {
            await using var release = new Npgsql.NpgsqlCommand($"select pg_advisory_unlock({LockKey})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private async Task UpgradeAsync(VersionedReadModel model, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var stored = await session.LoadAsync<ReadModelVersion>(model.Name, ct);
        if (stored?.Version == model.Version) return;

        // An empty store has nothing to rebuild: the model is built by its projection as events come.
        if (await session.Events.QueryAllRawEvents().AnyAsync(ct))
        {
            logger.LogWarning("Read model {Name} is stored in shape {Stored}, the code's is {Version}: rebuilding it from the events",
                model.Name, stored?.Version.ToString() ?? "(none)", model.Version);
            var started = clock.GetTimestamp();
            using (var daemon = await store.BuildProjectionDaemonAsync())
                await model.Rebuild(daemon, ct);
            logger.LogInformation("Read model {Name} rebuilt in {Elapsed}", model.Name, clock.GetElapsedTime(started));
        }
        session.Store(new ReadModelVersion { Id = model.Name, Version = model.Version, BuiltAt = clock.GetUtcNow() });
        await session.SaveChangesAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

public static class ReadModelUpgradeRegistration
{
    /// <summary>Register after Marten, whose schema changes are applied first.</summary>
    public static IServiceCollection AddReadModelUpgrade(this IServiceCollection services) =>
        services.AddHostedService<ReadModelUpgrade>();
}
