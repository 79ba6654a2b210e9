using LaborRights.Security.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace LaborRights.Security.SignIn;

/// <summary>
/// The web UI's session besides the sign-in page (Pages/Account/Login.cshtml): <c>POST /account/logout</c>, and the
/// province's identity service when configured. Every form carries an antiforgery token and every POST checks it first.
/// </summary>
public static class AccountPages
{
    [Public]
    [Microsoft.AspNetCore.Routing.ExcludeFromDescription]
    [WolverinePost("/account/logout")]
    public static async Task<IResult> Logout(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context)) return FormExpired();
        await context.SignOutAsync(StaffAuthentication.CookieScheme);
        return Results.Redirect("/account/login");
    }

    /// <summary>Off to the province's identity service (only when it is configured), and back to <paramref name="returnUrl"/>.</summary>
    [Public]
    [Microsoft.AspNetCore.Routing.ExcludeFromDescription]
    [WolverineGet("/account/login/external")]
    public static IResult External(IOptions<OidcSignInOptions> oidc, string? returnUrl) =>
        oidc.Value.IsEnabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl(returnUrl) }, [OidcSignInOptions.SchemeName])
            : Problems.NotFound("外部身份认证 / external sign-in").ToResult();

    /// <summary>
    /// Only a path on this site: an absolute URL, a protocol-relative <c>//host</c> or <c>/\host</c> would send the
    /// user, freshly signed in, wherever a crafted link says. What is kept is percent-encoded where a URL may not hold
    /// the character as it is (Chinese, spaces), so it fits a Location header.
    /// </summary>
    public static string SafeReturnUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2048 || url[0] != '/') return "/";
        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\')) return "/";
        return url.Any(c => char.IsControl(c) || c == '\\') ? "/" : PercentEncoded(url);
    }

    private static string PercentEncoded(string url)
    {
        if (url.All(UrlCharacter)) return url;
        var text = new System.Text.StringBuilder(url.Length * 3);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii && UrlCharacter((char)rune.Value)) text.Append((char)rune.Value);
            else foreach (var b in utf8[..rune.EncodeToUtf8(utf8)]) text.Append('%').Append(b.ToString("X2"));
        }
        return text.ToString();
    }

    /// <summary>RFC 3986's unreserved and reserved characters, and '%' of an escape already made.</summary>
    private static bool UrlCharacter(char c) => char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".Contains(c);

    private static IResult FormExpired() => Problems.AntiforgeryFailed().ToResult();

}
