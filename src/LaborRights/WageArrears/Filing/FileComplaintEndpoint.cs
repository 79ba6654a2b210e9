using LaborRights.Evidence;
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
    public const string Scope = "wage-arrears-complaint";

    public static Task<IResult> BeforeAsync(
        ComplaintForm form, HttpRequest request, IQuerySession session, ShandongRegions regions, CaseServices<WageArrearsRules> services,
        IntakeIdempotency idempotency, EvidenceStore evidence, CancellationToken ct) =>
        idempotency.BeforeFilingAsync(request, Scope, form.Validate(regions, ShanghaiTime.Today(services.Clock)), session, form,
            () => evidence.CheckHeldAsync(form.EvidenceFiles, ct), ct);

    [Public]
    [EndpointSummary("网上提交欠薪投诉 · File a wage-arrears complaint online")]
    [EndpointDescription("劳动者无需登录即可在网上提交欠薪投诉。成功返回 201，附查询号、查询码（只显示这一次，请妥善保存）" +
        "和作出受理决定的期限（收到后5个工作日内，劳动保障监察条例第15条），Location 为公开查询地址。可带 Idempotency-Key 请求头，" +
        "网络重试时取回第一次提交的结果，不会产生第二个案件；同一个键用于不同内容返回 422，第一次提交仍在处理中返回 409。" +
        "不知道用人单位统一社会信用代码的（包工头、个体户、未登记的单位），可以不填 employerCreditCode，但须填写 employerAddress" +
        "（可加 employerPhone）；受理前由监察员确认负责的登记单位。\n\n" +
        "A worker files a wage-arrears complaint online, without signing in. The answer (201) gives the tracking number, the access code (shown " +
        "only this once: keep it) and the date by which acceptance is decided (5 working days, Labour Security Supervision Regulations Art. 15); " +
        "Location is the public tracking address. Send an Idempotency-Key header so that a retry returns the first submission's answer instead of " +
        "a second case; the same key with a different form gets 422, and 409 while the first submission is still being processed. A worker who " +
        "does not know the employer's credit code (a labour contractor, a shop, an unregistered unit) leaves employerCreditCode empty and gives " +
        "employerAddress (and employerPhone if known); an inspector identifies the registered unit that answers for it before acceptance.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/complaints/wage-arrears", OperationId = "fileWageArrearsComplaint")]
    [IdempotentFiling]
    public static (CreatedAnswer<ComplaintFiled>, IStartStream, OutgoingMessages) Post(
        ComplaintForm form, HttpRequest request, IDocumentSession session, CaseServices<WageArrearsRules> services, IntakeIdempotency idempotency)
    {
        var filing = File(form, services, session);
        idempotency.RememberFiling(request, Scope, session, form, filing.Answer, filing.Location);
        return filing.Created();
    }

    /// <summary>The one way this kind is filed online: by the API above, and by the worker portal's form.</summary>
    public static OnlineFiling<ComplaintFiled> File(ComplaintForm form, CaseServices<WageArrearsRules> services, IDocumentSession session)
    {
        var now = services.Clock.GetUtcNow();
        var (received, accessCode) = ComplaintIntake.Start(form, IntakeChannel.Online, "complainant:online", now, services);
        var answer = ComplaintIntake.Answer(received.WageArrearsCaseId, received.TrackingNumber, accessCode, received.AcceptanceDueOn, received.AcceptanceDueIsProvisional);
        var location = TrackCaseEndpoint.PathOf(received.TrackingNumber);
        return CaseIntake.FiledOnline<WageArrearsCase, ComplaintFiled>(received.WageArrearsCaseId, received, location, answer, session, form.EvidenceFiles);
    }
}

/// <summary>The worker portal's form, filed exactly as the API files it; its idempotency key is the form's own (a hidden field).</summary>
public sealed record FileComplaintFromPortal(ComplaintForm Form, string IdempotencyKey);

public static class FileComplaintFromPortalHandler
{
    public static (ComplaintFiled, IStartStream, OutgoingMessages) Handle(
        FileComplaintFromPortal command, IDocumentSession session, CaseServices<WageArrearsRules> services, IntakeIdempotency idempotency)
    {
        var filing = FileComplaintEndpoint.File(command.Form, services, session);
        idempotency.Remember(session, IntakeIdempotency.Scoped(FileComplaintEndpoint.Scope, command.IdempotencyKey), command.Form, filing.Answer, filing.Location);
        return filing.Invoked();
    }
}
