using System.Net;
using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Hosting;
using LaborRights.Tracking;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.Hardening;

/// <summary>Tracking and intake limited per client address, tracking also per number; a 429 says when to retry.</summary>
[Collection(AppCollection.Name)]
public class RateLimitTests(AppFixture app)
{
    [Fact]
    public async Task Guessing_access_codes_from_one_address_meets_429_with_Retry_After_while_other_clients_go_on()
    {
        await using var host = await HardeningHost.StartAsync(app);
        var filed = await host.FileComplaint();

        for (var i = 0; i < HardeningHost.TrackingPerAddress; i++)
            (await Track(host, "198.51.100.7", filed.TrackingNumber, $"GUESS-{i:D5}")).StatusCode.Should().Be(404);

        var refused = await Track(host, "198.51.100.7", filed.TrackingNumber, filed.AccessCode);
        refused.StatusCode.Should().Be(429, "even the right code is refused once the address is over its limit");
        int.Parse(refused.Headers.RetryAfter.ToString()).Should().BeInRange(1, 600);
        refused.ContentType.Should().StartWith("application/problem+json");
        refused.Problem.Type.Should().EndWith("too-many-requests");
        refused.Problem.Title.Should().Contain("请求过于频繁").And.Contain("Too many requests");

        // Another worker, from another address, follows their case as usual.
        (await Track(host, "203.0.113.20", filed.TrackingNumber, filed.AccessCode)).StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task A_distributed_brute_force_on_one_tracking_number_is_limited_per_number()
    {
        await using var host = await HardeningHost.StartAsync(app);
        var target = await host.FileComplaint();
        var other = await host.FileComplaint();

        // Each guess from a different address: no address reaches its own limit, the number does.
        for (var i = 0; i < HardeningHost.TrackingPerNumber; i++)
            (await Track(host, $"192.0.2.{i + 1}", target.TrackingNumber, $"GUESS-{i:D5}")).StatusCode.Should().Be(404);
        var refused = await Track(host, "192.0.2.200", target.TrackingNumber, "GUESS-LAST1");
        refused.StatusCode.Should().Be(429);
        refused.Headers.RetryAfter.Should().NotBeEmpty();

        (await Track(host, "192.0.2.201", other.TrackingNumber, other.AccessCode)).StatusCode.Should().Be(200, "other cases are not affected");
    }

    [Fact]
    public async Task An_intake_flood_from_one_address_meets_429_and_other_addresses_still_file()
    {
        await using var host = await HardeningHost.StartAsync(app);
        for (var i = 0; i < HardeningHost.IntakePerAddress; i++)
            (await File(host, "198.51.100.9")).StatusCode.Should().Be(201);

        var refused = await File(host, "198.51.100.9");
        refused.StatusCode.Should().Be(429);
        refused.Headers.RetryAfter.Should().NotBeEmpty();
        refused.Problem.Detail.Should().Contain("秒").And.Contain("seconds");

        (await File(host, "203.0.113.30")).StatusCode.Should().Be(201);
        (await File(host, "2001:db8:1:2::5")).StatusCode.Should().Be(201);
    }

    [Fact]
    public async Task X_Forwarded_For_counts_only_from_a_known_proxy()
    {
        await using var host = await HardeningHost.StartAsync(app);

        // Through the known proxy, each forwarded client has its own budget.
        for (var i = 0; i < HardeningHost.IntakePerAddress; i++)
            (await File(host, HardeningHost.KnownProxy, forwardedFor: "198.51.100.50")).StatusCode.Should().Be(201);
        (await File(host, HardeningHost.KnownProxy, forwardedFor: "198.51.100.50")).StatusCode.Should().Be(429);
        (await File(host, HardeningHost.KnownProxy, forwardedFor: "198.51.100.51")).StatusCode.Should().Be(201);

        // From anyone else the header is ignored: a flooder cannot pose as many clients.
        for (var i = 0; i < HardeningHost.IntakePerAddress; i++)
            (await File(host, "198.51.100.60", forwardedFor: $"192.0.2.{i + 100}")).StatusCode.Should().Be(201);
        (await File(host, "198.51.100.60", forwardedFor: "192.0.2.250")).StatusCode.Should().Be(429);
    }

    [Fact]
    public async Task X_Forwarded_For_from_loopback_is_ignored_unless_loopback_is_a_configured_proxy()
    {
        await using var host = await HardeningHost.StartAsync(app);
        for (var i = 0; i < HardeningHost.IntakePerAddress; i++)
            (await File(host, "127.0.0.1", forwardedFor: $"192.0.2.{i + 10}")).StatusCode.Should().Be(201);
        (await File(host, "127.0.0.1", forwardedFor: "192.0.2.99")).StatusCode.Should().Be(429,
            "a process on the same machine is not a proxy unless the operator says so");
        (await File(host, "::1", forwardedFor: "192.0.2.98")).StatusCode.Should().Be(201, "::1 is its own client");
        (await File(host, "::1", forwardedFor: "192.0.2.97")).StatusCode.Should().Be(201);
        (await File(host, "::1", forwardedFor: "192.0.2.96")).StatusCode.Should().Be(201);
        (await File(host, "::1", forwardedFor: "192.0.2.95")).StatusCode.Should().Be(429);

        await using var behindLocalProxy = await app.StartHostAsync(new Dictionary<string, string>
        {
            ["RateLimiting:Intake:PermitLimit"] = "1",
            ["RateLimiting:Intake:WindowSeconds"] = "600",
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        });
        (await File(behindLocalProxy, "127.0.0.1", forwardedFor: "198.51.100.80")).StatusCode.Should().Be(201);
        (await File(behindLocalProxy, "127.0.0.1", forwardedFor: "198.51.100.81")).StatusCode.Should().Be(201,
            "with loopback configured as the proxy, each forwarded client has its own budget");
        (await File(behindLocalProxy, "127.0.0.1", forwardedFor: "198.51.100.80")).StatusCode.Should().Be(429);
    }

    [Fact]
    public async Task Password_guessing_from_one_address_meets_429_before_reaching_more_accounts()
    {
        await using var host = await HardeningHost.StartAsync(app);
        for (var i = 0; i < HardeningHost.SignInPerAddress; i++)
            (await SignIn(host, "198.51.100.70", $"nobody{i}")).StatusCode.Should().Be(401);

        var refused = await SignIn(host, "198.51.100.70", "nobody-else");
        refused.StatusCode.Should().Be(429);
        refused.Headers.RetryAfter.Should().NotBeEmpty();
        (await SignIn(host, "203.0.113.70", "nobody")).StatusCode.Should().Be(401, "another address is not limited");
    }

    [Fact]
    public async Task Two_nodes_on_one_database_count_in_the_same_windows()
    {
        var shared = new Dictionary<string, string>
        {
            ["RateLimiting:Store"] = "PostgreSql",
            ["RateLimiting:Tracking:PermitLimit"] = HardeningHost.TrackingPerAddress.ToString(),
            ["RateLimiting:Tracking:WindowSeconds"] = "600",
            ["RateLimiting:TrackingNumber:PermitLimit"] = HardeningHost.TrackingPerNumber.ToString(),
            ["RateLimiting:TrackingNumber:WindowSeconds"] = "600",
        };
        await using var first = await app.StartHostAsync(shared);
        await using var second = await app.StartHostAsync(shared);
        IAlbaHost Node(int i) => i % 2 == 0 ? first : second;
        // Addresses of this run only: the shared windows outlive a host, and a database may outlive a test run.
        static string AnAddress() => $"198.18.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

        var filed = await first.FileComplaint();
        var flooder = AnAddress();
        for (var i = 0; i < HardeningHost.TrackingPerAddress; i++)
            (await Track(Node(i), flooder, filed.TrackingNumber, $"GUESS-{i:D5}")).StatusCode.Should().Be(404);
        (await Track(first, flooder, filed.TrackingNumber, filed.AccessCode)).StatusCode.Should().Be(429, "the address spent its window on both nodes together");
        (await Track(second, flooder, filed.TrackingNumber, filed.AccessCode)).StatusCode.Should().Be(429);

        var target = await second.FileComplaint();
        for (var i = 0; i < HardeningHost.TrackingPerNumber; i++)
            (await Track(Node(i), AnAddress(), target.TrackingNumber, $"GUESS-{i:D5}")).StatusCode.Should().Be(404);
        var refused = await Track(first, AnAddress(), target.TrackingNumber, "GUESS-LAST1");
        refused.StatusCode.Should().Be(429, "the number spent its window on both nodes together");
        int.Parse(refused.Headers.RetryAfter.ToString()).Should().BeInRange(1, 600);

        // The shared table holds neither the address nor the number.
        await using var session = first.DocumentStore().QuerySession();
        var keys = await session.AdvancedSql.QueryAsync<string>(
            $"select key from {first.DocumentStore().Options.DatabaseSchemaName}.{PostgresRateLimitCounter.TableName}", CancellationToken.None);
        keys.Should().NotBeEmpty().And.OnlyContain(k => !k.Contains(flooder) && !k.Contains(target.TrackingNumber));
    }

    [Fact]
    public async Task The_shared_windows_refuse_past_the_limit_until_the_window_ends_and_ended_windows_are_swept()
    {
        var store = app.Host.DocumentStore();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2031, 3, 4, 10, 0, 5, TimeSpan.Zero));
        var counter = new PostgresRateLimitCounter(store, clock);
        var window = new RateLimitWindow { PermitLimit = 2, WindowSeconds = 60 };
        var key = $"intake|198.18.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

        (await counter.TryAcquireAsync(key, window, CancellationToken.None)).Should().BeNull();
        (await counter.TryAcquireAsync(key, window, CancellationToken.None)).Should().BeNull();
        (await counter.TryAcquireAsync(key, window, CancellationToken.None)).Should().Be(TimeSpan.FromSeconds(55), "the window began at 10:00:00");
        clock.Advance(TimeSpan.FromSeconds(55));
        (await counter.TryAcquireAsync(key, window, CancellationToken.None)).Should().BeNull("a new window has begun");

        await using var session = store.QuerySession();
        async Task<int> Rows() => (await session.AdvancedSql.QueryAsync<int>(
            $"select count(*)::int from {store.Options.DatabaseSchemaName}.{PostgresRateLimitCounter.TableName} where key = ?",
            CancellationToken.None, PostgresRateLimitCounter.Hashed(key))).Single();
        (await Rows()).Should().Be(2);
        clock.Advance(TimeSpan.FromHours(25));
        await PostgresRateLimitCounter.SweepAsync(store, clock, CancellationToken.None);
        (await Rows()).Should().Be(0, "windows that ended more than a day ago are swept");
    }

    private static async Task<Answer> SignIn(IAlbaHost host, string address, string userName) =>
        await Answer.From(await host.Scenario(x =>
        {
            x.Post.Json(new { userName, password = "not-the-password-1" }).ToUrl("/api/auth/token");
            x.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Parse(address));
            x.IgnoreStatusCode();
        }));

    private static async Task<Answer> Track(IAlbaHost host, string address, string trackingNumber, string accessCode) =>
        await Answer.From(await host.Scenario(x =>
        {
            x.Get.Url($"/api/tracking/{trackingNumber}");
            x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, accessCode);
            x.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Parse(address));
            x.IgnoreStatusCode();
        }));

    private static async Task<Answer> File(IAlbaHost host, string address, string? forwardedFor = null) =>
        await Answer.From(await host.Scenario(x =>
        {
            x.Post.Json(Scenarios.AComplaint()).ToUrl("/api/complaints/wage-arrears");
            x.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Parse(address));
            if (forwardedFor is not null) x.WithRequestHeader("X-Forwarded-For", forwardedFor);
            x.IgnoreStatusCode();
        }));

    private sealed record Answer(int StatusCode, Microsoft.AspNetCore.Http.IHeaderDictionary Headers, string? ContentType, ProblemDetails Problem)
    {
        public static async Task<Answer> From(IScenarioResult result)
        {
            var response = result.Context.Response;
            var problem = response.StatusCode >= 400 && response.ContentType?.Contains("json") == true
                ? await result.ReadAsJsonAsync<ProblemDetails>() ?? new ProblemDetails()
                : new ProblemDetails();
            return new Answer(response.StatusCode, response.Headers, response.ContentType, problem);
        }
    }
}
