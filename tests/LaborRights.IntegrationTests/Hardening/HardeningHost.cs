using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Tracking;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LaborRights.IntegrationTests.Hardening;

/// <summary>
/// A host of the application with low rate limits, one known proxy, one allowed CORS origin, and a tracking source
/// (prefix <c>ZZ</c>) that fails the way a broken database would.
/// </summary>
public static class HardeningHost
{
    public const string KnownProxy = "10.9.9.9";
    public const string AllowedOrigin = "https://portal.example.gov.cn";
    public const int TrackingPerAddress = 5;
    public const int TrackingPerNumber = 8;
    public const int IntakePerAddress = 3;
    public const int SignInPerAddress = 4;
    public const string FailingPrefix = "ZZ";
    public const string SecretInTheFailure = "select id_number from laborrights.secret_table";

    public static Task<IAlbaHost> StartAsync(AppFixture app) => app.StartHostAsync(
        new Dictionary<string, string>
        {
            ["RateLimiting:Tracking:PermitLimit"] = TrackingPerAddress.ToString(),
            ["RateLimiting:Tracking:WindowSeconds"] = "600",
            ["RateLimiting:TrackingNumber:PermitLimit"] = TrackingPerNumber.ToString(),
            ["RateLimiting:TrackingNumber:WindowSeconds"] = "600",
            ["RateLimiting:Intake:PermitLimit"] = IntakePerAddress.ToString(),
            ["RateLimiting:Intake:WindowSeconds"] = "600",
            ["RateLimiting:SignIn:PermitLimit"] = SignInPerAddress.ToString(),
            ["RateLimiting:SignIn:WindowSeconds"] = "600",
            ["ForwardedHeaders:KnownProxies:0"] = KnownProxy,
            ["Cors:AllowedOrigins:0"] = AllowedOrigin,
        },
        services: services => services.AddSingleton<IPublicTrackingSource, FailingTrackingSource>());

    private sealed class FailingTrackingSource : IPublicTrackingSource
    {
        public string Prefix => FailingPrefix;

        public Task<PublicCaseStatus?> FindAsync(string trackingNumber, string accessCode, DateOnly today, IQuerySession session, CancellationToken ct) =>
            throw new InvalidOperationException($"Npgsql.PostgresException: 42P01: relation does not exist in '{SecretInTheFailure}'");
    }
}
