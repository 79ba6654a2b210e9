using LaborRights.Hosting;
using LaborRights.Leads;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Tracking;
using LaborRights.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages;

/// <summary>
/// 我要举报: anyone reports an employer — a company, a labour contractor, a shop — owing wages or discriminating, on one
/// page, anonymously unless they choose otherwise; the same rules as <c>POST /api/reports</c>, counted in the same
/// intake window; the answer is the report's reference number.
/// </summary>
[Public]
public sealed class ReportModel(ShandongRegions regions, CasePageCommands commands, PublicLimiters limiters, TimeProvider clock) : PageModel
{
    [BindProperty] public ReportSubject? Subject { get; set; }
    [BindProperty] public string? EmployerName { get; set; }
    [BindProperty] public string? EmployerCreditCode { get; set; }
    [BindProperty] public string? EmployerAddress { get; set; }
    [BindProperty] public string? CountyCode { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Identity { get; set; }
    [BindProperty] public string? ReporterName { get; set; }
    [BindProperty] public string? ReporterPhone { get; set; }

    public FieldErrors Errors { get; } = new();
    public ReportReceived? Received { get; private set; }
    public int? RetryAfterSeconds { get; private set; }
    public ShandongRegions Regions => regions;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var form = new ReportForm(Subject, EmployerName, EmployerCreditCode, EmployerAddress, CountyCode, Description, Identity != "named",
            ReporterName, ReporterPhone);
        foreach (var e in form.Validate(regions).All) Errors.Add(e.Field, e.Chinese, e.English);
        if (Errors.Any)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (await limiters.TryFileAsync(HttpContext) is { } wait)
        {
            RetryAfterSeconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = RetryAfterSeconds.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7();
        var reported = form.ToEvent(id, TrackingCredentials.NewTrackingNumber(ShanghaiTime.DateOf(now), LeadRules.ReferencePrefix), now);
        await commands.StartStreamAsync<InspectionLead>(id, [reported], [], ct);
        Received = new ReportReceived(reported.ReferenceNumber, reported.Reporter is null, "");
        return Page();
    }

    public IReadOnlyList<FieldError> ErrorsOf(string field) => Errors.All.Where(e => e.Field == field).ToList();
}
