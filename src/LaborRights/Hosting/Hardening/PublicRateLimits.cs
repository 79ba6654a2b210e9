using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;

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

    internal TimeSpan Length => TimeSpan.FromSeconds(Math.Max(1, WindowSeconds));
}

/// <summary>Where the public windows are counted (ADR 0029).</summary>
public enum RateLimitStore
{
    /// <summary>In each process: a deployment of several nodes allows each client that many times the limit.</summary>
    Memory,

    /// <summary>In the database all nodes share: the limit holds for the deployment as a whole.</summary>
    PostgreSql,
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

    /// <summary>
    /// Where the windows are counted: <see cref="RateLimitStore.PostgreSql"/> (one count for all nodes of a deployment,
    /// the default outside Development and Testing) or <see cref="RateLimitStore.Memory"/> (each process its own).
    /// </summary>
    public RateLimitStore Store { get; set; } = RateLimitStore.PostgreSql;

    public static RateLimitingSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = new RateLimitingSettings();
        if (environment.ManagesItsOwnDatabase()) settings.Store = RateLimitStore.Memory;
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
/// Per-address limits on tracking, intake, uploads, employer searches and password sign-in, and a per-number limit on
/// tracking. Chosen by path rather than endpoint metadata so that no endpoint file has to know about it. The worker
/// portal's pages draw on the same windows (<see cref="PublicLimiters"/>): a person filing or tracking on a page gets no
/// more attempts than a client of the API.
/// </summary>
public static class PublicRateLimits
{
    private const string TrackingPath = "/api/tracking";
    /// <summary>The portal's tracking page: each POST counts against the address's tracking window.</summary>
    private const string TrackingPagePath = "/track";
    private static readonly string[] IntakePaths = ["/api/complaints", "/api/applications", Leads.ReportEndpoint.Path];
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
        services.AddSingleton(settings);
        if (settings.Store == RateLimitStore.PostgreSql) services.AddSingleton<IRateLimitCounter, PostgresRateLimitCounter>();
        else services.AddSingleton<IRateLimitCounter, MemoryRateLimitCounter>();
        services.AddSingleton<PublicLimiters>();
        return services;
    }

    /// <summary>
    /// Every request a public limit covers asks for its permits before anything else reads it. After the exception
    /// handler: a shared store out of reach answers 503 like any other database outage.
    /// </summary>
    public static WebApplication UsePublicRateLimits(this WebApplication app)
    {
        var limiters = app.Services.GetRequiredService<PublicLimiters>();
        app.Use(async (context, next) =>
        {
            if (await limiters.TryRequestAsync(context) is { } wait)
            {
                await RejectAsync(context, wait);
                return;
            }
            await next(context);
        });
        return app;
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

    /// <summary>The configured window of a key's kind (the part before '|'), or null for a key no limit covers.</summary>
    internal static RateLimitWindow? WindowOf(string key, RateLimitingSettings settings) =>
        key[..Math.Max(0, key.IndexOf('|'))] switch
        {
            "tracking" => settings.Tracking,
            "intake" => settings.Intake,
            "sign-in" => settings.SignIn,
            "evidence" => settings.Evidence,
            "lookup" => settings.Lookup,
            "number" => settings.TrackingNumber,
            _ => null,
        };

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

    private static async Task RejectAsync(HttpContext context, TimeSpan retryAfter)
    {
        var problem = Problems.TooManyRequests(retryAfter);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = problem.Extensions["retryAfterSeconds"]!.ToString();
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
        await context.WriteProblemAsync(problem, context.RequestAborted);
    }
}

/// <summary>
/// The public windows as one set of limits, shared by the API (every request, by its path) and the portal's pages,
/// which ask for a permit when a person actually files (<see cref="TryFileAsync"/>) or tracks a number
/// (<see cref="TryTrackAsync"/>): a form's steps cost nothing, its submission costs what an API filing does.
/// </summary>
public sealed class PublicLimiters(RateLimitingSettings settings, IRateLimitCounter counter)
{
    /// <summary>
    /// An API request: by address, then by tracking number — null when allowed, else how long to wait. The address
    /// comes first: a client it refuses spends none of the case's per-number permits, so one flooding address cannot
    /// lock the owner of the number out.
    /// </summary>
    public async ValueTask<TimeSpan?> TryRequestAsync(HttpContext context) =>
        await Attempt(PublicRateLimits.AddressKey(context), context.RequestAborted)
        ?? await Attempt(PublicRateLimits.NumberKey(context), context.RequestAborted);

    /// <summary>A filing from a page, in the address's intake window: null when allowed, else how long to wait.</summary>
    public ValueTask<TimeSpan?> TryFileAsync(HttpContext context) =>
        Attempt("intake|" + PublicRateLimits.ClientKey(context), context.RequestAborted);

    /// <summary>A file chosen on a page's evidence step, in the address's evidence window: null when allowed, else how long to wait.</summary>
    public ValueTask<TimeSpan?> TryUploadAsync(HttpContext context) =>
        Attempt("evidence|" + PublicRateLimits.ClientKey(context), context.RequestAborted);

    /// <summary>An employer search from a form's employer step, in the address's lookup window: null when allowed, else how long to wait.</summary>
    public ValueTask<TimeSpan?> TryLookupAsync(HttpContext context) =>
        Attempt("lookup|" + PublicRateLimits.ClientKey(context), context.RequestAborted);

    /// <summary>A tracking number looked up from a page (its address was counted with the request): null when allowed, else how long to wait.</summary>
    public ValueTask<TimeSpan?> TryTrackAsync(string trackingNumber, CancellationToken ct) =>
        Attempt(PublicRateLimits.NumberKey(trackingNumber), ct);

    private ValueTask<TimeSpan?> Attempt(string key, CancellationToken ct) =>
        settings.Enabled && PublicRateLimits.WindowOf(key, settings) is { } window
            ? counter.TryAcquireAsync(key, window, ct)
            : ValueTask.FromResult<TimeSpan?>(null);
}
