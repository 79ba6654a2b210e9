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
        builder.Services.AddSingleton(instance); // disposed (server stopped) with the host
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
