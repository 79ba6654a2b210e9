using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LaborRights.Hosting;

/// <summary>
/// The public face of the application hardened (ADR 0014): the real client address behind known proxies, rate
/// limits on the anonymous endpoints, security headers, HSTS outside Development and CORS closed unless configured.
/// </summary>
public static class HardeningModule
{
    public static IServiceCollection AddHardening(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the proxies named here may speak for a client. The framework trusts loopback by default; not here: any
            // process on the machine could then pose as many clients. A reverse proxy on the same machine is configured
            // like any other (ForwardedHeaders:KnownProxies: ["127.0.0.1"]).
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            o.ForwardLimit = configuration.GetValue("ForwardedHeaders:ForwardLimit", 1);
        });

        services.Configure<KestrelServerOptions>(o =>
        {
            o.AddServerHeader = false;
            // Header limits are Kestrel's defaults made explicit (a signed-in browser's cookies fit); the body limit is the
            // largest any endpoint takes, lowered per request by RequestLimits.
            o.Limits.MaxRequestHeadersTotalSize = configuration.GetValue("Kestrel:Limits:MaxRequestHeadersTotalSize", 32 * 1024);
            o.Limits.MaxRequestHeaderCount = configuration.GetValue("Kestrel:Limits:MaxRequestHeaderCount", 64);
            o.Limits.MaxRequestLineSize = configuration.GetValue("Kestrel:Limits:MaxRequestLineSize", 8 * 1024);
            o.Limits.MaxRequestBodySize = RequestLimits.ImportBytes;
        });

        services.AddPublicRateLimits(RateLimitingSettings.From(configuration, environment));

        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(configuration.GetValue("Https:HstsMaxAgeDays", 365));
            o.IncludeSubDomains = configuration.GetValue("Https:HstsIncludeSubDomains", false);
        });

        var origins = AllowedOrigins(configuration);
        // No origin is allowed unless one is configured: a browser page elsewhere cannot read the API's answers.
        services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(origins).AllowAnyHeader().WithMethods("GET", "POST")
            .WithExposedHeaders("Retry-After", "Location")));
        return services;
    }

    /// <summary>First in the pipeline, so every later middleware sees the real client and every answer gets the headers.</summary>
    public static WebApplication UseHardening(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        if (app.Configuration.GetValue("Https:RedirectHttp", false)) app.UseHttpsRedirection();
        if (AllowedOrigins(app.Configuration).Length > 0) app.UseCors();
        return app;
    }

    private static string[] AllowedOrigins(IConfiguration configuration) =>
        configuration.GetSection("Cors:AllowedOrigins").Get<string[]>()?.Where(o => !string.IsNullOrWhiteSpace(o)).ToArray() ?? [];
}
