using System.Text.Encodings.Web;
using LaborRights.Security.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace LaborRights.Security.SignIn;

/// <summary>
/// The application's one authentication scheme. It takes the bearer token of an API client (an
/// <c>Authorization: Bearer</c> header) or else the session cookie of the web UI, and accepts the principal only while
/// its account is enabled and its security stamp unchanged, so disabling an account or resetting its password ends
/// its sessions and tokens at once. A staff API call without valid credentials gets a 401 ProblemDetails (never a
/// redirect to the login page); a signed-in user without the role gets a 403 ProblemDetails.
/// </summary>
public sealed class StaffAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, StaffAccounts accounts,
    RefreshTokenFamilies families)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Staff";
    public const string BearerScheme = BearerTokenDefaults.AuthenticationScheme;
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    private static readonly object SignedInByCookieKey = new();

    /// <summary>Whether this request's principal came from the session cookie (an ambient credential; see <see cref="CrossSiteRequestGuard"/>).</summary>
    public static bool SignedInByCookie(HttpContext context) => context.Items.ContainsKey(SignedInByCookieKey);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var bearer = Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        var result = await Context.AuthenticateAsync(bearer ? BearerScheme : CookieScheme);
        if (!result.Succeeded) return result.None ? AuthenticateResult.NoResult() : AuthenticateResult.Fail(result.Failure!);
        if (!await StaffPrincipals.StillValidAsync(result.Principal, accounts, Context.RequestAborted))
            return AuthenticateResult.Fail("The account was disabled or its password was reset after this sign-in.");
        if (!await families.StillActiveAsync(result.Principal, Context.RequestAborted))
            return AuthenticateResult.Fail("The token's family was ended (a retired refresh token was used again).");
        if (!bearer) Context.Items[SignedInByCookieKey] = true;
        return AuthenticateResult.Success(new AuthenticationTicket(result.Principal, result.Properties, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!Request.Path.StartsWithSegments("/api"))
        {
            // A page of the web UI: off to the login page, which comes back here.
            await Context.ChallengeAsync(CookieScheme, properties);
            return;
        }
        Response.Headers.WWWAuthenticate = "Bearer";
        await WriteAsync(Context, StatusCodes.Status401Unauthorized, "unauthenticated", "需要登录 / Sign-in required",
            "此操作仅限已登录的工作人员。/ Only signed-in staff may do this.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        // A person on a page gets the page that says so (Web/ErrorPages); clients get the API's answer.
        if (Web.ErrorPages.ForPerson(Context))
        {
            Web.ErrorPages.Fail(Context, StatusCodes.Status403Forbidden);
            return Task.CompletedTask;
        }
        return WriteAsync(Context, StatusCodes.Status403Forbidden, "forbidden", "无权操作 / Forbidden",
            "您的角色无权进行此操作。/ Your role does not allow this.");
    }

    internal static Task WriteAsync(HttpContext context, int status, string code, string title, string detail) =>
        context.WriteProblemAsync(Problems.Of(status, code, title, detail));
}
