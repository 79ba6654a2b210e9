using LaborRights.Security;
using LaborRights.Tracking;
using LaborRights.Discrimination.Deadlines;
using LaborRights.ReferenceData;
using Marten;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Filing;

/// <summary>
/// Anyone files a discrimination complaint (投诉) or report (举报) online, without an account. With an
/// <c>Idempotency-Key</c> header a retried submission returns the case the first one created.
/// </summary>
public static class FileDiscriminationComplaintEndpoint
{
    public const string IdempotencyHeader = IntakeIdempotency.Header;
    private const string Scope = "discrimination-complaint";

    public static async Task<IResult> BeforeAsync(
        DiscriminationForm form, HttpRequest request, IQuerySession session, ShandongRegions regions,
        CaseServices<DiscriminationRules> services, IntakeIdempotency idempotency, CancellationToken ct)
    {
        var errors = form.Validate(regions, ShanghaiTime.Today(services.Clock));
        var key = IntakeIdempotency.KeyFrom(request, Scope, errors);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        return await idempotency.ReplayAsync(session, key, form, ct) ?? WolverineContinue.Result();
    }

    [Public]
    [WolverinePost("/api/complaints/discrimination")]
    public static (IResult, IStartStream, OutgoingMessages) Post(
        DiscriminationForm form, HttpRequest request, IDocumentSession session, CaseServices<DiscriminationRules> services,
        IntakeIdempotency idempotency)
    {
        var now = services.Clock.GetUtcNow();
        var (received, accessCode) = DiscriminationIntake.Start(
            form, DiscriminationChannel.Online, DiscriminationIntake.OnlineActor(form.FilingKind!.Value), now, services);
        var id = received.DiscriminationCaseId;
        var answer = DiscriminationIntake.Answer(id, received.TrackingNumber, accessCode, received.AcceptanceDueOn, received.Grounds);
        if (IntakeIdempotency.KeyFrom(request, Scope, new FieldErrors()) is { } key) idempotency.Remember(session, key, form, answer);
        return (Results.Created($"/api/tracking/{received.TrackingNumber}", answer),
            MartenOps.StartStream<DiscriminationCase>(id, received),
            DiscriminationDeadlineSchedule.For([received]));
    }
}
