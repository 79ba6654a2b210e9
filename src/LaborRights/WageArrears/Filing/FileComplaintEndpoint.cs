using LaborRights.Security;
using LaborRights.Tracking;
using LaborRights.ReferenceData;
using Marten;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Filing;

/// <summary>
/// A worker files a wage-arrears complaint online (全国根治欠薪线索反映平台 style). With an <c>Idempotency-Key</c>
/// header a retried submission returns the case the first one created.
/// </summary>
public static class FileComplaintEndpoint
{
    public const string IdempotencyHeader = IntakeIdempotency.Header;
    private const string Scope = "wage-arrears-complaint";

    public static async Task<IResult> BeforeAsync(
        ComplaintForm form, HttpRequest request, IQuerySession session, ShandongRegions regions, CaseServices<WageArrearsRules> services,
        IntakeIdempotency idempotency, CancellationToken ct)
    {
        var errors = form.Validate(regions, ShanghaiTime.Today(services.Clock));
        var key = IntakeIdempotency.KeyFrom(request, Scope, errors);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        return await idempotency.ReplayAsync(session, key, form, ct) ?? WolverineContinue.Result();
    }

    [Public]
    [WolverinePost("/api/complaints/wage-arrears")]
    public static (IResult, IStartStream, OutgoingMessages) Post(
        ComplaintForm form, HttpRequest request, IDocumentSession session, CaseServices<WageArrearsRules> services, IntakeIdempotency idempotency)
    {
        var now = services.Clock.GetUtcNow();
        var (received, accessCode) = ComplaintIntake.Start(form, IntakeChannel.Online, "complainant:online", now, services);
        var id = received.WageArrearsCaseId;
        var answer = ComplaintIntake.Answer(id, received.TrackingNumber, accessCode, received.AcceptanceDueOn);
        if (IntakeIdempotency.KeyFrom(request, Scope, new FieldErrors()) is { } key) idempotency.Remember(session, key, form, answer);
        return (Results.Created($"/api/tracking/{received.TrackingNumber}", answer),
            MartenOps.StartStream<WageArrearsCase>(id, received),
            Deadlines.DeadlineSchedule.For([received]));
    }
}
