using LaborRights.Security;
using LaborRights.Security.Accounts;
using LaborRights.Security.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LaborRights.Pages.Account;

/// <summary>
/// Staff sign-in: the form (and, once signed in, who you are and "sign out"), the password check with one message for
/// every refusal (401), then the session cookie and a local redirect. The antiforgery token is checked before any of it.
/// </summary>
[Public]
public sealed class LoginModel(StaffSignIn signIn, IOptions<StaffSignInOptions> options, IOptions<OidcSignInOptions> oidc) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }

    public bool Refused { get; private set; }
    public int MaxFailedAttempts => options.Value.MaxFailedAttempts;
    public string? ExternalProvider => oidc.Value.IsEnabled ? oidc.Value.DisplayName : null;
    /// <summary>Where to go after signing in: the page that asked for it, else the workbench (which opens on the person's own work).</summary>
    public string SafeReturnUrl => AccountPages.SafeReturnUrl(ReturnUrl) is var url && url != "/" ? url : "/staff";
    public string? SignedInAs => User.Identity?.IsAuthenticated == true
        ? User.FindFirst(StaffPrincipals.DisplayNameClaim)?.Value ?? User.Identity.Name
        : null;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var account = await signIn.VerifyAsync(UserName, Password, ct);
        if (account is null)
        {
            Refused = true;
            Password = null;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await HttpContext.SignInAsync(StaffAuthentication.CookieScheme, StaffPrincipals.For(account));
        return Redirect(SafeReturnUrl);
    }
}
