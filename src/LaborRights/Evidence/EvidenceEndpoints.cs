using System.Security.Claims;
using LaborRights.CaseIndex;
using LaborRights.Hosting.Api;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Security.PersonalData;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace LaborRights.Evidence;

/// <summary>
/// A worker uploads a file (photo or PDF) before filing, one per request; the filing names the files it brings in its
/// <c>evidenceFiles</c> list (ADR 0021).
/// </summary>
public static class UploadEvidenceEndpoint
{
    public const string Path = "/api/evidence";

    [Public]
    [EndpointSummary("上传证据文件 · Upload an evidence file")]
    [EndpointDescription("提交投诉或仲裁申请之前上传一份证据材料（工资条、劳动合同、考勤记录、聊天截图等的照片或 PDF），无需登录，" +
        "每次一个文件（multipart/form-data 的 file 字段）。只接受 JPG、PNG、WebP 照片和 PDF，按文件内容识别格式；每个文件不超过 10 MB。" +
        "照片中的位置、拍摄时间、设备等元数据会被删除后再保存。成功返回 201 和文件编号：在24小时内把编号写进投诉或申请的 evidenceFiles 列表" +
        "（每次提交最多8个），文件随案件保存，只有管辖范围内的工作人员可以查看；逾期未提交的文件会被删除。\n\n" +
        "Upload one evidence file (a photo or PDF of a pay slip, contract, attendance record, chat screenshot…) before filing, without signing " +
        "in: one file per request, as the field 'file' of multipart/form-data. Only JPG, PNG and WebP photos and PDF files are accepted, recognised " +
        "by their content; at most 10 MB each. Location, time and device metadata are removed from photos before they are stored. The answer " +
        "(201) gives the file's id: put it in the 'evidenceFiles' list of a complaint or application within 24 hours (at most 8 per filing); the file " +
        "is then kept with the case and only staff whose divisions cover the case can see it. Files not filed in time are deleted.")]
    [Tags("证据材料 · Evidence")]
    [WolverinePost(Path, OperationId = "uploadEvidence")]
    [Upload("multipart/form-data")]
    public static async Task<CreatedAnswer<EvidenceUploaded>> Post(HttpRequest request, EvidenceStore evidence, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "不支持的内容类型 / Unsupported content type",
                "请以 multipart/form-data 上传，文件放在 file 字段。/ Send the file as the field 'file' of multipart/form-data.");
        var form = await request.ReadFormAsync(ct);
        if (form.Files.Count != 1 || form.Files.GetFile("file") is not { } file)
            return new FieldErrors().Add("file", "请上传一个文件（file 字段）", "Upload exactly one file, as the field 'file'").ToProblem();

        await using var content = file.OpenReadStream();
        var (held, refusal) = await evidence.HoldAsync(file.FileName, content, file.Length, ct);
        return held is null
            ? new FieldErrors().Add("file", refusal!.Chinese, refusal.English).ToProblem()
            : CreatedAnswer<EvidenceUploaded>.Unaddressed(held);
    }
}

/// <summary>The evidence files of a case.</summary>
public sealed record CaseEvidence(Guid CaseId, IReadOnlyList<EvidenceFile> Files);

/// <summary>Why staff open a file (e.g. "核对工资条上的欠薪金额"): recorded with the view, like a reveal of personal data.</summary>
public sealed record OpenEvidence(string? Reason);

/// <summary>
/// Staff in scope list a case's files and open one. Opening is a recorded access to personal data (reason, who,
/// when, which file), committed before the bytes are sent; anyone else gets the same 404 as for an unknown case.
/// </summary>
public static class CaseEvidenceEndpoints
{
    private const string ListSummary = "列出证据材料 · List the evidence files of a case";
    private const string ListDescription = "劳动者随投诉或申请上传的证据文件：名称、类型、大小、SHA-256 和上传时间（不含文件内容）。只有管辖范围内办理或督查该类案件的工作人员可以查看；" +
        "其他人得到与案件不存在时相同的 404。\n\nThe files the worker brought with the filing: name, type, size, SHA-256 and upload time (not the " +
        "content). Only staff who handle or supervise the kind, in the case's divisions; anyone else gets the same 404 as for an unknown case.";
    private const string OpenSummary = "打开证据文件 · Open an evidence file";
    private const string OpenDescription = "取得一份证据文件的内容，须写明理由（1至500字）；查看记录（人员、时间、文件、理由）在文件发出之前保存，与查看个人信息的记录在一起。" +
        "只有管辖范围内办理或督查该类案件的工作人员可以打开。\n\nThe content of one evidence file, with a reason (1 to 500 characters); the access " +
        "(who, when, which file, why) is recorded with the personal-data accesses before the file is sent. Only staff who handle or supervise the " +
        "kind, in the case's divisions.";

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary(ListSummary), EndpointDescription(ListDescription), Tags("证据材料 · Evidence")]
    [WolverineGet("/api/wage-arrears/{id}/evidence", OperationId = "listWageArrearsEvidence")]
    public static Task<Answer<CaseEvidence>> ListWageArrears(Guid id, EvidenceStore evidence, CancellationToken ct) => List(id, evidence, ct);

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary(ListSummary), EndpointDescription(ListDescription), Tags("证据材料 · Evidence")]
    [WolverineGet("/api/discrimination/{id}/evidence", OperationId = "listDiscriminationEvidence")]
    public static Task<Answer<CaseEvidence>> ListDiscrimination(Guid id, EvidenceStore evidence, CancellationToken ct) => List(id, evidence, ct);

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [EndpointSummary(ListSummary), EndpointDescription(ListDescription), Tags("证据材料 · Evidence")]
    [WolverineGet("/api/arbitration/{id}/evidence", OperationId = "listArbitrationEvidence")]
    public static Task<Answer<CaseEvidence>> ListArbitration(Guid id, EvidenceStore evidence, CancellationToken ct) => List(id, evidence, ct);

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary(OpenSummary), EndpointDescription(OpenDescription), Tags("证据材料 · Evidence")]
    [WolverinePost("/api/wage-arrears/{id}/evidence/{evidenceId}/open", OperationId = "openWageArrearsEvidence")]
    public static Task<FileAnswer> OpenWageArrears(Guid id, Guid evidenceId, OpenEvidence command, IDocumentSession session, ClaimsPrincipal user,
        HttpResponse response, EvidenceStore evidence, ShandongRegions regions, TimeProvider clock, CancellationToken ct) =>
        EvidenceAccess.OpenAsync(new(PersonalDataCaseKind.WageArrears, id, evidenceId), command, session, user, response, evidence, regions, clock, ct);

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary(OpenSummary), EndpointDescription(OpenDescription), Tags("证据材料 · Evidence")]
    [WolverinePost("/api/discrimination/{id}/evidence/{evidenceId}/open", OperationId = "openDiscriminationEvidence")]
    public static Task<FileAnswer> OpenDiscrimination(Guid id, Guid evidenceId, OpenEvidence command, IDocumentSession session, ClaimsPrincipal user,
        HttpResponse response, EvidenceStore evidence, ShandongRegions regions, TimeProvider clock, CancellationToken ct) =>
        EvidenceAccess.OpenAsync(new(PersonalDataCaseKind.Discrimination, id, evidenceId), command, session, user, response, evidence, regions, clock, ct);

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [EndpointSummary(OpenSummary), EndpointDescription(OpenDescription), Tags("证据材料 · Evidence")]
    [WolverinePost("/api/arbitration/{id}/evidence/{evidenceId}/open", OperationId = "openArbitrationEvidence")]
    public static Task<FileAnswer> OpenArbitration(Guid id, Guid evidenceId, OpenEvidence command, IDocumentSession session, ClaimsPrincipal user,
        HttpResponse response, EvidenceStore evidence, ShandongRegions regions, TimeProvider clock, CancellationToken ct) =>
        EvidenceAccess.OpenAsync(new(PersonalDataCaseKind.Arbitration, id, evidenceId), command, session, user, response, evidence, regions, clock, ct);

    // Role and divisions were checked by [CaseAccess] before these run (ScopedRecordMiddleware, ADR 0016).
    private static async Task<Answer<CaseEvidence>> List(Guid id, EvidenceStore evidence, CancellationToken ct) =>
        new CaseEvidence(id, await evidence.ListAsync(id, ct));
}

/// <summary>Which file of which case.</summary>
public readonly record struct EvidenceOfCase(PersonalDataCaseKind Kind, Guid CaseId, Guid EvidenceId);

/// <summary>Opening a case's file as a recorded access to its personal data.</summary>
public static class EvidenceAccess
{
    public static FieldErrors ValidateReason(string? reason) => new FieldErrors().Text("reason", reason, 500, "查看理由", "Reason");

    public static async Task<FileAnswer> OpenAsync(EvidenceOfCase which, OpenEvidence command, IDocumentSession session, ClaimsPrincipal user,
        HttpResponse response, EvidenceStore evidence, ShandongRegions regions, TimeProvider clock, CancellationToken ct)
    {
        var errors = ValidateReason(command.Reason);
        if (errors.Any) return errors.ToProblem();
        return await RecordAndOpenAsync(which, command.Reason!, session, user, evidence, regions, clock, ct) is { } file
            ? FileAnswer.Download(response, file.Content, file.File.MediaType, file.File.FileName)
            : Problems.NotFound("该证据文件 / evidence file");
    }

    /// <summary>
    /// Records the access and commits it, then gives the file (the API and the workbench's case pages alike); null when
    /// the case has no such file. The caller has checked the reason and the scope.
    /// </summary>
    public static async Task<EvidenceDownload?> RecordAndOpenAsync(EvidenceOfCase which, string reason, IDocumentSession session, ClaimsPrincipal user,
        EvidenceStore evidence, ShandongRegions regions, TimeProvider clock, CancellationToken ct)
    {
        var (kind, caseId, evidenceId) = which;
        var entry = await session.LoadAsync<CaseIndexEntry>(caseId, ct);
        if (entry is null || await evidence.OpenAsync(caseId, evidenceId, ct) is not { } file) return null;

        session.Store(PersonalDataAccess.By(user, regions, clock.GetUtcNow(), caseId, kind, entry.CountyCode, reason, evidenceId));
        // Committed before the file is written to the response: no record, no file.
        await session.SaveChangesAsync(ct);
        return file;
    }
}

/// <summary>Deletes uploaded files no filing claimed within the hold period (hourly, <see cref="Hosting.RecurringWork"/>).</summary>
public sealed record SweepHeldEvidence;

public static class SweepHeldEvidenceHandler
{
    public static async Task Handle(SweepHeldEvidence _, EvidenceStore evidence, ILogger<EvidenceStore> logger, CancellationToken ct)
    {
        var deleted = await evidence.SweepExpiredAsync(ct);
        if (deleted > 0) logger.LogInformation("Evidence: {Count} uploaded files never filed were deleted", deleted);
    }
}

public static class EvidenceModule
{
    public static IServiceCollection AddEvidence(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(EvidenceOptions.Section);
        services.Configure<EvidenceOptions>(section);
        services.AddSingleton<EvidenceStore>();
        if (section.Get<EvidenceOptions>()?.Store == EvidenceStorage.S3)
        {
            var s3 = section.GetSection("S3").Get<EvidenceS3Options>() ?? new EvidenceS3Options();
            s3.ThrowIfIncomplete();
            services.AddSingleton<IEvidenceObjectStore>(new S3EvidenceObjectStore(s3));
        }
        return services;
    }

    public static StoreOptions ConfigureEvidence(this StoreOptions opts)
    {
        opts.Storage.ExtendedSchemaObjects.Add(EvidenceStore.Table(opts.DatabaseSchemaName));
        opts.Storage.ExtendedSchemaObjects.Add(EvidenceStore.GoneTable(opts.DatabaseSchemaName));
        return opts;
    }
}
