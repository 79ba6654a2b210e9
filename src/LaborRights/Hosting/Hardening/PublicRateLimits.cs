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

    /// <summary>Evidence files uploaded from one client address (API uploads and files chosen on a form's evidence step).</summary>
    public RateLimitWindow Evidence { get; set; } = new() { PermitLimit = 60, WindowSeconds = 600 };

    /// <summary>Searches of the employer directory from one client address (API and the forms' employer step).</summary>
    public RateLimitWindow Lookup { get; set; } = new() { PermitLimit = 60, WindowSeconds = 60 };

    /// <summary>Password sign-ins (token, refresh, login form) from one client address; lockout protects each account besides.</summary>
    public RateLimitWindow SignIn { get; set; } = new() { PermitLimit = 30, WindowSeconds = 300 };

    public static RateLimitingSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = new RateLimitingSettings();
        if (environment.IsEnvironment("Testing"))
        {
            static RateLimitWindow High() => new() { PermitLimit = 1_000_000, WindowSeconds = 60 };
            (settings.Tracking, settings.TrackingNumber, settings.Intake, settings.Evidence, settings.Lookup, settings.SignIn) = (High(), High(), High(), High(), High(), High());
        }
        configuration.GetSection(Section).Bind(settings);
        return settings;
    }
}

/// <summary>
/// Per-address limits on tracking, intake and password sign-in, and a per-number limit on tracking, with ASP.NET Core's rate limiter.
/// Partitioned by path rather than endpoint metadata so that no endpoint file has to know about it. The worker portal's
/// pages draw on the same windows (<see cref="PublicLimiters"/>): a person filing or tracking on a page gets no more
/// attempts than a client of the API.
/// </summary>
public static class PublicRateLimits
{
    private const string TrackingPath = "/api/tracking";
    /// <summary>The portal's tracking page: each POST counts against the address's tracking window.</summary>
    private const string TrackingPagePath = "/track";
    private static readonly string[] IntakePaths = ["/api/complaints", "/api/applications"];
    private const string EvidencePath = Evidence.UploadEvidenceEndpoint.Path;
    private static readonly string[] SignInPaths = ["/api/auth", "/account/login"];
    private const string LookupPath = Employers.Directory.EmployerDirectoryEndpoints.Path;

    /// <summary>Whether a request of this method to this path counts against a public limit (and may be answered 429).</summary>
    public static bool Limits(string method, PathString path) =>
        path.StartsWithSegments(TrackingPath)
        || HttpMethods.IsGet(method) && path.StartsWithSegments(LookupPath)
        || HttpMethods.IsPost(method) && IntakePaths.Concat(SignInPaths).Append(TrackingPagePath).Append(EvidencePath).Any(p => path.StartsWithSegments(p));

    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services, RateLimitingSettings settings)
    {
        services.AddSingleton(new PublicLimiters(settings));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
        });
        services.AddOptions<RateLimiterOptions>().Configure<PublicLimiters>((o, limiters) =>
        {
            if (settings.Enabled) o.GlobalLimiter = limiters.Global;
        });
        return services;
    }

    /// <summary>The address window a request counts against ("intake|203.0.113.9"), or "" for none.</summary>
    internal static string AddressKey(HttpContext context)
    {
        var (path, post) = (context.Request.Path, HttpMethods.IsPost(context.Request.Method));
        if (path.StartsWithSegments(TrackingPath) || post && path.StartsWithSegments(TrackingPagePath)) return "tracking|" + ClientKey(context);
        if (post && IntakePaths.Any(p => path.StartsWithSegments(p))) return "intake|" + ClientKey(context);
        if (post && SignInPaths.Any(p => path.StartsWithSegments(p))) return "sign-in|" + ClientKey(context);
        if (post && path.StartsWithSegments(EvidencePath)) return "evidence|" + ClientKey(context);
        if (HttpMethods.IsGet(context.Request.Method) && path.StartsWithSegments(LookupPath)) return "lookup|" + ClientKey(context);
        return "";
    }

    /// <summary>The tracking-number window of an API tracking request ("number|WA20261005-…"), or "" for none.</summary>
    internal static string NumberKey(HttpContext context) =>
        context.Request.Path.StartsWithSegments(TrackingPath, out var rest) && rest.HasValue ? NumberKey(rest.Value!.Trim('/')) : "";

    /// <summary>Normalised as the endpoint does; over-long numbers (answered 404 anyway) share one window.</summary>
    internal static string NumberKey(string trackingNumber)
    {
        var number = trackingNumber.Trim().ToUpperInvariant();
        return "number|" + (number.Length <= 40 ? number : "too-long");
    }

    /// <summary>The fixed window a key names, with the configured size of its kind.</summary>
    internal static RateLimitPartition<string> Window(string key, RateLimitingSettings settings)
    {
        var window = key[..Math.Max(0, key.IndexOf('|'))] switch
        {
            "tracking" => settings.Tracking,
            "intake" => settings.Intake,
            "sign-in" => settings.SignIn,
            "evidence" => settings.Evidence,
            "lookup" => settings.Lookup,
            "number" => settings.TrackingNumber,
            _ => null,
        };
        return window is null ? RateLimitPartition.GetNoLimiter("") : RateLimitPartition.GetFixedWindowLimiter(key, _ => window.ToOptions());
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

/// <summary>
/// The public windows as one set of limiters, shared by the API (the global limiter, by path) and the portal's pages,
/// which ask for a permit when a person actually files (<see cref="TryFile"/>) or tracks a number (<see cref="TryTrack"/>):
/// a form's steps cost nothing, its submission costs what an API filing does.
/// </summary>
public sealed class PublicLimiters
{
    private readonly RateLimitingSettings _settings;
    private readonly PartitionedRateLimiter<string> _addresses;
    private readonly PartitionedRateLimiter<string> _numbers;

    public PublicLimiters(RateLimitingSettings settings)
    {
        _settings = settings;
        _addresses = PartitionedRateLimiter.Create<string, string>(key => PublicRateLimits.Window(key, settings));
        _numbers = PartitionedRateLimiter.Create<string, string>(key => PublicRateLimits.Window(key, settings));
        // By address, then by tracking number. The address limiter comes first: a client it refuses spends none of the
        // case's per-number permits, so one flooding address cannot lock the owner of the number out.
        Global = PartitionedRateLimiter.CreateChained(
            _addresses.WithTranslatedKey<HttpContext>(PublicRateLimits.AddressKey, leaveOpen: true),
            _numbers.WithTranslatedKey<HttpContext>(PublicRateLimits.NumberKey, leaveOpen: true));
    }

    /// <summary>The API's limiter (every request, by its path).</summary>
    public PartitionedRateLimiter<HttpContext> Global { get; }

    /// <summary>A filing from a page, in the address's intake window: null when allowed, else how long to wait.</summary>
    public TimeSpan? TryFile(HttpContext context) => Attempt(_addresses, "intake|" + PublicRateLimits.ClientKey(context));

    /// <summary>A file chosen on a page's evidence step, in the address's evidence window: null when allowed, else how long to wait.</summary>
    public TimeSpan? TryUpload(HttpContext context) => Attempt(_addresses, "evidence|" + PublicRateLimits.ClientKey(context));

    /// <summary>An employer search from a form's employer step, in the address's lookup window: null when allowed, else how long to wait.</summary>
    public TimeSpan? TryLookup(HttpContext context) => Attempt(_addresses, "lookup|" + PublicRateLimits.ClientKey(context));

    /// <summary>A tracking number looked up from a page (its address was counted by <see cref="Global"/>): null when allowed, else how long to wait.</summary>
    public TimeSpan? TryTrack(string trackingNumber) => Attempt(_numbers, PublicRateLimits.NumberKey(trackingNumber));

    private TimeSpan? Attempt(PartitionedRateLimiter<string> limiter, string key)
    {
        if (!_settings.Enabled) return null;
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
    }
}
