using System.Security.Claims;
using LaborRights.Hosting;
using LaborRights.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Wolverine.Http;

namespace LaborRights.LegacyImport;

/// <summary>
/// <c>POST /api/admin/imports/wage-arrears?dryRun=true|false</c> with the NDJSON file as the body
/// (<c>application/x-ndjson</c>) or as the field <c>file</c> of a <c>multipart/form-data</c> upload.
/// 200 with the report when the file is valid, 400 with the same report listing every invalid line otherwise.
/// </summary>
public static class ImportWageArrearsEndpoint
{
    public const string NdjsonContentType = "application/x-ndjson";

    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("导入历史欠薪案件 · Import legacy wage-arrears cases")]
    [EndpointDescription("系统管理员导入县级旧系统导出的历史欠薪案件：请求体为 NDJSON 文件（application/x-ndjson），" +
        "或 multipart/form-data 的 file 字段，最大256MB。先检查整个文件，只要有一行无效就全部不导入，返回 400 和列出每个无效行的报告；" +
        "全部有效才分批导入，返回 200 和报告。dryRun=true 时只检查不导入。已导入过的案件（legacyId 和内容都相同）自动跳过，" +
        "legacyId 相同而内容不同的行视为无效。\n\n" +
        "An administrator imports historical wage-arrears cases exported by a county's old system: the body is the NDJSON file " +
        "(application/x-ndjson) or the field file of a multipart/form-data upload, at most 256 MB. The whole file is checked first: a single " +
        "invalid line imports nothing and gets 400 with a report listing every invalid line; a valid file is imported in batches and gets 200 with " +
        "the report. With dryRun=true it is only checked; cases imported before (same legacyId and content) are skipped, and a line with a known " +
        "legacyId but other content is invalid.")]
    [Tags("历史数据导入 · Legacy import")]
    [WolverinePost("/api/admin/imports/wage-arrears", OperationId = "importWageArrearsCases")]
    [ProducesResponseType<ImportReport>(StatusCodes.Status400BadRequest)]
    [Upload(NdjsonContentType, "multipart/form-data")]
    public static async Task<Answer<ImportReport>> Post(
        HttpRequest request, ClaimsPrincipal user, WageArrearsImporter importer, CancellationToken ct, bool dryRun = false)
    {
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType);
        Stream? upload = null;
        if (contentType?.MediaType.Equals(NdjsonContentType, StringComparison.OrdinalIgnoreCase) == true)
            upload = request.Body;
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = RequestLimits.ImportBytes }, ct);
            if (form.Files.GetFile("file") is not { } file)
                return Problems.Malformed("the multipart upload has no field 'file'.");
            upload = file.OpenReadStream();
        }
        if (upload is null)
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "不支持的内容类型 / Unsupported content type",
                $"请以 {NdjsonContentType} 或 multipart/form-data（字段 file）上传。/ Send the file as {NdjsonContentType} or as the field 'file' of multipart/form-data.");

        // The importer reads the file twice (check everything, then import): keep a copy on disk, not in memory.
        await using var copy = new FileStream(Path.Combine(Path.GetTempPath(), $"legacy-import-{Guid.NewGuid():N}.ndjson"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (upload) await upload.CopyToAsync(copy, ct);
        copy.Position = 0;

        var report = await importer.ImportAsync(copy, dryRun, user.Identity?.Name ?? "admin", ct: ct);
        return report.Errors.Count > 0 ? Answer<ImportReport>.WrittenBy(TypedResults.BadRequest(report)) : report;
    }
}
