using LaborRights.Database;

namespace LaborRights.Hosting;

/// <summary>Finds the app its PostgreSQL through the one shared helper (docs/adr/0003).</summary>
public static class DatabaseStartup
{
    public const string ConnectionStringName = "LaborRights";

    /// <summary>
    /// Development and the tests manage their own database (a local cluster when none is configured, schema changes
    /// applied at start-up); every other environment is operated (ADR 0027): a configured server, schema changes by the
    /// deployment's migration step.
    /// </summary>
    public static bool ManagesItsOwnDatabase(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    /// <summary>The migration step an operator runs before starting a new release (JasperFx command line).</summary>
    public const string MigrationCommand = "dotnet LaborRights.dll db-apply";

    /// <summary>
    /// Returns the connection string to use, starting a server when none is configured. The started server
    /// is stopped when the application stops.
    /// </summary>
    public static async Task<string> EnsureDatabaseAsync(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured)) return WithPreparedStatements(configured);
        if (!builder.Environment.ManagesItsOwnDatabase())
            throw new StartupRefusedException(
                $"未配置数据库连接串：在 {builder.Environment.EnvironmentName} 环境中必须设置 ConnectionStrings:{ConnectionStringName}（环境变量 " +
                $"ConnectionStrings__{ConnectionStringName}），系统不会自行启动本地 PostgreSQL。 / No database is configured: outside Development set " +
                $"ConnectionStrings:{ConnectionStringName} (environment variable ConnectionStrings__{ConnectionStringName}); a production node never " +
                "starts a PostgreSQL of its own.");

        var purpose = builder.Environment.IsEnvironment("Testing") ? PostgresPurpose.Test : PostgresPurpose.Development;
        var dataDirectory = builder.Configuration["Database:DataDirectory"] ?? Path.Combine(RepositoryRoot(), ".data", "postgres");
        var instance = await PostgresProvisioner.AcquireAsync(new PostgresRequest(purpose, null, dataDirectory, Console.WriteLine));
        builder.Services.AddSingleton(instance);
        // The container does not dispose instances it was handed, so stop the server explicitly when the app stops.
        builder.Services.AddHostedService(_ => new StopDatabaseWithHost(instance));
        return WithPreparedStatements(instance.ConnectionString);
    }

    /// <summary>
    /// Npgsql prepares the statements a connection sends repeatedly (Marten's and Wolverine's are few and fixed), so
    /// PostgreSQL parses and plans each once per connection instead of on every command: the benchmark's profile
    /// showed parsing and planning among PostgreSQL's largest costs per filing (docs/performance.md). A connection string
    /// that sets Max Auto Prepare itself (e.g. 0 behind a PgBouncer in transaction mode) is left as it is.
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        // Npgsql's default (0) and an explicit 0 look alike once parsed, so the keyword itself is looked for.
        if (connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase) ||
            connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase)) return connectionString;
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 200, AutoPrepareMinUsages = 2 }.ConnectionString;
    }

    /// <summary>The folder holding LaborRights.sln, so `dotnet run` from anywhere in the checkout uses one data folder.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LaborRights.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}

/// <summary>Stops the server this process started when the application stops (Ctrl+C, SIGTERM).</summary>
internal sealed class StopDatabaseWithHost(PostgresInstance instance) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken ct) => await instance.DisposeAsync();
}

/// <summary>The application will not start as configured; the message says what to do. Printed without a stack trace.</summary>
public sealed class StartupRefusedException(string message) : Exception(message)
{
    /// <summary>The refusal raised while the host started, which the command line may swallow: the process still exits with 2.</summary>
    public static StartupRefusedException? Last { get; set; }

    /// <summary>The refusal inside an exception the host wrapped it in, if any.</summary>
    public static StartupRefusedException? In(Exception e) => e switch
    {
        StartupRefusedException refused => refused,
        AggregateException aggregate => aggregate.InnerExceptions.Select(In).FirstOrDefault(r => r is not null),
        _ => e.InnerException is { } inner ? In(inner) : null,
    };
}

/// <summary>
/// Outside Development and the tests the application never changes the schema itself: at start it compares the
/// database with this release's schema and refuses to start, naming the migration step, when the database is behind.
/// </summary>
internal sealed class SchemaIsCurrentCheck(Marten.IDocumentStore store, ILogger<SchemaIsCurrentCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        try
        {
            await store.Storage.Database.AssertDatabaseMatchesConfigurationAsync(ct);
        }
        catch (Weasel.Core.Migrations.DatabaseValidationException e)
        {
            var refused = new StartupRefusedException(
                "数据库结构落后于本版本，请先执行迁移步骤再启动： / The database schema is behind this release; run the migration step first: " +
                $"{DatabaseStartup.MigrationCommand} (with the same ConnectionStrings__{DatabaseStartup.ConnectionStringName}). " +
                $"({e.Message.Split('\n')[0].Trim()})");
            logger.LogCritical("{Refusal}", refused.Message);
            StartupRefusedException.Last = refused;
            throw refused;
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
