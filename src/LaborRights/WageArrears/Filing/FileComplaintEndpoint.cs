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

    public static Task<IResult> BeforeAsync(
        ComplaintForm form, HttpRequest request, IQuerySession session, ShandongRegions regions, CaseServices<WageArrearsRules> services,
        IntakeIdempotency idempotency, CancellationToken ct) =>
        idempotency.BeforeFilingAsync(request, Scope, form.Validate(regions, ShanghaiTime.Today(services.Clock)), session, form, ct);

    [Public]
    [WolverinePost("/api/complaints/wage-arrears")]
    [AcceptsHeader(IntakeIdempotency.Header,
        "重试时带上同一个键，可取回第一次提交的结果而不会重复立案（8至100个可见ASCII字符，24小时内有效）。/ " +
        "Send the same key with a retry to get the first submission's answer instead of a second case (8 to 100 visible ASCII characters, kept 24 hours).",
        MaxLength = 100)]
    [AnswersProblem(StatusCodes.Status409Conflict)]
    [AnswersProblem(StatusCodes.Status422UnprocessableEntity)]
    public static (CreatedAnswer<ComplaintFiled>, IStartStream, OutgoingMessages) Post(
        ComplaintForm form, HttpRequest request, IDocumentSession session, CaseServices<WageArrearsRules> services, IntakeIdempotency idempotency)
    {
        var now = services.Clock.GetUtcNow();
        var (received, accessCode) = ComplaintIntake.Start(form, IntakeChannel.Online, "complainant:online", now, services);
        var answer = ComplaintIntake.Answer(received.WageArrearsCaseId, received.TrackingNumber, accessCode, received.AcceptanceDueOn);
        var location = TrackCaseEndpoint.PathOf(received.TrackingNumber);
        idempotency.RememberFiling(request, Scope, session, form, answer, location);
        return CaseIntake.Opened<WageArrearsCase, ComplaintFiled>(received.WageArrearsCaseId, received, location, answer);
    }
}
