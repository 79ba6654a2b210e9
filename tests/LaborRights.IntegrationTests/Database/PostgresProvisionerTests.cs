using LaborRights.Database;
using LaborRights.IntegrationTests.Infrastructure;
using Npgsql;

namespace LaborRights.IntegrationTests.Database;

/// <summary>The one database helper, on the real server of this test run. In the app's collection because it sets process-wide environment variables.</summary>
[Collection(AppCollection.Name)]
public class PostgresProvisionerTests
{
    [Fact]
    public async Task An_explicit_connection_string_gives_a_test_run_its_own_throwaway_database()
    {
        var server = await TestDatabase.AcquireAsync();

        string database;
        await using (var instance = await PostgresProvisioner.AcquireAsync(new PostgresRequest(PostgresPurpose.Test, server.ConnectionString)))
        {
            instance.Source.Should().Be("configured");
            database = new NpgsqlConnectionStringBuilder(instance.ConnectionString).Database!;
            database.Should().StartWith("laborrights_test_");
            await using var connection = new NpgsqlConnection(instance.ConnectionString);
            await connection.OpenAsync();
            await new NpgsqlCommand("create table probe(id int)", connection).ExecuteNonQueryAsync();
        }

        (await DatabaseExists(server.ConnectionString, database)).Should().BeFalse("a throwaway database is dropped on dispose");
    }

    [Fact]
    public async Task When_nothing_works_the_error_names_all_three_options()
    {
        var previous = Environment.GetEnvironmentVariable(PostgresProvisioner.DisableContainersVariable);
        var previousConnection = Environment.GetEnvironmentVariable(PostgresProvisioner.ConnectionStringVariable);
        try
        {
            Environment.SetEnvironmentVariable(PostgresProvisioner.DisableContainersVariable, "1");
            Environment.SetEnvironmentVariable(PostgresProvisioner.ConnectionStringVariable, null);

            var act = () => PostgresProvisioner.AcquireAsync(new PostgresRequest(PostgresPurpose.Test, BinariesDirectory: "/nonexistent"));

            var error = (await act.Should().ThrowAsync<PostgresUnavailableException>()).Which.Message;
            error.Should().Contain(PostgresProvisioner.ConnectionStringVariable)
                .And.Contain("Testcontainers")
                .And.Contain("local PostgreSQL binaries")
                .And.Contain("apt-get install postgresql");
        }
        finally
        {
            Environment.SetEnvironmentVariable(PostgresProvisioner.DisableContainersVariable, previous);
            Environment.SetEnvironmentVariable(PostgresProvisioner.ConnectionStringVariable, previousConnection);
        }
    }

    [SkippableFact]
    public async Task A_dev_cluster_keeps_its_data_between_runs()
    {
        Skip.If(Environment.GetEnvironmentVariable(PostgresProvisioner.ConnectionStringVariable) is not null,
            "a configured server is used instead of local binaries");
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"laborrights-devtest-{Guid.NewGuid():N}", "postgres");
        try
        {
            await using (var first = await LocalOnly(dataDirectory))
            {
                first.Source.Should().Be("local-cluster");
                await Execute(first.ConnectionString, "create table kept(value text); insert into kept values ('仍在')");
            }
            await using (var second = await LocalOnly(dataDirectory))
            {
                await using var connection = new NpgsqlConnection(second.ConnectionString);
                await connection.OpenAsync();
                (await new NpgsqlCommand("select value from kept", connection).ExecuteScalarAsync()).Should().Be("仍在");
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dataDirectory)!, recursive: true);
        }
    }

    [Fact]
    public void A_throwaway_cluster_folder_left_behind_by_an_earlier_run_is_removed_but_not_one_in_use()
    {
        var parent = Directory.CreateTempSubdirectory("leftovers-").FullName;
        try
        {
            string Folder(string name, bool running, TimeSpan age)
            {
                var path = Directory.CreateDirectory(Path.Combine(parent, name)).FullName;
                File.WriteAllText(Path.Combine(path, "PG_VERSION"), "15");
                if (running) File.WriteAllText(Path.Combine(path, "postmaster.pid"), "4242");
                Directory.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
                return path;
            }
            var left = Folder("laborrights-pg-left", running: false, TimeSpan.FromHours(3));
            var running = Folder("laborrights-pg-running", running: true, TimeSpan.FromHours(3));
            var starting = Folder("laborrights-pg-starting", running: false, TimeSpan.FromMinutes(1));
            var other = Folder("someone-else", running: false, TimeSpan.FromHours(3));

            LocalCluster.RemoveLeftovers(parent, LocalCluster.LeftoverAge).Should().Be(1);

            Directory.Exists(left).Should().BeFalse();
            new[] { running, starting, other }.Should().OnlyContain(d => Directory.Exists(d));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [SkippableFact]
    public async Task A_benchmark_cluster_is_thrown_away_but_as_durable_as_production()
    {
        Skip.If(Environment.GetEnvironmentVariable(PostgresProvisioner.ConnectionStringVariable) is not null,
            "a configured server is used instead of local binaries");
        string dataDirectory;
        await using (var bench = await LocalOnly(PostgresPurpose.Benchmark))
        {
            bench.Source.Should().Be("local-cluster");
            await using var connection = new NpgsqlConnection(bench.ConnectionString);
            await connection.OpenAsync();
            async Task<string> Show(string setting) => (string)(await new NpgsqlCommand($"show {setting}", connection).ExecuteScalarAsync())!;
            (await Show("fsync"), await Show("synchronous_commit"), await Show("full_page_writes")).Should().Be(("on", "on", "on"),
                "a benchmark measures the server as it would run in production");
            (await Show("shared_buffers")).Should().Be("2GB");
            (await Show("default_toast_compression")).Should().Be("lz4", "large documents are compressed with lz4, as in production");
            dataDirectory = await Show("data_directory");
        }

        Directory.Exists(dataDirectory).Should().BeFalse("the benchmark's cluster is deleted when the run ends");
        PostgresTools.Find("pgbench").Should().NotBeNull("pgbench ships with the server binaries the benchmark uses");
    }

    private static Task<PostgresInstance> LocalOnly(string dataDirectory) =>
        LocalOnly(PostgresPurpose.Development, dataDirectory);

    private static async Task<PostgresInstance> LocalOnly(PostgresPurpose purpose, string? dataDirectory = null)
    {
        Environment.SetEnvironmentVariable(PostgresProvisioner.DisableContainersVariable, "1");
        try
        {
            return await PostgresProvisioner.AcquireAsync(new PostgresRequest(purpose, DataDirectory: dataDirectory));
        }
        finally
        {
            Environment.SetEnvironmentVariable(PostgresProvisioner.DisableContainersVariable, null);
        }
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    }

    private static async Task<bool> DatabaseExists(string serverConnectionString, string database)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        var command = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return await command.ExecuteScalarAsync() is not null;
    }
}
