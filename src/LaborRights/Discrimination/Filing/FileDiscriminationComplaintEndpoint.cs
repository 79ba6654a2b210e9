using LaborRights.Evidence;
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
    public const string Scope = "discrimination-complaint";

    public static Task<IResult> BeforeAsync(
        DiscriminationForm form, HttpRequest request, IQuerySession session, ShandongRegions regions,
        CaseServices<DiscriminationRules> services, IntakeIdempotency idempotency, EvidenceStore evidence, CancellationToken ct) =>
        idempotency.BeforeFilingAsync(request, Scope, form.Validate(regions, ShanghaiTime.Today(services.Clock)), session, form,
            () => evidence.CheckHeldAsync(form.EvidenceFiles, ct), ct);

    [Public]
    [EndpointSummary("网上投诉、举报就业歧视 · File a discrimination complaint or report")]
    [EndpointDescription("任何人无需登录即可在网上投诉或举报用人单位的就业歧视（filingKind 选投诉或举报）。成功返回 201，附查询号、" +
        "查询码（只显示这一次，请妥善保存）和作出受理决定的期限（收到后5个工作日内）；所选事由不属于法律明确列举的歧视事由的，会在回复中列出。" +
        "可带 Idempotency-Key 请求头，网络重试时取回第一次提交的结果，不会产生第二个案件；同一个键用于不同内容返回 422，" +
        "第一次提交仍在处理中返回 409。\n\n" +
        "Anyone files a complaint or a report (filingKind) of employment discrimination online, without signing in. The answer (201) gives the " +
        "tracking number, the access code (shown only this once: keep it) and the date by which acceptance is decided (5 working days), and lists " +
        "any ground chosen that the law does not name. Send an Idempotency-Key header so that a retry returns the first submission's answer " +
        "instead of a second case; the same key with a different form gets 422, and 409 while the first submission is still being processed.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/complaints/discrimination", OperationId = "fileDiscriminationComplaint")]
    [IdempotentFiling]
    public static (CreatedAnswer<DiscriminationComplaintFiled>, IStartStream, OutgoingMessages) Post(
        DiscriminationForm form, HttpRequest request, IDocumentSession session, CaseServices<DiscriminationRules> services,
        IntakeIdempotency idempotency)
    {
        var filing = File(form, services, session);
        idempotency.RememberFiling(request, Scope, session, form, filing.Answer, filing.Location);
        return filing.Created();
    }

    /// <summary>The one way this kind is filed online: by the API above, and by the worker portal's form.</summary>
    public static OnlineFiling<DiscriminationComplaintFiled> File(DiscriminationForm form, CaseServices<DiscriminationRules> services, IDocumentSession session)
    {
        var now = services.Clock.GetUtcNow();
        var (received, accessCode) = DiscriminationIntake.Start(
            form, DiscriminationChannel.Online, DiscriminationIntake.OnlineActor(form.FilingKind!.Value), now, services);
        var answer = DiscriminationIntake.Answer(received.DiscriminationCaseId, received.TrackingNumber, accessCode, received.AcceptanceDueOn, received.Grounds,
            received.AcceptanceDueIsProvisional);
        var location = TrackCaseEndpoint.PathOf(received.TrackingNumber);
        return CaseIntake.FiledOnline<DiscriminationCase, DiscriminationComplaintFiled>(received.DiscriminationCaseId, received, location, answer, session, form.EvidenceFiles);
    }
}

/// <summary>The worker portal's form, filed exactly as the API files it; its idempotency key is the form's own (a hidden field).</summary>
public sealed record FileDiscriminationComplaintFromPortal(DiscriminationForm Form, string IdempotencyKey);

public static class FileDiscriminationComplaintFromPortalHandler
{
    public static (DiscriminationComplaintFiled, IStartStream, OutgoingMessages) Handle(
        FileDiscriminationComplaintFromPortal command, IDocumentSession session, CaseServices<DiscriminationRules> services, IntakeIdempotency idempotency)
    {
        var filing = FileDiscriminationComplaintEndpoint.File(command.Form, services, session);
        idempotency.Remember(session, IntakeIdempotency.Scoped(FileDiscriminationComplaintEndpoint.Scope, command.IdempotencyKey), command.Form, filing.Answer, filing.Location);
        return filing.Invoked();
    }
}
