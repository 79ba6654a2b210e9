using LaborRights.Hosting;
using LaborRights.Security;
using LaborRights.Tracking;
using LaborRights.Web;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages;

/// <summary>
/// 查询办理进度: the tracking number and access code (posted, never in a URL) → the case's public status, its next
/// deadline, its timeline and, when the office is late or refused, what the worker may do now. An unknown number and a
/// wrong code get the same message; too many tries get 429 with the wait.
/// </summary>
[Public]
public sealed class TrackModel(PublicTracking tracking, IDocumentStore store, PublicLimiters limiters, TimeProvider clock) : PageModel
{
    [BindProperty] public string? TrackingNumber { get; set; }
    [BindProperty] public string? AccessCode { get; set; }

    public PublicCaseStatus? Status { get; private set; }
    public DateOnly Today { get; private set; }
    public FieldErrors Errors { get; } = new();
    public bool NothingFound { get; private set; }
    public int? RetryAfterSeconds { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var number = (TrackingNumber ?? "").Trim().ToUpperInvariant();
        var code = (AccessCode ?? "").Trim().ToUpperInvariant();
        CheckInput(number, code);
        if (Errors.Any) return Page();

        if (await limiters.TryTrackAsync(number, ct) is { } wait)
        {
            RetryAfterSeconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = RetryAfterSeconds.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        await using var session = store.QuerySession();
        var source = tracking.SourceFor(number);
        Today = ShanghaiTime.Today(clock);
        Status = source is null ? null : await source.FindAsync(number, code, Today, session, ct);
        if (Status is null)
        {
            NothingFound = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        return Page();
    }

    private void CheckInput(string number, string code)
    {
        Errors.Required("trackingNumber", number, "查询号", "Tracking number").MaxLength("trackingNumber", number, 40, "查询号", "Tracking number");
        Errors.Required("accessCode", code, "查询码", "Access code").MaxLength("accessCode", code, 40, "查询码", "Access code");
    }
}
