using LaborRights.Calendar;
using LaborRights.Employers.Directory;
using LaborRights.LegacyImport;
using LaborRights.ReferenceData;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Accepting;
using LaborRights.WageArrears.Deadlines;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace LaborRights.Demo;

public sealed record DemoDataOptions
{
    public const string Section = "LaborRights";
    public bool LoadDemoData { get; init; }

    /// <summary>Live-style cases per city, lived through the decide functions, whose tracking number and access code work.</summary>
    public int DemoCasesPerCity { get; init; } = 8;

    /// <summary>Historical cases generated from 2024-01-01 to today and imported like a county's legacy file.</summary>
    public int DemoHistorySize { get; init; } = 2_000;

    public int DemoHistorySeed { get; init; } = LegacyHistoryGenerator.DefaultSeed;
}

public static class DemoDataRegistration
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));
        services.AddSingleton(sp => new LegacyHistoryGenerator(
            sp.GetRequiredService<ShandongRegions>(), sp.GetRequiredService<WorkingDayCalendar>(), sp.GetRequiredService<IOptions<WageArrearsRules>>().Value));
        services.AddSingleton<DemoAccounts>();
        services.AddHostedService<DemoDataLoader>();
        return services;
    }
}

/// <summary>
/// Loads the fixed-seed demo data set once, into an empty store, after the application has started
/// (so Wolverine is up to take the future deadline messages): a generated history of every county since 2024,
/// imported through the legacy importer exactly as a county's file would be, so the benchmark has periods to
/// score; then a small set of live-style cases, because an imported case has no access code anyone holds and
/// public tracking needs one that works.
/// </summary>
public sealed class DemoDataLoader(
    IOptions<DemoDataOptions> options, IDocumentStore store, IServiceScopeFactory scopes, CaseNumbers numbers, TimeProvider clock,
    WorkingDayCalendar calendar, ShandongRegions regions, IOptions<WageArrearsRules> rules, LegacyHistoryGenerator generator, WageArrearsImporter importer,
    DemoAccounts accounts, EmployerDirectory directory, IHostApplicationLifetime lifetime, ILogger<DemoDataLoader> logger) : BackgroundService
{
    /// <summary>The demo history's legacyIds start with it, so a generated load file (prefix LS) can be imported beside it.</summary>
    public const string HistoryIdPrefix = "DEMO";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.LoadDemoData) return;
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled()))
        {
            try { await started.Task; }
            catch (TaskCanceledException) { return; }
        }

        // Before the cases, and also on a store that already has them: a database from before accounts existed gets them.
        await accounts.EnsureAsync(stoppingToken);
        await EnsureDirectoryAsync(stoppingToken);

        await using (var query = store.QuerySession())
        {
            if (await query.Query<CaseIndex.CaseIndexEntry>().AnyAsync(x => x.Kind == CaseKind.WageArrears, stoppingToken) || await query.Query<ImportedLegacyCase>().AnyAsync(stoppingToken))
            {
                logger.LogInformation("Demo data: the store already holds cases; nothing loaded.");
                return;
            }
        }

        var now = clock.GetUtcNow();
        if (options.Value.DemoHistorySize > 0) await ImportHistoryAsync(ShanghaiTime.DateOf(now), stoppingToken);

        var cases = new DemoCaseGenerator(calendar, regions, rules.Value).Generate(now, options.Value.DemoCasesPerCity);
        var supervisions = DemoSupervisions.For(cases, now, regions);
        var unidentified = DemoReports.UnidentifiedComplaint(now, calendar, rules.Value);
        await using (var session = store.LightweightSession())
        {
            foreach (var demo in cases) session.Events.StartStream<WageArrearsCase>(demo.Id, demo.Events);
            foreach (var (id, events) in supervisions) session.Events.StartStream<Supervision.PrioritySupervision>(id, [.. events]);
            foreach (var (id, reported) in DemoReports.Leads(now)) session.Events.StartStream<Leads.InspectionLead>(id, reported);
            session.Events.StartStream<WageArrearsCase>(unidentified.WageArrearsCaseId, unidentified);
            await session.SaveChangesAsync(stoppingToken);
        }
        await numbers.RaiseToAtLeastAsync(LastCaseNumbers(cases), stoppingToken);

        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        foreach (var message in cases.SelectMany(c => DeadlineSchedule.For(c.Events)).Concat(DeadlineSchedule.For([unidentified]))
                     .Concat(supervisions.SelectMany(s => Supervision.SupervisionDeadlineHandler.FollowUps(s.Events))))
        {
            if (message is DeliveryMessage<object> { Options.ScheduledTime: { } at } delivery && at > now)
                await bus.ScheduleAsync(delivery.Message, at);
        }

        if (cases.FirstOrDefault(c => c.State.Status == CaseStatus.PendingAcceptance) is { } sample)
            logger.LogInformation(
                "Demo data: {Count} live wage-arrears cases across {Cities} cities loaded. Try tracking {Tracking} with access code {Code}.",
                cases.Count, regions.Cities.Count, sample.TrackingNumber, sample.AccessCode);
    }

    /// <summary>
    /// A directory of registered units standing in for the market-supervision registry's extract, so the forms' employer
    /// search finds something: a few units in every county, with valid credit codes. Loaded into an empty directory only.
    /// </summary>
    private async Task EnsureDirectoryAsync(CancellationToken ct)
    {
        if (!await directory.IsEmptyAsync(ct)) return;
        var people = new DemoPeople(new Random(options.Value.DemoHistorySeed));
        var units = regions.Counties
            .SelectMany(county => Enumerable.Range(0, UnitsPerCounty).Select(_ => (County: county, Employer: people.Employer(county))))
            .DistinctBy(x => x.Employer.Name)
            .Select(x => new RegisteredUnit(x.Employer.CreditCode, x.Employer.Name, x.County.Code))
            .ToList();
        await directory.LoadAsync(units, clock.GetUtcNow(), ct);
        logger.LogInformation("Demo data: {Count} registered units loaded into the employer directory.", units.Count);
    }

    private const int UnitsPerCounty = 4;

    private async Task ImportHistoryAsync(DateOnly today, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var history = new LegacyHistoryOptions(options.Value.DemoHistorySize, today, options.Value.DemoHistorySeed, IdPrefix: HistoryIdPrefix);
        // The importer reads its file twice; like an upload, the file goes to disk rather than into memory.
        await using var file = new FileStream(Path.Combine(Path.GetTempPath(), $"demo-history-{Environment.ProcessId}.ndjson"),
            FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true))
            generator.WriteTo(writer, history);
        file.Position = 0;

        var report = await importer.ImportAsync(file, dryRun: false, "demo-data", ct: ct);
        if (report.Errors.Count > 0)
            logger.LogWarning("Demo data: the generated history has {Errors} invalid lines (first: line {Line} {Field}: {Reason}); nothing imported.",
                report.Errors.Count, report.Errors[0].Line, report.Errors[0].Field, report.Errors[0].ReasonEn);
        else
            logger.LogInformation("Demo data: {Imported} historical wage-arrears cases ({From:yyyy-MM-dd} … {Today:yyyy-MM-dd}, all 136 counties) imported in {Seconds:N1} s.",
                report.Imported, history.FirstDay, today, watch.Elapsed.TotalSeconds);
    }

    private static Dictionary<string, int> LastCaseNumbers(IEnumerable<DemoCase> cases) => cases
        .SelectMany(c => c.Events.OfType<ComplaintAccepted>().Select(a => (c.State.CountyCode, a)))
        .GroupBy(x => CaseNumberFormat.Scope(x.CountyCode, x.a.FiledOn.Year))
        .ToDictionary(g => g.Key, g => g.Count());
}
