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

    public static Task<IResult> BeforeAsync(
        DiscriminationForm form, HttpRequest request, IQuerySession session, ShandongRegions regions,
        CaseServices<DiscriminationRules> services, IntakeIdempotency idempotency, CancellationToken ct) =>
        idempotency.BeforeFilingAsync(request, Scope, form.Validate(regions, ShanghaiTime.Today(services.Clock)), session, form, ct);

    [Public]
    [WolverinePost("/api/complaints/discrimination")]
    [AcceptsHeader(IntakeIdempotency.Header,
        "重试时带上同一个键，可取回第一次提交的结果而不会重复立案（8至100个可见ASCII字符，24小时内有效）。/ " +
        "Send the same key with a retry to get the first submission's answer instead of a second case (8 to 100 visible ASCII characters, kept 24 hours).",
        MaxLength = 100)]
    [AnswersProblem(StatusCodes.Status409Conflict)]
    [AnswersProblem(StatusCodes.Status422UnprocessableEntity)]
    public static (CreatedAnswer<DiscriminationComplaintFiled>, IStartStream, OutgoingMessages) Post(
        DiscriminationForm form, HttpRequest request, IDocumentSession session, CaseServices<DiscriminationRules> services,
        IntakeIdempotency idempotency)
    {
        var now = services.Clock.GetUtcNow();
        var (received, accessCode) = DiscriminationIntake.Start(
            form, DiscriminationChannel.Online, DiscriminationIntake.OnlineActor(form.FilingKind!.Value), now, services);
        var answer = DiscriminationIntake.Answer(received.DiscriminationCaseId, received.TrackingNumber, accessCode, received.AcceptanceDueOn, received.Grounds);
        var location = TrackCaseEndpoint.PathOf(received.TrackingNumber);
        idempotency.RememberFiling(request, Scope, session, form, answer, location);
        return CaseIntake.Opened<DiscriminationCase, DiscriminationComplaintFiled>(received.DiscriminationCaseId, received, location, answer);
    }
}
