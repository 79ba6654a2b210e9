using LaborRights.Evidence;
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
    public const string Scope = "arbitration-application";

    public static Task<IResult> BeforeAsync(
        ArbitrationApplicationForm form, HttpRequest request, IQuerySession session, ShandongRegions regions, IntakeIdempotency idempotency,
        EvidenceStore evidence, CancellationToken ct) =>
        idempotency.BeforeFilingAsync(request, Scope, form.Validate(regions), session, form,
            () => evidence.CheckHeldAsync(form.EvidenceFiles, ct), ct);

    [Public]
    [EndpointSummary("网上申请劳动争议仲裁 · Apply for labour arbitration online")]
    [EndpointDescription("劳动者或用人单位无需登录即可在网上申请劳动争议仲裁，写明双方当事人、仲裁请求和事实理由（劳动争议调解仲裁法第28条），" +
        "仲裁不收费。成功返回 201，附查询号、查询码（只显示这一次，请妥善保存）和决定是否受理的期限（收到后5日内，第29条），" +
        "Location 为公开查询地址；逾期未决定或不予受理的，申请人可以向人民法院起诉。可带 Idempotency-Key 请求头，网络重试时取回第一次提交的结果，" +
        "不会产生第二个案件；同一个键用于不同内容返回 422，第一次提交仍在处理中返回 409。\n\n" +
        "A worker or an employer applies for labour-dispute arbitration online, without signing in, naming both parties, the claims and the facts " +
        "and reasons (Labour Dispute Mediation and Arbitration Law Art. 28); arbitration is free of charge. The answer (201) gives the tracking " +
        "number, the access code (shown only this once: keep it) and the date by which acceptance is decided (5 days, Art. 29), and Location is " +
        "the public tracking address; if the commission refuses or does not decide in time, the applicant may sue in court. Send an " +
        "Idempotency-Key header so that a retry returns the first submission's answer instead of a second case; the same key with a different form " +
        "gets 422, and 409 while the first submission is still being processed.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/applications/arbitration", OperationId = "fileArbitrationApplication")]
    [IdempotentFiling]
    public static (CreatedAnswer<ArbitrationApplicationFiled>, IStartStream, OutgoingMessages) Post(
        ArbitrationApplicationForm form, HttpRequest request, IDocumentSession session, ArbitrationServices services,
        IntakeIdempotency idempotency)
    {
        var filing = File(form, services, session);
        idempotency.RememberFiling(request, Scope, session, form, filing.Answer, filing.Location);
        return filing.Created();
    }

    /// <summary>The one way this kind is filed online: by the API above, and by the worker portal's form.</summary>
    public static OnlineFiling<ArbitrationApplicationFiled> File(ArbitrationApplicationForm form, ArbitrationServices services, IDocumentSession session)
    {
        var now = services.Clock.GetUtcNow();
        var (applied, accessCode) = ArbitrationIntake.Start(form, ArbitrationChannel.Online, "applicant:online", now, services);
        var answer = ArbitrationIntake.Answer(applied.ArbitrationCaseId, applied.TrackingNumber, accessCode, applied.AcceptanceDueOn, applied.AcceptanceDueIsProvisional);
        var location = TrackCaseEndpoint.PathOf(applied.TrackingNumber);
        return CaseIntake.FiledOnline<ArbitrationCase, ArbitrationApplicationFiled>(applied.ArbitrationCaseId, applied, location, answer, session, form.EvidenceFiles);
    }
}

/// <summary>The worker portal's form, filed exactly as the API files it; its idempotency key is the form's own (a hidden field).</summary>
public sealed record ApplyForArbitrationFromPortal(ArbitrationApplicationForm Form, string IdempotencyKey);

public static class ApplyForArbitrationFromPortalHandler
{
    public static (ArbitrationApplicationFiled, IStartStream, OutgoingMessages) Handle(
        ApplyForArbitrationFromPortal command, IDocumentSession session, ArbitrationServices services, IntakeIdempotency idempotency)
    {
        var filing = ApplyForArbitrationEndpoint.File(command.Form, services, session);
        idempotency.Remember(session, IntakeIdempotency.Scoped(ApplyForArbitrationEndpoint.Scope, command.IdempotencyKey), command.Form, filing.Answer, filing.Location);
        return filing.Invoked();
    }
}
