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

    public static Task<IResult> BeforeAsync(
        ArbitrationApplicationForm form, HttpRequest request, IQuerySession session, ShandongRegions regions, IntakeIdempotency idempotency,
        CancellationToken ct) =>
        idempotency.BeforeFilingAsync(request, Scope, form.Validate(regions), session, form, ct);

    [Public]
    [WolverinePost("/api/applications/arbitration")]
    [AcceptsHeader(IntakeIdempotency.Header,
        "重试时带上同一个键，可取回第一次提交的结果而不会重复立案（8至100个可见ASCII字符，24小时内有效）。/ " +
        "Send the same key with a retry to get the first submission's answer instead of a second case (8 to 100 visible ASCII characters, kept 24 hours).",
        MaxLength = 100)]
    [AnswersProblem(StatusCodes.Status409Conflict)]
    [AnswersProblem(StatusCodes.Status422UnprocessableEntity)]
    public static (CreatedAnswer<ArbitrationApplicationFiled>, IStartStream, OutgoingMessages) Post(
        ArbitrationApplicationForm form, HttpRequest request, IDocumentSession session, ArbitrationServices services,
        IntakeIdempotency idempotency)
    {
        var now = services.Clock.GetUtcNow();
        var (applied, accessCode) = ArbitrationIntake.Start(form, ArbitrationChannel.Online, "applicant:online", now, services);
        var answer = ArbitrationIntake.Answer(applied.ArbitrationCaseId, applied.TrackingNumber, accessCode, applied.AcceptanceDueOn);
        var location = TrackCaseEndpoint.PathOf(applied.TrackingNumber);
        idempotency.RememberFiling(request, Scope, session, form, answer, location);
        return CaseIntake.Opened<ArbitrationCase, ArbitrationApplicationFiled>(applied.ArbitrationCaseId, applied, location, answer);
    }
}
