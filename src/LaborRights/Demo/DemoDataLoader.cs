using LaborRights.Calendar;
using LaborRights.ReferenceData;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Accepting;
using LaborRights.WageArrears.Deadlines;
using LaborRights.WageArrears.Queue;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace LaborRights.Demo;

public sealed record DemoDataOptions
{
    public const string Section = "LaborRights";
    public bool LoadDemoData { get; init; }
    public int DemoCasesPerCity { get; init; } = 8;
}

public static class DemoDataRegistration
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));
        services.AddHostedService<DemoDataLoader>();
        return services;
    }
}

/// <summary>
/// Loads the fixed-seed demo data set once, into an empty store, after the application has started
/// (so Wolverine is up to take the future deadline messages).
/// </summary>
public sealed class DemoDataLoader(
    IOptions<DemoDataOptions> options, IDocumentStore store, IServiceScopeFactory scopes, CaseNumbers numbers, TimeProvider clock,
    WorkingDayCalendar calendar, ShandongRegions regions, IOptions<WageArrearsRules> rules,
    IHostApplicationLifetime lifetime, ILogger<DemoDataLoader> logger) : BackgroundService
{
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

        await using (var query = store.QuerySession())
        {
            if (await query.Query<WageArrearsQueueItem>().AnyAsync(stoppingToken))
            {
                logger.LogInformation("Demo data: the store already holds cases; nothing loaded.");
                return;
            }
        }

        var now = clock.GetUtcNow();
        var cases = new DemoCaseGenerator(calendar, regions, rules.Value).Generate(now, options.Value.DemoCasesPerCity);
        await using (var session = store.LightweightSession())
        {
            foreach (var demo in cases) session.Events.StartStream<WageArrearsCase>(demo.Id, demo.Events);
            await session.SaveChangesAsync(stoppingToken);
        }
        await numbers.RaiseToAtLeastAsync(LastCaseNumbers(cases), stoppingToken);

        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        foreach (var message in cases.SelectMany(c => DeadlineSchedule.For(c.Events)))
        {
            if (message is DeliveryMessage<object> { Options.ScheduledTime: { } at } delivery && at > now)
                await bus.ScheduleAsync(delivery.Message, at);
        }

        var sample = cases.First(c => c.State.Status == CaseStatus.PendingAcceptance);
        logger.LogInformation(
            "Demo data: {Count} wage-arrears cases across {Cities} cities loaded. Try tracking {Tracking} with access code {Code}.",
            cases.Count, regions.Cities.Count, sample.TrackingNumber, sample.AccessCode);
    }

    private static Dictionary<string, int> LastCaseNumbers(IEnumerable<DemoCase> cases) => cases
        .SelectMany(c => c.Events.OfType<ComplaintAccepted>().Select(a => (c.State.CountyCode, a)))
        .GroupBy(x => CaseNumberFormat.Scope(x.CountyCode, x.a.FiledOn.Year))
        .ToDictionary(g => g.Key, g => g.Count());
}
