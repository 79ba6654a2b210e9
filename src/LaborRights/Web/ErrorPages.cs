namespace LaborRights.Web;

/// <summary>
/// A person in a browser who meets an error on a page (a stale form, a page their role does not open, an address that
/// does not exist) gets a page that says so in their language, with the way back — not the API's JSON. The API, the
/// health checks and clients that do not ask for HTML keep the ProblemDetails answers (ADR 0020). The status code is
/// the same either way.
/// </summary>
public static class ErrorPages
{
    public const string Path = "/errors/{0}";

    /// <summary>Why a request failed, for the error page to say (the status alone does not: a 400 may be a stale form).</summary>
    public const string ReasonKey = "laborrights.error-reason";

    public const string FormExpired = "form-expired";
    public const string CrossSite = "cross-site";

    /// <summary>Whether the request is a person's page request: HTML accepted, and not the API, the API document or a health check.</summary>
    public static bool ForPerson(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health")) return false;
        return context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Ends the request with <paramref name="status"/> and no body, so that the error page is rendered for it.</summary>
    public static void Fail(HttpContext context, int status, string? reason = null)
    {
        if (reason is not null) context.Items[ReasonKey] = reason;
        context.Response.StatusCode = status;
    }

    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app) =>
        app.UseWhen(ForPerson, branch => branch.UseStatusCodePagesWithReExecute(Path));
}
