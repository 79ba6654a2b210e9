using System.Diagnostics.Metrics;
using LaborRights.CaseIndex;
using Marten;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LaborRights.Hosting;

/// <summary>Configuration section "Telemetry" (ADR 0028).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Where traces and metrics go over OTLP (e.g. http://otel-collector:4317); nothing is exported without it.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Serve metrics for a Prometheus scraper at <see cref="PrometheusPath"/> (expose it to the scraper's network only).</summary>
    public bool PrometheusEnabled { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>How often the business gauges (open and overdue cases per kind, projection lag) are read from the database.</summary>
    public int BusinessMetricsSeconds { get; set; } = 30;
}

/// <summary>
/// The application's own measurements, beside what ASP.NET Core, HttpClient, Npgsql, Wolverine and Marten emit:
/// cases received, open and overdue per kind, and how far each asynchronous projection is behind the event store.
/// Tags are the case kind and the projection's name only — never a person, a case or an employer.
/// </summary>
public sealed class BusinessMetrics : BackgroundService
{
    public const string MeterName = "LaborRights";

    private readonly IDocumentStore _store;
    private readonly TelemetryOptions _options;
    private readonly ILogger<BusinessMetrics> _logger;
    private volatile Snapshot _last = new([], [], [], []);

    private sealed record Snapshot(
        IReadOnlyList<Measurement<long>> Received, IReadOnlyList<Measurement<long>> Open, IReadOnlyList<Measurement<long>> Overdue,
        IReadOnlyList<Measurement<long>> ProjectionLag);

    public BusinessMetrics(IDocumentStore store, Microsoft.Extensions.Options.IOptions<TelemetryOptions> options, IMeterFactory meters, ILogger<BusinessMetrics> logger)
    {
        (_store, _options, _logger) = (store, options.Value, logger);
        var meter = meters.Create(MeterName);
        meter.CreateObservableCounter("laborrights.cases.received", () => _last.Received, "{case}", "Cases received, by kind");
        meter.CreateObservableGauge("laborrights.cases.open", () => _last.Open, "{case}", "Cases not yet ended, by kind");
        meter.CreateObservableGauge("laborrights.cases.overdue", () => _last.Overdue, "{case}", "Open cases with a statutory deadline passed, by kind");
        meter.CreateObservableGauge("laborrights.projection.lag", () => _last.ProjectionLag, "{event}",
            "Events an asynchronous projection is behind the event store's high-water mark");
    }

    public async Task RefreshAsync(CancellationToken ct)
    {
        await using var session = _store.QuerySession();
        var received = new List<Measurement<long>>();
        var open = new List<Measurement<long>>();
        var overdue = new List<Measurement<long>>();
        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            var tag = new KeyValuePair<string, object?>("kind", kind.ToString());
            received.Add(new(await session.Query<CaseIndexEntry>().CountAsync(x => x.Kind == kind, ct), tag));
            open.Add(new(await session.Query<CaseIndexEntry>().CountAsync(x => x.Kind == kind && x.IsOpen, ct), tag));
            overdue.Add(new(await session.Query<CaseIndexEntry>().CountAsync(x => x.Kind == kind && x.IsOpen && x.IsOverdue, ct), tag));
        }
        var highWater = await _store.Storage.Database.FetchHighestEventSequenceNumber(ct);
        var lag = (await _store.Advanced.AllProjectionProgress(token: ct))
            .Where(s => s.ShardName != "HighWaterMark")
            .Select(s => new Measurement<long>(Math.Max(0, highWater - s.Sequence), new KeyValuePair<string, object?>("projection", s.ShardName)))
            .ToList();
        _last = new Snapshot(received, open, overdue, lag);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, _options.BusinessMetricsSeconds)));
        do
        {
            try { await RefreshAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { _logger.LogWarning("Business metrics not refreshed: {Error}", e.GetBaseException().Message); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class TelemetryModule
{
    /// <summary>Traces and metrics of the whole stack; exported over OTLP and scraped by Prometheus only when configured.</summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.Configure<TelemetryOptions>(configuration.GetSection(TelemetryOptions.Section));
        services.AddHostedService<BusinessMetrics>();
        var otlp = string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? null : new Uri(options.OtlpEndpoint);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("laborrights"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql()
                    .AddSource("Wolverine", "Marten");
                if (otlp is not null) tracing.AddOtlpExporter(o => o.Endpoint = otlp);
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("Wolverine", "Marten", "Npgsql", BusinessMetrics.MeterName);
                if (otlp is not null) metrics.AddOtlpExporter(o => o.Endpoint = otlp);
                if (options.PrometheusEnabled) metrics.AddPrometheusExporter();
            });
        return services;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        var options = app.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        // Served like the health checks, without sign-in: expose the path to the scraper's network only (README).
        if (options.PrometheusEnabled) app.MapPrometheusScrapingEndpoint(options.PrometheusPath).WithMetadata(new Security.PublicAttribute());
        return app;
    }
}
