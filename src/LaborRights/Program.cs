using System.Text.Json.Serialization;
using JasperFx;
using JasperFx.Events;
using LaborRights.Arbitration;
using LaborRights.Benchmark;
using LaborRights.Calendar;
using LaborRights.Calendar.Publishing;
using LaborRights.Demo;
using LaborRights.Employers;
using LaborRights.Employers.Directory;
using LaborRights.Evidence;
using LaborRights.Discrimination;
using LaborRights.Hosting;
using LaborRights.Inspections;
using LaborRights.LegacyImport;
using LaborRights.ReferenceData;
using LaborRights.Referrals;
using LaborRights.Supervision;
using LaborRights.FollowUp;
using LaborRights.CreditSanctions;
using LaborRights.Notifications;
using LaborRights.Documents;
using LaborRights.Leads;
using LaborRights.Security.SignIn;
using LaborRights.Security.PersonalData;
using LaborRights.Security;
using LaborRights.CaseIndex;
using LaborRights.Tracking;
using LaborRights.WageArrears;
using LaborRights.Web;
using Marten;
using Weasel.Core;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Http;
using Wolverine.Marten;

var builder = WebApplication.CreateBuilder(args);
// A short connect timeout: while PostgreSQL is out of reach requests fail fast with 503 (DatabaseOutage).
string connectionString;
try
{
    // Writing or checking the generated handler code (an image build) needs no database.
    connectionString = GeneratedCode.IsCodeCommand(args)
        ? GeneratedCode.NoDatabase
        : DatabaseOutage.FailFast(await builder.EnsureDatabaseAsync());
}
catch (StartupRefusedException refused)
{
    await Console.Error.WriteLineAsync(refused.Message);
    return 2;
}
// Development and the tests change their schema themselves; a deployment's migration step does it everywhere else (ADR 0027).
var managesItsOwnDatabase = builder.Environment.ManagesItsOwnDatabase();
if (!managesItsOwnDatabase) builder.Services.AddHostedService<SchemaIsCurrentCheck>();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(WorkingDayCalendar.LoadEmbedded());
builder.Services.AddSingleton(ShandongRegions.LoadEmbedded());
builder.Services.AddTracking(builder.Configuration);
builder.Services.AddBenchmark();
builder.Services.AddWageArrears(builder.Configuration);
builder.Services.AddArbitration(builder.Configuration);
builder.Services.AddDiscrimination(builder.Configuration);
builder.Services.AddInspections(builder.Configuration);
builder.Services.AddDemoData(builder.Configuration);
builder.Services.AddLegacyImport();
builder.Services.AddPersonalData(builder.Configuration);
builder.Services.AddEvidence(builder.Configuration);
builder.Services.AddEmployerDirectory();
builder.Services.AddEmployerRegistry(builder.Configuration);
builder.Services.AddCreditSanctions(builder.Configuration);
builder.Services.AddDocuments();
builder.Services.AddWorkerNotifications();
builder.Services.AddHolidayArrangements();
builder.Services.AddTelemetry(builder.Configuration);

var marten = builder.Services.AddMarten(opts =>
    {
        opts.Connection(connectionString);
        opts.DatabaseSchemaName = builder.Configuration["Database:Schema"] ?? "laborrights";
        opts.Events.StreamIdentity = StreamIdentity.AsGuid;
        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        opts.AutoCreateSchemaObjects = managesItsOwnDatabase ? AutoCreate.CreateOrUpdate : AutoCreate.None;
        opts.ConfigureTracking();
        opts.ConfigureWageArrears();
        opts.ConfigureArbitration();
        opts.ConfigureCaseIndex();
        opts.ConfigureEmployers();
        opts.ConfigureBenchmark();
        opts.ConfigureReferrals();
        opts.ConfigureSupervision();
        opts.ConfigureFollowUp();
        opts.ConfigureCreditSanctions();
        opts.ConfigureWorkerNotifications();
        opts.ConfigureLeads();
        opts.ConfigureDiscrimination();
        opts.ConfigureInspections();
        opts.ConfigureLegacyImport();
        opts.ConfigurePersonalData();
        opts.ConfigureEvidence();
        opts.ConfigureDocuments();
        opts.ConfigureEmployerDirectory();
        opts.ConfigureHolidayArrangements();
        opts.ConfigureRateLimitStore();
        Cluster.ConfigureProjections(opts);
    })
    .UseLightweightSessions()
    .AddAsyncDaemon(Cluster.DaemonMode(managesItsOwnDatabase))
    .IntegrateWithWolverine()
    // Events a worker should know about become notifications through Wolverine, in order, once (issue 16, item 5).
    .SubscribeToEvents(new LaborRights.Notifications.WorkerNotificationSubscription());
if (managesItsOwnDatabase) marten.ApplyAllDatabaseChangesOnStartup();
builder.Services.AddCaseIndex();
builder.Services.AddReadModelUpgrade();

builder.Host.UseWolverine(opts =>
{
    opts.CodeGeneration.TypeLoadMode = GeneratedCode.Mode;
    Cluster.ConfigureNodes(opts);
    opts.AutoBuildMessageStorageOnStartup = managesItsOwnDatabase ? AutoCreate.CreateOrUpdate : AutoCreate.None;
    opts.ScheduleRecurringWork(builder.Configuration);
    opts.Policies.AutoApplyTransactions();
    opts.Policies.UseDurableLocalQueues();
    // A linkage or deadline message that lost an optimistic-concurrency race reloads the case and decides again.
    opts.OnException<JasperFx.ConcurrencyException>().RetryWithCooldown(
        TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500));
});

builder.Services.AddWolverineHttp();
builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
// With MVC registered (the pages), Wolverine.Http reads and writes JSON with MVC's options: the same rules there.
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => ApiJson.Configure(o.JsonSerializerOptions));
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemCustomization.Apply);
builder.Services.AddHardening(builder.Configuration, builder.Environment);
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddStaffSignIn(builder.Configuration, builder.Environment);
builder.Services.AddStaffAuthorization();
builder.Services.AddApiDocument();
builder.Services.AddPortal();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("postgresql", tags: ["ready"]);

var app = builder.Build();

// A person's page error is re-run through routing to the error page (Web/ErrorPages), so routing comes after it and
// before everything that reads the endpoint (rate limits, CORS, authorization).
app.UseErrorPages();
app.UseRouting();
app.UseHardening();
app.UseExceptionHandler();
app.UsePublicRateLimits();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRequestBodyLimits();
app.UseUnstorableTextGuard();
app.UseAuthentication();
app.UseCrossSiteRequestGuard();
app.UseAuthorization();

app.MapOpenApi().WithMetadata(new PublicAttribute());
app.UseSwaggerUI(o =>
{
    o.SwaggerEndpoint("/openapi/v1.json", "LaborRights API");
    o.RoutePrefix = "api-docs";
    o.DocumentTitle = "LaborRights API · 劳动权益案件管理";
});
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).WithMetadata(new PublicAttribute());
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).WithMetadata(new PublicAttribute());
app.MapTelemetry();
app.MapRazorPages();

app.MapWolverineEndpoints(opts =>
{
    opts.RequireAuthorizeOnAll();
    opts.MapConcurrencyFailuresToConflict(toProblemDetails: ConcurrencyProblems.From);
    opts.RejectUnparseableQueryValues = true;
    // Every endpoint declares an AccessRule (the access-matrix test enforces it); one record's endpoints are
    // scoped to the caller's roles and divisions before anything else runs (404 when out of reach).
    opts.AddMiddleware(typeof(ScopedRecordMiddleware), ScopedRecordMiddleware.AppliesTo);
});

app.Lifetime.ApplicationStarted.Register(() => GeneratedCode.Report(app.Logger, app.Environment));
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("LaborRights is running: {Urls} (API page: /api-docs)", string.Join(", ", app.Urls)));

try
{
    var exitCode = await app.RunJasperFxCommands(args);
    if (StartupRefusedException.Last is not { } refusal) return exitCode;
    await Console.Error.WriteLineAsync(refusal.Message);
    return 2;
}
catch (Exception e) when (StartupRefusedException.In(e) is { } refused)
{
    // Said plainly, without a stack trace: it is the operator's next step, not a bug.
    await Console.Error.WriteLineAsync(refused.Message);
    return 2;
}

public partial class Program;
