using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Errors;

/// <summary>The page a person sees for an error status on a page (<see cref="LaborRights.Web.ErrorPages"/>).</summary>
[LaborRights.Security.Public]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    [FromRoute] public int Code { get; set; }

    /// <summary>The resource key suffix of what to say: the reason when one was given, else the status.</summary>
    public string What { get; private set; } = "";

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        var reason = HttpContext.Items[LaborRights.Web.ErrorPages.ReasonKey] as string;
        What = reason ?? (Code is 400 or 403 or 404 or 405 or 413 or 429 ? Code.ToString() : "other");
        // Reached directly (not re-executed for an error), the page answers with the status it names.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && Code is >= 400 and <= 599) Response.StatusCode = Code;
    }
}
