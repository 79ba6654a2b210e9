using LaborRights.Database;

namespace LaborRights.Hosting;

/// <summary>Finds the app its PostgreSQL through the one shared helper (docs/adr/0003).</summary>
public static class DatabaseStartup
{
    public const string ConnectionStringName = "LaborRights";

    /// <summary>
    /// Returns the connection string to use, starting a server when none is configured. The started server
    /// is stopped when the application stops.
    /// </summary>
    public static async Task<string> EnsureDatabaseAsync(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;

        var purpose = builder.Environment.IsEnvironment("Testing") ? PostgresPurpose.Test : PostgresPurpose.Development;
        var dataDirectory = builder.Configuration["Database:DataDirectory"] ?? Path.Combine(RepositoryRoot(), ".data", "postgres");
        var instance = await PostgresProvisioner.AcquireAsync(new PostgresRequest(purpose, null, dataDirectory, Console.WriteLine));
        builder.Services.AddSingleton(instance);
        // The container does not dispose instances it was handed, so stop the server explicitly when the app stops.
        builder.Services.AddHostedService(_ => new StopDatabaseWithHost(instance));
        return instance.ConnectionString;
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
