using Alba;
using LaborRights.Hosting;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Wolverine;

namespace LaborRights.IntegrationTests.Infrastructure;

/// <summary>
/// The application on a real PostgreSQL, with a clock the tests move. The clock starts at the real now so that
/// deadline messages the app schedules lie in the future and fire only when a test delivers them.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public IAlbaHost Host { get; private set; } = null!;
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    /// <summary>Every host of this run logs through it; a full ID number or phone in any log entry fails the run.</summary>
    public PersonalDataLogGuard Logs { get; } = new();

    /// <summary>Every host of this run records the statuses its API operations answer; each must be in the API document.</summary>
    public ObservedAnswers Answers { get; } = new();

    public async Task InitializeAsync() => Host = await StartHostAsync();

    /// <summary>A host of the application on the test database, with this fixture's clock; a second one plays another node or a restart.</summary>
    /// <param name="settings">Configuration of this host only, e.g. its own <c>Database:Schema</c> for data no other test may see.</param>
    /// <param name="testSignIn">Whether the <c>X-Dev-User</c> header signs in (<see cref="DevelopmentAuthentication"/>); without it the host is the application exactly as deployed.</param>
    /// <param name="services">Extra registrations of this host only, e.g. a dependency that fails.</param>
    public async Task<IAlbaHost> StartHostAsync(
        IReadOnlyDictionary<string, string>? settings = null, bool testSignIn = true, Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.AcquireAsync();
        return await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting($"ConnectionStrings:{DatabaseStartup.ConnectionStringName}", database.ConnectionString);
            // Tests run the retention erasure themselves, with a clock of their own.
            builder.UseSetting("Privacy:RetentionSweepEnabled", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<PersonalDataLogGuard>(null, LogLevel.Debug));
            builder.ConfigureServices(registrations =>
            {
                registrations.AddSingleton<IStartupFilter>(Answers);
                registrations.RemoveAll<TimeProvider>();
                registrations.AddSingleton<TimeProvider>(Clock);
                registrations.DisableAllExternalWolverineTransports();
                registrations.RunWolverineInSoloMode();
                services?.Invoke(registrations);
                if (testSignIn) DevelopmentAuthentication.AddTo(registrations);
            });
        });
    }

    /// <summary>Today in Asia/Shanghai by the test clock.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The clock only moves forward: tests share it, in whatever order they run.</summary>
    public void MoveClockTo(DateTimeOffset instant)
    {
        if (instant > Clock.GetUtcNow()) Clock.SetUtcNow(instant);
    }

    /// <summary>
    /// The run's own checks, after every test of the collection: no personal data in any log, and every answer the tests
    /// saw is in the API document. A failure here fails the run ("Test Collection Cleanup Failure … RunChecksFailedException");
    /// the console shows only the exception's type, so its reasons are also written to <see cref="RunChecksFailedException.ReportPath"/>,
    /// which <c>.ci/run</c> prints.
    /// </summary>
    public async Task DisposeAsync()
    {
        var undocumented = Answers.Undocumented(await Api.Contract.ApiContractTests.ServedDocument(Host));
        await Host.DisposeAsync();
        var failures = new List<string>();
        if (undocumented.Count > 0)
            failures.Add($"The tests saw answers the API document does not list ({undocumented.Count}); declare them on the endpoint " +
                "(its answer type or [AnswersProblem]) or in Hosting/Api/ApiDocument:\n" + string.Join("\n", undocumented));
        if (Logs.Violations.Count > 0)
            failures.Add($"Personal data reached the logs during this test run ({Logs.Violations.Count} entries):\n" + string.Join("\n", Logs.Violations.Take(20)));
        if (File.Exists(RunChecksFailedException.ReportPath)) File.Delete(RunChecksFailedException.ReportPath);
        if (failures.Count == 0) return;
        var message = string.Join("\n\n", failures);
        Directory.CreateDirectory(Path.GetDirectoryName(RunChecksFailedException.ReportPath)!);
        await File.WriteAllTextAsync(RunChecksFailedException.ReportPath, message + "\n");
        throw new RunChecksFailedException(message);
    }
}

/// <summary>The run's own checks failed (see <see cref="AppFixture.DisposeAsync"/>).</summary>
public sealed class RunChecksFailedException(string message) : Exception(message)
{
    /// <summary><c>tests/LaborRights.IntegrationTests/TestResults/run-checks.txt</c> (git-ignored).</summary>
    public static string ReportPath { get; } = Path.Combine(Api.Contract.ApiDocumentFile.RepositoryRoot, "tests", "LaborRights.IntegrationTests", "TestResults", "run-checks.txt");
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "application";
}
