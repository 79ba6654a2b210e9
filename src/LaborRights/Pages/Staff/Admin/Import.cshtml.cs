using LaborRights.LegacyImport;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.Admin;

/// <summary>
/// One import: its progress while it runs (the page refreshes itself every few seconds, without script), then its
/// report — every invalid line with its field and reason, paged — and, after a clean dry run, the button that imports
/// the same file for real. An unknown import answers 404.
/// </summary>
[Staff(StaffRoles.Administrator)]
public sealed class ImportModel(LegacyImportJobs jobs, TimeProvider clock) : PageModel
{
    public const int ErrorsPerPage = 50;

    [FromRoute] public Guid Id { get; set; }

    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public LegacyImportJob? Job { get; private set; }
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Set when a confirmation could not start the import (the file is no longer on this server).</summary>
    public bool FileGone { get; private set; }

    public bool Running => Job is { State: ImportJobState.Running } job && !job.SeemsInterrupted(Now);

    public IReadOnlyList<ImportError> ErrorsShown => Job?.Report?.Errors.Skip((Math.Max(1, PageNumber) - 1) * ErrorsPerPage).Take(ErrorsPerPage).ToList() ?? [];

    public int ErrorPages => Job?.Report is { } report ? Math.Max(1, (report.Errors.Count + ErrorsPerPage - 1) / ErrorsPerPage) : 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Job = await jobs.FindAsync(Id, ct);
        if (Job is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>正式导入: the real import of this dry run's file.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await jobs.ConfirmAsync(Id, User.Identity?.Name ?? "admin", ct) is { } started) return Redirect(ImportsModel.PathOf(started));
        Job = await jobs.FindAsync(Id, ct);
        if (Job is null) return NotFound();
        if (Job.ConfirmedAs is { } already) return Redirect(ImportsModel.PathOf(already));
        FileGone = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
