using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LaborRights.Database;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Api.Contract;
using LaborRights.IntegrationTests.Infrastructure;

namespace LaborRights.IntegrationTests.Reliability;

/// <summary>
/// Issue 15, item 6: the application as an operator runs it, in the Production environment, as its own process:
/// it never starts a PostgreSQL of its own, never changes the schema itself, refuses to start against a schema that is
/// behind naming the migration step, and starts and serves once that step (db-apply) has run.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ProductionProfileTests
{
    [Fact]
    public async Task Production_needs_a_configured_database_and_the_migration_step_and_then_serves()
    {
        var (exit, output) = await RunAsync(new Dictionary<string, string?>(), "--urls", "http://127.0.0.1:1");
        exit.Should().Be(2, output);
        output.Should().Contain("ConnectionStrings__LaborRights").And.NotContain("   at ", "it is the operator's next step, not a stack trace");

        await using var postgres = await PostgresProvisioner.StartRestartableClusterAsync();
        var database = new Dictionary<string, string?> { [$"ConnectionStrings__{DatabaseStartup.ConnectionStringName}"] = postgres.ConnectionString };
        (exit, output) = await RunAsync(database, "--urls", "http://127.0.0.1:1");
        exit.Should().Be(2, output);
        output.Should().Contain(DatabaseStartup.MigrationCommand);

        (exit, output) = await RunAsync(database, "db-apply");
        exit.Should().Be(0, output);

        var port = FreePort();
        using var app = Start(database, "--urls", $"http://127.0.0.1:{port}");
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var ready = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) break;
                }
                catch (HttpRequestException) { }
                app.HasExited.Should().BeFalse("the application keeps running once the schema is current");
                ready.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
                await Task.Delay(250);
            }
            var json = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
            json.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            var filed = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, "/api/complaints/wage-arrears", Scenarios.AComplaint(), json);
            filed.StatusCode.Should().Be(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    private static Process Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var root = ApiDocumentFile.RepositoryRoot;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(root, "src", "LaborRights", "bin", configuration, "net10.0"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("LaborRights.dll");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Whatever the test run itself was given, the application sees only what this test sets.
        start.Environment.Remove($"ConnectionStrings__{DatabaseStartup.ConnectionStringName}");
        start.Environment.Remove(PostgresProvisioner.ConnectionStringVariable);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return Process.Start(start)!;
    }

    private static async Task<(int Exit, string Output)> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var process = Start(environment, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
