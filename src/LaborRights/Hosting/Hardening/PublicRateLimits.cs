using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LaborRights.Hosting;

/// <summary>One fixed window: at most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/>.</summary>
public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; }

    internal FixedWindowRateLimiterOptions ToOptions() => new()
    {
        PermitLimit = Math.Max(1, PermitLimit),
        Window = TimeSpan.FromSeconds(Math.Max(1, WindowSeconds)),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

/// <summary>
/// Limits of the anonymous endpoints (configuration section <c>RateLimiting</c>). The Testing environment defaults
/// to limits no test reaches, so only a test that configures low ones meets a 429.
/// </summary>
public sealed class RateLimitingSettings
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Tracking requests from one client address.</summary>
    public RateLimitWindow Tracking { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };

    /// <summary>Tracking requests for one tracking number from all addresses together: a botnet gets no more guesses than one client.</summary>
    public RateLimitWindow TrackingNumber { get; set; } = new() { PermitLimit = 20, WindowSeconds = 60 };

    /// <summary>Submissions of the public forms (complaints, applications) from one client address.</summary>
    public RateLimitWindow Intake { get; set; } = new() { PermitLimit = 20, WindowSeconds = 600 };

    /// <summary>Password sign-ins (token, refresh, login form) from one client address; lockout protects each account besides.</summary>
    public RateLimitWindow SignIn { get; set; } = new() { PermitLimit = 30, WindowSeconds = 300 };

    public static RateLimitingSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = new RateLimitingSettings();
        if (environment.IsEnvironment("Testing"))
        {
            static RateLimitWindow High() => new() { PermitLimit = 1_000_000, WindowSeconds = 60 };
            (settings.Tracking, settings.TrackingNumber, settings.Intake, settings.SignIn) = (High(), High(), High(), High());
        }
        configuration.GetSection(Section).Bind(settings);
        return settings;
    }
}

/// <summary>
/// Per-address limits on tracking, intake and password sign-in, and a per-number limit on tracking, with ASP.NET Core's rate limiter.
/// Partitioned by path rather than endpoint metadata so that no endpoint file has to know about it.
/// </summary>
public static class PublicRateLimits
{
    private const string TrackingPath = "/api/tracking";
    private static readonly string[] IntakePaths = ["/api/complaints", "/api/applications"];
    private static readonly string[] SignInPaths = ["/api/auth", "/account/login"];

    /// <summary>Whether a request of this method to this path counts against a public limit (and may be answered 429).</summary>
    public static bool Limits(string method, PathString path) =>
        path.StartsWithSegments(TrackingPath)
        || HttpMethods.IsPost(method) && IntakePaths.Concat(SignInPaths).Any(p => path.StartsWithSegments(p));

    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services, RateLimitingSettings settings) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            if (!settings.Enabled) return;
            // The address limiter comes first: a client it refuses spends none of the case's per-number permits,
            // so one flooding address cannot lock the owner of the number out.
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => ByAddress(context, settings)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => ByTrackingNumber(context, settings)));
        });

    private static RateLimitPartition<string> ByAddress(HttpContext context, RateLimitingSettings settings)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(TrackingPath))
            return RateLimitPartition.GetFixedWindowLimiter("tracking|" + ClientKey(context), _ => settings.Tracking.ToOptions());
        if (HttpMethods.IsPost(context.Request.Method) && IntakePaths.Any(p => path.StartsWithSegments(p)))
            return RateLimitPartition.GetFixedWindowLimiter("intake|" + ClientKey(context), _ => settings.Intake.ToOptions());
        if (HttpMethods.IsPost(context.Request.Method) && SignInPaths.Any(p => path.StartsWithSegments(p)))
            return RateLimitPartition.GetFixedWindowLimiter("sign-in|" + ClientKey(context), _ => settings.SignIn.ToOptions());
        return RateLimitPartition.GetNoLimiter("");
    }

    private static RateLimitPartition<string> ByTrackingNumber(HttpContext context, RateLimitingSettings settings)
    {
        if (!context.Request.Path.StartsWithSegments(TrackingPath, out var rest) || !rest.HasValue)
            return RateLimitPartition.GetNoLimiter("");
        // Normalised as the endpoint does; over-long numbers (answered 404 anyway) share one partition.
        var number = rest.Value!.Trim('/').Trim().ToUpperInvariant();
        return RateLimitPartition.GetFixedWindowLimiter("number|" + (number.Length <= 40 ? number : "too-long"),
            _ => settings.TrackingNumber.ToOptions());
    }

    /// <summary>
    /// The client's address (after UseForwardedHeaders, so the real client behind a known proxy). IPv6 clients are
    /// grouped by their /64, which one household or phone usually owns whole.
    /// </summary>
    public static string ClientKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }
        return address.ToString();
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        var problem = Problems.TooManyRequests(retryAfter);
        context.Response.Headers.RetryAfter = problem.Extensions["retryAfterSeconds"]!.ToString();
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
        await context.WriteProblemAsync(problem, ct);
    }
}
