using LaborRights.Security;
using LaborRights.Tracking;
using LaborRights.Arbitration.Deadlines;
using LaborRights.ReferenceData;
using Marten;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Filing;

/// <summary>
/// A worker or an employer applies for arbitration online (掌上12333 style). With an <c>Idempotency-Key</c> header a
/// retried submission returns the case the first one created. Arbitration is free of charge (第53条): no fee step.
/// </summary>
public static class ApplyForArbitrationEndpoint
{
    public const string IdempotencyHeader = IntakeIdempotency.Header;
    private const string Scope = "arbitration-application";

    public static async Task<IResult> BeforeAsync(
        ArbitrationApplicationForm form, HttpRequest request, IQuerySession session, ShandongRegions regions, ArbitrationServices services,
        IntakeIdempotency idempotency, CancellationToken ct)
    {
        var errors = form.Validate(regions);
        var key = IntakeIdempotency.KeyFrom(request, Scope, errors);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        return await idempotency.ReplayAsync(session, key, form, ct) ?? WolverineContinue.Result();
    }

    [Public]
    [WolverinePost("/api/applications/arbitration")]
    public static (IResult, IStartStream, OutgoingMessages) Post(
        ArbitrationApplicationForm form, HttpRequest request, IDocumentSession session, ArbitrationServices services,
        IntakeIdempotency idempotency)
    {
        var now = services.Clock.GetUtcNow();
        var (applied, accessCode) = ArbitrationIntake.Start(form, ArbitrationChannel.Online, "applicant:online", now, services);
        var id = applied.ArbitrationCaseId;
        var answer = ArbitrationIntake.Answer(id, applied.TrackingNumber, accessCode, applied.AcceptanceDueOn);
        if (IntakeIdempotency.KeyFrom(request, Scope, new FieldErrors()) is { } key) idempotency.Remember(session, key, form, answer);
        return (Results.Created($"/api/tracking/{applied.TrackingNumber}", answer),
            MartenOps.StartStream<ArbitrationCase>(id, applied),
            ArbitrationDeadlineSchedule.For([applied]));
    }
}
