using System.Security.Claims;
using LaborRights.Hosting.Api;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Security.PersonalData;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Documents;

/// <summary>Which document to make from a wage-arrears case.</summary>
public sealed record IssueDocument(DocumentKind? Kind);

/// <summary>送达: how and when the version in force (<paramref name="DocumentVersion"/>) reached its addressee.</summary>
/// <param name="Version">The document record's version the person saw (409 when it moved).</param>
/// <param name="To">Whom it reached; may be left out when the document has one addressee.</param>
public sealed record RecordService(int Version, int DocumentVersion, ServiceMethod? Method, DateOnly? ServedOn, string? Note, DocumentAddressee? To = null);

/// <summary>A case's documents: those issued, and the kinds its decisions call for that are not issued yet.</summary>
public sealed record CaseDocuments(Guid CaseId, IReadOnlyList<CaseDocument> Issued, IReadOnlyList<DocumentKind> Outstanding);

/// <summary>A document after a command: send <paramref name="Version"/> with the next one.</summary>
public sealed record DocumentAccepted(Guid Id, int Version, int DocumentVersion, string Number);

public enum DocumentPurpose { Read, Act }

/// <summary>
/// One document, in its case's county: read by the staff who read that kind of case there; served and reissued by the
/// role that issues that kind of document (an inspector's, an arbitrator's).
/// </summary>
public sealed class DocumentAccessAttribute(DocumentPurpose purpose) : ScopedRecordAccess(purpose == DocumentPurpose.Read
    ? [StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor]
    : [StaffRoles.Inspector, StaffRoles.Arbitrator])
{
    public DocumentPurpose Purpose { get; } = purpose;

    public override string What => "该文书 / document";

    public override async Task<string?> CountyOfAsync(Guid id, IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<CaseDocument>(id, ct))?.CountyCode;

    public override async Task<bool> ReachesAsync(Guid id, StaffScope scope, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<CaseDocument>(id, ct) is { } document && Reaches(document, scope, Purpose);

    public static bool Reaches(CaseDocument document, StaffScope scope, DocumentPurpose purpose) => purpose == DocumentPurpose.Read
        ? scope.Reads(document.Case.Kind, document.CountyCode)
        : scope.Covers(document.CountyCode) && scope.IsInRole(DocumentKinds.Of(document.Kind).IssuerRole);

    public override string ToString() => $"document({Purpose}: {string.Join(',', AllowedRoles)})";
}

public static class DocumentRules
{
    public static FieldErrors Validate(IssueDocument command)
    {
        var errors = new FieldErrors().Required("kind", command.Kind, "文书种类", "Kind of document");
        if (command.Kind is { } kind && !Enum.IsDefined(kind)) errors.Add("kind", "未知的文书种类", "Unknown kind of document");
        return errors;
    }

    public static FieldErrors Validate(RecordService command, DateOnly today)
    {
        var errors = new FieldErrors().Required("method", command.Method, "送达方式", "Method of service")
            .Required("servedOn", command.ServedOn, "送达日期", "Date of service")
            .MaxLength("note", command.Note, 500, "送达说明", "Note");
        if (command.ServedOn > today) errors.Add("servedOn", "送达日期不能晚于今天", "The date of service cannot be in the future");
        return errors;
    }

    /// <summary>Service is recorded for the version in force, once per addressee, and not before the day it was issued.</summary>
    public static Decision Serve(CaseDocument document, RecordService command, string actor, DateTimeOffset now)
    {
        if (command.DocumentVersion != document.Current.Version)
            return new Refusal("not-the-version-in-force", $"应记录现行第{document.Current.Version}版的送达。",
                $"Record the service of the version in force ({document.Current.Version}).");
        if (command.To is null && document.Addressees.Count > 1)
            return new Refusal("addressee-needed", "这份文书送达多方当事人，请选择受送达人。", "The document goes to more than one party: choose whom it reached.");
        var to = command.To ?? document.Addressees[0];
        if (!document.Addressees.Contains(to))
            return new Refusal("not-an-addressee", $"这份文书不送达{DocumentKinds.AddresseeZh(to)}。", $"The document is not addressed to the {to}.");
        if (document.ServiceOn(to) is { } served)
            return new Refusal("already-served", $"该文书已于{served.ServedOn:yyyy年M月d日}送达{DocumentKinds.AddresseeZh(to)}。",
                $"The document was already served on the {to} on {served.ServedOn:yyyy-MM-dd}.");
        if (command.ServedOn < ShanghaiTime.DateOf(document.Current.IssuedAt))
            return new Refusal("served-before-issued", "送达日期不能早于文书制作日期。", "A document cannot be served before it was issued.");
        return Decision.Emit(new DocumentServed(document.Id, document.Current.Version, to, command.Method!.Value, command.ServedOn!.Value,
            string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(), actor, now));
    }
}

public static class IssueDocumentEndpoint
{
    public static ProblemDetails Validate(IssueDocument command) => DocumentRules.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("制作欠薪案件文书 · Issue a document of a wage-arrears case")]
    [EndpointDescription("监察员根据案件的决定制作文书（受理通知书、不予受理决定书、限期改正指令书、行政处理决定书）：内容取自案件记录，" +
        "按本机关文书编号，生成 PDF 并保存（文书和 PDF 的 SHA-256 记入事件，不可修改）。再次制作同一文书为新的版本，编号不变，旧版本保留。" +
        "制作文书会显示当事人的完整信息，记为一次个人信息查看。案件还没有该决定的返回 422。\n\n" +
        "An inspector issues the document a decision of the case requires (acceptance notice, refusal decision, order to pay, decision on " +
        "additional compensation): composed from the case's records, numbered in the office's series, rendered as a PDF and kept (its SHA-256 " +
        "in the event; never changed). Issuing it again makes a new version under the same number; earlier versions stay. The document states " +
        "the parties in full, so issuing it is recorded as an access to personal data. 422 when the case has no such decision.")]
    [Tags("文书 · Documents")]
    [AnswersProblem(StatusCodes.Status422UnprocessableEntity)]
    [WolverinePost("/api/wage-arrears/{id}/documents", OperationId = "issueWageArrearsDocument")]
    public static Task<CreatedAnswer<IssuedDocument>> Issue(Guid id, IssueDocument command, ClaimsPrincipal user, DocumentIssuing issuing, CancellationToken ct) =>
        issuing.AnswerAsync(new CaseReference(CaseKind.WageArrears, id), command.Kind!.Value, user, ct);
}

public static class IssueArbitrationDocumentEndpoint
{
    public static ProblemDetails Validate(IssueDocument command) => DocumentRules.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("制作仲裁文书 · Issue a document of an arbitration case")]
    [EndpointDescription("仲裁员根据案件的决定制作文书（受理通知书、不予受理通知书、开庭通知书、调解书、先行裁决书、仲裁裁决书）：内容取自案件记录，" +
        "裁决书逐项写明仲裁请求、裁决结果和是否终局；文书以案号为编号（不予受理通知书另行编号）；生成 PDF 并保存，不可修改，再次制作为新版本。" +
        "制作文书记为一次个人信息查看。案件还没有该决定的返回 422。\n\n" +
        "An arbitrator issues the document a decision of the case requires (acceptance notice, refusal notice, hearing notice, mediation " +
        "statement, partial award, award): composed from the case's records, the award stating each claim item, its ruling and whether it is " +
        "final; numbered with the case number (a refusal in its own series); kept as a PDF that never changes, a reissue being a new version. " +
        "Issuing is recorded as an access to personal data. 422 when the case has no such decision.")]
    [Tags("文书 · Documents")]
    [AnswersProblem(StatusCodes.Status422UnprocessableEntity)]
    [WolverinePost("/api/arbitration/{id}/documents", OperationId = "issueArbitrationDocument")]
    public static Task<CreatedAnswer<IssuedDocument>> Issue(Guid id, IssueDocument command, ClaimsPrincipal user, DocumentIssuing issuing, CancellationToken ct) =>
        issuing.AnswerAsync(new CaseReference(CaseKind.Arbitration, id), command.Kind!.Value, user, ct);
}

public static class IssueDiscriminationDocumentEndpoint
{
    public static ProblemDetails Validate(IssueDocument command) => DocumentRules.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("制作就业歧视案件文书 · Issue a document of a discrimination case")]
    [EndpointDescription("监察员根据案件的决定制作文书（受理通知书、不予受理决定书、限期改正指令书、行政处罚决定书），内容取自案件记录，按本机关文书编号，" +
        "生成 PDF 并保存，不可修改；再次制作为新版本。制作文书记为一次个人信息查看。案件还没有该决定的返回 422。\n\n" +
        "An inspector issues the document a decision of the case requires (acceptance notice, refusal decision, order to correct, penalty " +
        "decision), composed from the case's records, numbered in the office's series, kept as a PDF that never changes; a reissue is a new " +
        "version. Issuing is recorded as an access to personal data. 422 when the case has no such decision.")]
    [Tags("文书 · Documents")]
    [AnswersProblem(StatusCodes.Status422UnprocessableEntity)]
    [WolverinePost("/api/discrimination/{id}/documents", OperationId = "issueDiscriminationDocument")]
    public static Task<CreatedAnswer<IssuedDocument>> Issue(Guid id, IssueDocument command, ClaimsPrincipal user, DocumentIssuing issuing, CancellationToken ct) =>
        issuing.AnswerAsync(new CaseReference(CaseKind.Discrimination, id), command.Kind!.Value, user, ct);
}

public static class IssueInspectionDocumentEndpoint
{
    public static ProblemDetails Validate(IssueDocument command) => DocumentRules.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector)]
    [EndpointSummary("制作劳动保障监察检查文书 · Issue a document of a labour inspection")]
    [EndpointDescription("监察员根据检查案件的决定制作文书（限期改正指令书、行政处罚决定书），违法事实逐项列出，内容取自案件记录，按本机关文书编号，" +
        "生成 PDF 并保存，不可修改；再次制作为新版本。案件还没有该决定的返回 422。\n\n" +
        "An inspector issues the document a decision of the inspection requires (order to rectify, penalty decision), the violations listed one " +
        "by one from the case's records, numbered in the office's series, kept as a PDF that never changes; a reissue is a new version. 422 when " +
        "the case has no such decision.")]
    [Tags("文书 · Documents")]
    [AnswersProblem(StatusCodes.Status422UnprocessableEntity)]
    [WolverinePost("/api/inspections/{id}/documents", OperationId = "issueInspectionDocument")]
    public static Task<CreatedAnswer<IssuedDocument>> Issue(Guid id, IssueDocument command, ClaimsPrincipal user, DocumentIssuing issuing, CancellationToken ct) =>
        issuing.AnswerAsync(new CaseReference(CaseKind.Inspection, id), command.Kind!.Value, user, ct);
}

public static class DocumentReadEndpoints
{
    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("就业歧视案件的文书 · List a discrimination case's documents")]
    [EndpointDescription("案件已制作的文书（各版本、送达情况、从送达起算的复议和诉讼期限），以及案件的决定需要但还没有制作的文书种类。\n\n" +
        "The documents issued in the case (versions, service, the review and suit periods counted from service), and the kinds its decisions " +
        "call for that are not issued yet.")]
    [Tags("文书 · Documents")]
    [WolverineGet("/api/discrimination/{id}/documents", OperationId = "listDiscriminationDocuments")]
    public static async Task<Answer<CaseDocuments>> ListDiscrimination(Guid id, IQuerySession session, CancellationToken ct) =>
        await CaseDocumentsAsync(session, new CaseReference(CaseKind.Discrimination, id), ct);

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("检查案件的文书 · List a labour inspection's documents")]
    [EndpointDescription("检查案件已制作的文书（各版本、送达情况、从送达起算的复议和诉讼期限），以及案件的决定需要但还没有制作的文书种类。\n\n" +
        "The documents issued in the inspection (versions, service, the review and suit periods counted from service), and the kinds its " +
        "decisions call for that are not issued yet.")]
    [Tags("文书 · Documents")]
    [WolverineGet("/api/inspections/{id}/documents", OperationId = "listInspectionDocuments")]
    public static async Task<Answer<CaseDocuments>> ListInspection(Guid id, IQuerySession session, CancellationToken ct) =>
        await CaseDocumentsAsync(session, new CaseReference(CaseKind.Inspection, id), ct);

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor)]
    [EndpointSummary("仲裁案件的文书 · List an arbitration case's documents")]
    [EndpointDescription("案件已制作的文书（各版本、向各方当事人的送达情况、从送达起算的起诉和申请撤销期限），以及案件的决定需要但还没有制作的文书种类。\n\n" +
        "The documents issued in the case (versions, service on each party, the periods to sue and to apply to set aside counted from service), " +
        "and the kinds its decisions call for that are not issued yet.")]
    [Tags("文书 · Documents")]
    [WolverineGet("/api/arbitration/{id}/documents", OperationId = "listArbitrationDocuments")]
    public static async Task<Answer<CaseDocuments>> ListArbitration(Guid id, IQuerySession session, CancellationToken ct) =>
        await CaseDocumentsAsync(session, new CaseReference(CaseKind.Arbitration, id), ct);

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("欠薪案件的文书 · List a wage-arrears case's documents")]
    [EndpointDescription("案件已制作的文书（各版本、送达情况、从送达起算的复议和诉讼期限），以及案件的决定需要但还没有制作的文书种类。\n\n" +
        "The documents issued in the case (versions, service, the review and suit periods counted from service), and the kinds its decisions " +
        "call for that are not issued yet.")]
    [Tags("文书 · Documents")]
    [WolverineGet("/api/wage-arrears/{id}/documents", OperationId = "listWageArrearsDocuments")]
    public static async Task<Answer<CaseDocuments>> List(Guid id, IQuerySession session, CancellationToken ct) =>
        await CaseDocumentsAsync(session, new CaseReference(CaseKind.WageArrears, id), ct);

    public static async Task<CaseDocuments> CaseDocumentsAsync(IQuerySession session, CaseReference @case, CancellationToken ct)
    {
        var events = (await session.Events.FetchStreamAsync(@case.Id, token: ct)).Select(e => e.Data).ToList();
        var ids = DocumentKinds.All.Where(k => k.CaseKind == @case.Kind).Select(k => CaseDocument.IdFor(@case.Id, k.Kind)).ToList();
        var issued = (await session.LoadManyAsync<CaseDocument>(ct, ids)).OrderBy(d => d.Versions[0].IssuedAt).ToList();
        var outstanding = DocumentKinds.CalledFor(@case.Kind, events).Select(k => k.Kind).Where(k => issued.All(d => d.Kind != k)).ToList();
        return new CaseDocuments(@case.Id, issued, outstanding);
    }

    [DocumentAccess(DocumentPurpose.Read)]
    [EndpointSummary("查看文书 · Get a document")]
    [EndpointDescription("一份文书：编号、各版本（SHA-256）、送达记录，以及从送达起算的复议和诉讼期限。\n\n" +
        "One document: its number, every version (SHA-256), the services recorded, and the review and suit periods counted from service.")]
    [Tags("文书 · Documents")]
    [WolverineGet("/api/documents/{id}", OperationId = "getDocument")]
    public static async Task<Answer<CaseDocument>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<CaseDocument>(id, ct) is { } document ? document : Problems.NotFound("该文书 / document");

    [DocumentAccess(DocumentPurpose.Read)]
    [EndpointSummary("下载文书 PDF · Download a document's PDF")]
    [EndpointDescription("文书某一版本的 PDF，与制作时保存的完全相同（可用事件中的 SHA-256 核对）。文书载有当事人的完整信息，下载记为一次个人信息查看。\n\n" +
        "A version's PDF exactly as it was kept when issued (check it against the SHA-256 in the event). The document states the parties in " +
        "full, so the download is recorded as an access to personal data.")]
    [Tags("文书 · Documents")]
    [WolverineGet("/api/documents/{id}/versions/{version}/pdf", OperationId = "downloadDocumentPdf")]
    public static async Task<FileAnswer> Pdf(Guid id, int version, IDocumentSession session, ClaimsPrincipal user, HttpResponse response,
        ShandongRegions regions, TimeProvider clock, CancellationToken ct)
    {
        var document = await session.LoadAsync<CaseDocument>(id, ct);
        if (document?.Versions.FirstOrDefault(v => v.Version == version) is null
            || await DocumentFiles.ReadAsync(session.DocumentStore, id, version, ct) is not { } file)
            return Problems.NotFound("该文书版本 / document version");
        session.Store(PersonalDataAccess.By(user, regions, clock.GetUtcNow(), document.Case.Id, DocumentIssuing.PersonalDataCaseKindOf(document.Case.Kind),
            document.CountyCode, $"下载文书：{document.Title} {document.Number}（第{version}版）"));
        await session.SaveChangesAsync(ct);
        return FileAnswer.Download(response, file.Pdf, "application/pdf", $"{document.Number}-v{version}.pdf");
    }

}

public static class RecordServiceEndpoint
{
    public static ProblemDetails Validate(RecordService command, TimeProvider clock) => DocumentRules.Validate(command, ShanghaiTime.Today(clock)).OrContinue();

    [DocumentAccess(DocumentPurpose.Act)]
    [EndpointSummary("记录文书送达 · Record a document's service")]
    [EndpointDescription("记录现行版本（documentVersion）的文书如何、何时送达（直接送达、邮寄送达、电子送达、公告送达）；复议、诉讼和履行期限从送达之日起算。" +
        "每个版本只记录一次；送达日期不能早于制作日期、不能晚于今天。须提交所看到的文书记录 version（409）。\n\n" +
        "Records how and when the version in force (documentVersion) was served (in person, post, electronic, public notice); the periods for " +
        "review, suit and payment run from that day. Once per version; not before the document was issued, not in the future. Send the " +
        "document record's version you saw (409).")]
    [Tags("文书 · Documents")]
    [WolverinePost("/api/documents/{id}/service", OperationId = "recordDocumentService")]
    public static (CommandAnswer<DocumentAccepted>, Events, OutgoingMessages) Serve(RecordService command,
        [WriteAggregate(AlwaysEnforceConsistency = true)] CaseDocument document, ClaimsPrincipal user, TimeProvider clock)
    {
        var decision = DocumentRules.Serve(document, command, user.Identity!.Name!, clock.GetUtcNow());
        if (decision.Refusal is { } refusal) return (Problems.Refused(refusal), [], []);
        var messages = new OutgoingMessages();
        messages.AddRange(DocumentFollowUps.For(document, decision.Events));
        return (new DocumentAccepted(document.Id, document.Version + 1, document.Current.Version, document.Number), [.. decision.Events], messages);
    }
}

public static class DocumentsModule
{
    public static StoreOptions ConfigureDocuments(this StoreOptions opts)
    {
        opts.Projections.Snapshot<CaseDocument>(JasperFx.Events.Projections.SnapshotLifecycle.Inline);
        opts.Schema.For<CaseDocument>().Index(x => x.CountyCode);
        opts.Schema.For<StoredDocumentTemplate>().Index(x => x.Kind);
        opts.Storage.ExtendedSchemaObjects.Add(DocumentFiles.Table(opts.DatabaseSchemaName));
        return opts;
    }

    public static IServiceCollection AddDocuments(this IServiceCollection services) =>
        services.AddSingleton<DocumentTemplates>().AddSingleton<DocumentIssuing>();
}
