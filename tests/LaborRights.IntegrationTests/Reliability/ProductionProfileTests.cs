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
/// behind naming the migration step, and starts and serves once that step (db-apply) has run. It runs the build a
/// production image carries (docker/publish-static.sh, the Dockerfile's build stage): handler code generated at build
/// time and loaded in static mode (ADR 0029).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ProductionProfileTests : IAsyncLifetime
{
    private readonly string _image = Path.Combine(Path.GetTempPath(), $"laborrights-static-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        var publish = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        publish.ArgumentList.Add(Path.Combine(ApiDocumentFile.RepositoryRoot, "docker", "publish-static.sh"));
        publish.ArgumentList.Add(_image);
        using var process = Process.Start(publish)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, await stdout + await stderr);
        File.Exists(Path.Combine(_image, "LaborRights.dll")).Should().BeTrue();
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_image)) Directory.Delete(_image, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Production_needs_a_configured_database_and_the_migration_step_and_then_serves_with_code_generated_at_build_time()
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
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        app.OutputDataReceived += (_, line) => { if (line.Data is { } text) log.Enqueue(text); };
        app.ErrorDataReceived += (_, line) => { if (line.Data is { } text) log.Enqueue(text); };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
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
            // A read and a page beside the filing: the endpoints' adapters come from the compiled-in code.
            (await http.GetAsync("/api/reference/cities")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await http.GetAsync("/track")).StatusCode.Should().Be(HttpStatusCode.OK);
            string.Join('\n', log).Should().Contain("generated at build time (static mode)").And.NotContain("dynamic mode");
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    private Process Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _image,
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

    private async Task<(int Exit, string Output)> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
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
