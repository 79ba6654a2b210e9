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

    /// <summary>Mistakes in the rating form (回访), shown on it; the case's status stays shown.</summary>
    public FieldErrors RatingErrors { get; } = new();

    /// <summary>Why the rating was not taken (already rated, window closed).</summary>
    public Refusal? RatingRefusal { get; private set; }

    /// <summary>The rating just recorded: the thanks, and whether a review was asked for.</summary>
    public FollowUp.HandlingRated? JustRated { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (number, code) = Credentials();
        return await RefuseLookupAsync(number, code, ct) ?? await ShowAsync(number, code, ct);
    }

    private (string Number, string Code) Credentials() =>
        ((TrackingNumber ?? "").Trim().ToUpperInvariant(), (AccessCode ?? "").Trim().ToUpperInvariant());

    /// <summary>The page again when the number or code is missing or the number's tracking window is spent (429); null to go on.</summary>
    private async Task<IActionResult?> RefuseLookupAsync(string number, string code, CancellationToken ct)
    {
        CheckInput(number, code);
        if (Errors.Any) return Page();
        if (await limiters.TryTrackAsync(number, ct) is not { } wait) return null;
        RetryAfterSeconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = RetryAfterSeconds.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    /// <summary>
    /// 评价办理情况: the rating form under an ended case's status, posted with the same number and code (never in a URL),
    /// counted against the same tracking windows, recorded as the API records it.
    /// </summary>
    public async Task<IActionResult> OnPostRateAsync(CancellationToken ct)
    {
        var (number, code) = Credentials();
        if (await RefuseLookupAsync(number, code, ct) is { } again) return again;

        var form = Request.Form;
        var command = new FollowUp.RateHandling(
            int.TryParse(form["score"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score) ? score : null,
            form["comment"].ToString() is { Length: > 0 } comment ? comment : null,
            form["requestReview"] == "true",
            form["reviewReason"].ToString() is { Length: > 0 } reason ? reason : null);
        foreach (var e in FollowUp.FollowUpRules.Validate(command).All) RatingErrors.Add(e.Field, e.Chinese, e.English);
        if (!RatingErrors.Any)
        {
            await using var session = store.LightweightSession();
            try
            {
                switch (await FollowUp.FollowUpIntake.RateAsync(session, number, code, command, clock.GetUtcNow(), ct))
                {
                    case FollowUp.RatingOutcome.Rated rated:
                        await session.SaveChangesAsync(ct);
                        JustRated = rated.Rating;
                        break;
                    case FollowUp.RatingOutcome.Refused refused:
                        RatingRefusal = refused.Refusal;
                        break;
                }
            }
            catch (Marten.Exceptions.ExistingStreamIdCollisionException)
            {
                RatingRefusal = new Refusal("already-rated", "您已经评价过本案，每件案件只能评价一次。", "You have already rated this case; each case is rated once.");
            }
        }
        if (RatingErrors.Any) Response.StatusCode = StatusCodes.Status400BadRequest;
        else if (RatingRefusal is not null) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await ShowAsync(number, code, ct);
    }

    private async Task<IActionResult> ShowAsync(string number, string code, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var source = tracking.SourceFor(number);
        Today = ShanghaiTime.Today(clock);
        Status = source is null ? null : await source.FindAsync(number, code, Today, session, ct);
        if (Status is null)
        {
            NothingFound = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    /// <summary>The words of a score, 1–5, as the form offers it.</summary>
    public static readonly int[] Scores = [5, 4, 3, 2, 1];

    private void CheckInput(string number, string code)
    {
        Errors.Required("trackingNumber", number, "查询号", "Tracking number").MaxLength("trackingNumber", number, 40, "查询号", "Tracking number");
        Errors.Required("accessCode", code, "查询码", "Access code").MaxLength("accessCode", code, 40, "查询码", "Access code");
    }
}
