using Microsoft.AspNetCore.Antiforgery;

namespace LaborRights.Security.SignIn;

/// <summary>
/// The session cookie is an ambient credential: a browser sends it with any request to this site, also one that a
/// page elsewhere makes (a form post, or a <c>fetch</c> without a content type, which needs no CORS preflight). So a
/// request that could change something (any method but GET, HEAD, OPTIONS, TRACE) and is signed in by the cookie must
/// come from this site (its <c>Origin</c>, or failing that <c>Sec-Fetch-Site</c>, says so when the browser sends them)
/// and carry the antiforgery token of one of this site's pages (form field, or the <c>X-CSRF-Token</c> header).
/// Bearer-token clients hold no ambient credential and are not concerned; anonymous requests have nothing to abuse.
/// </summary>
public static class CrossSiteRequestGuard
{
    public const string TokenHeader = "X-CSRF-Token";

    public static IApplicationBuilder UseCrossSiteRequestGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var method = context.Request.Method;
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
        // The error page rendered for a refused request (Web/ErrorPages) is not the request itself: it changes nothing.
        var errorPage = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
        if (safe || errorPage || !StaffAuthentication.SignedInByCookie(context))
        {
            await next();
            return;
        }
        var problem = !FromThisSite(context.Request) ? Problems.CrossSiteRequest()
            : !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context) ? Problems.AntiforgeryFailed()
            : null;
        if (problem is null)
        {
            await next();
            return;
        }
        if (Web.ErrorPages.ForPerson(context))
            Web.ErrorPages.Fail(context, problem.Status ?? StatusCodes.Status400BadRequest,
                problem.Type == Problems.AntiforgeryFailed().Type ? Web.ErrorPages.FormExpired : Web.ErrorPages.CrossSite);
        else
            await context.WriteProblemAsync(problem);
    });

    /// <summary>
    /// The Origin, when sent, names this host (and port); <c>null</c> (a sandboxed or privacy-stripped origin) does not.
    /// The scheme is not compared: behind a proxy that ends TLS the application itself may be reached over plain HTTP.
    /// Without an Origin, a browser's <c>Sec-Fetch-Site</c> must not say another site sent it.
    /// </summary>
    public static bool FromThisSite(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
            return Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        return fetchSite is "" or "same-origin" or "none";
    }
}
