using LaborRights.Hosting;
using LaborRights.LegacyImport;
using LaborRights.Security;
using LaborRights.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.Admin;

/// <summary>
/// 历史数据导入: the administrator uploads a legacy NDJSON file; it is checked first (a dry run, the default) and
/// runs in the background (<see cref="LegacyImportJobs"/>) while its page shows the progress; recent imports are listed.
/// </summary>
[Staff(StaffRoles.Administrator)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimits.ImportBytes)]
public sealed class ImportsModel(LegacyImportJobs jobs, TimeProvider clock) : PageModel
{
    public const string Path = "/staff/admin/imports";

    public static string PathOf(Guid job) => $"{Path}/{job}";

    public IReadOnlyList<LegacyImportJob> Recent { get; private set; } = [];
    public FieldErrors Errors { get; } = new();

    public ErrorSummaryView ErrorSummary => new(Errors.All.ToList(), "import");
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct) => Recent = await jobs.RecentAsync(10, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var file = Request.Form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            Errors.Add("file", "请选择要导入的文件（NDJSON，每行一件案件）", "Choose the file to import (NDJSON, one case a line)");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Recent = await jobs.RecentAsync(10, ct);
            return Page();
        }
        var dryRun = Request.Form["mode"] != "import";
        await using var upload = file.OpenReadStream();
        var id = await jobs.StartAsync(upload, System.IO.Path.GetFileName(file.FileName), dryRun, User.Identity?.Name ?? "admin", ct);
        return Redirect(PathOf(id));
    }
}
