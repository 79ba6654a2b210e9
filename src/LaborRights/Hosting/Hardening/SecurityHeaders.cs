namespace LaborRights.Hosting;

/// <summary>
/// Security headers on every response, errors included: they are set when the response starts, after the
/// exception handler or the rate limiter has written its body.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The API and health answers are data, never a page: nothing may frame, embed or submit from them.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// The Swagger UI page at /api-docs: its stylesheet sets inline styles and its icons are data: SVGs;
    /// scripts stay 'self' only.
    /// </summary>
    public const string ApiDocsContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    private static readonly string[] StaticAssetPaths = ["/css", "/js", "/images"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs")
                ? ApiDocsContentSecurityPolicy
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with every form POST, even to this
            // site, and the cross-site guard must then refuse a signed-in person's own forms. Other sites still get nothing.
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // Case data, revealed personal data, tokens, tracking answers, receipts with access codes and forms with what
            // a worker typed must not stay in a browser's or a proxy's cache (a shared phone, an office proxy): every
            // answer but the stylesheet, script and images is no-store.
            if (!StaticAssetPaths.Any(p => context.Request.Path.StartsWithSegments(p))) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
