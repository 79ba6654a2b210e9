using Testcontainers.PostgreSql;

namespace LaborRights.Database;

/// <summary>PostgreSQL 16 in a container, when a Docker engine answers.</summary>
internal sealed class ContainerServer(PostgreSqlContainer container, string connectionString) : PostgresInstance
{
    public override string ConnectionString { get; } = connectionString;
    public override string Source => "testcontainers";

    public static async Task<(PostgresInstance? Instance, string Why)> TryStartAsync(PostgresPurpose purpose, CancellationToken ct)
    {
        PostgreSqlContainer? container = null;
        try
        {
            container = new PostgreSqlBuilder("postgres:16-alpine")
                .WithDatabase("laborrights")
                .WithCommand([
                    "-c", "max_connections=300",
                    .. LocalCluster.RecommendedSettings.SelectMany(s => new[] { "-c", s }),
                    .. purpose switch
                    {
                        PostgresPurpose.Test => new[] { "-c", "fsync=off", "-c", "synchronous_commit=off" },
                        PostgresPurpose.Benchmark => LocalCluster.BenchmarkSettings.SelectMany(s => new[] { "-c", s }).ToArray(),
                        _ => [],
                    },
                ])
                .Build();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(3));
            await container.StartAsync(timeout.Token);
            return (new ContainerServer(container, container.GetConnectionString()), "");
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            if (container is not null)
            {
                try { await container.DisposeAsync(); }
                catch (Exception) { /* the container never started; nothing to clean up */ }
            }
            return (null, $"{e.GetType().Name}: {FirstLine(e.Message)}");
        }
    }

    public override async ValueTask DisposeAsync() => await container.DisposeAsync();

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
