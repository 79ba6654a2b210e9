using Npgsql;

namespace LaborRights.Database;

/// <summary>
/// A server someone else runs. For tests and benchmarks a throwaway database is created on it and dropped afterwards,
/// so a shared server is never written to outside that database.
/// </summary>
internal sealed class ExternalServer : PostgresInstance
{
    private readonly string? _throwawayDatabase;
    private readonly string _adminConnectionString;

    private ExternalServer(string connectionString, string adminConnectionString, string? throwawayDatabase)
    {
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _throwawayDatabase = throwawayDatabase;
    }

    public override string ConnectionString { get; }
    public override string Source => "configured";

    public static async Task<PostgresInstance> OpenAsync(string connectionString, PostgresPurpose purpose, CancellationToken ct)
    {
        if (purpose is PostgresPurpose.Development) return new ExternalServer(connectionString, connectionString, null);

        var database = $"laborrights_{(purpose is PostgresPurpose.Benchmark ? "bench" : "test")}_{Guid.NewGuid():N}";
        await Databases.CreateAsync(connectionString, database, ct);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Database = database };
        return new ExternalServer(builder.ConnectionString, connectionString, database);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_throwawayDatabase is null) return;
        NpgsqlConnection.ClearAllPools();
        await Databases.DropAsync(_adminConnectionString, _throwawayDatabase);
    }
}

internal static class Databases
{
    public static async Task CreateAsync(string serverConnectionString, string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        // Identifiers cannot be parameters; the names come from this assembly, never from input.
        await using var create = new NpgsqlCommand($"create database \"{database}\" encoding 'UTF8' template template0", connection);
        await create.ExecuteNonQueryAsync(ct);
    }

    public static async Task DropAsync(string serverConnectionString, string database)
    {
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{database}\" with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
