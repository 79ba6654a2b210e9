using System.Diagnostics;
using System.Net;
using Alba;
using LaborRights.Database;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.Reliability;

/// <summary>
/// Issue 15, item 2: PostgreSQL stopped under a running application — on a cluster of this test's own, stopped and
/// started as an operator would. Requests fail fast with 503 and Retry-After (no hang, no 500 with internals),
/// readiness says so, nothing acknowledged is lost, and the application serves again without a restart.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DatabaseOutageTests(AppFixture app)
{
    [Fact]
    public async Task While_the_database_is_down_requests_get_503_with_retry_after_and_the_application_recovers_by_itself()
    {
        await using var postgres = await PostgresProvisioner.StartRestartableClusterAsync();
        await using var host = await app.StartHostAsync(new Dictionary<string, string>
        {
            [$"ConnectionStrings:{DatabaseStartup.ConnectionStringName}"] = postgres.ConnectionString,
        });
        var before = await host.FileComplaint();

        postgres.StopServer();
        try
        {
            var clock = Stopwatch.StartNew();
            var refused = await host.Scenario(x =>
            {
                x.Post.Json(Scenarios.AComplaint()).ToUrl("/api/complaints/wage-arrears");
                x.WithRequestHeader("Idempotency-Key", "outage-" + Guid.NewGuid().ToString("N"));
                x.StatusCodeShouldBe(HttpStatusCode.ServiceUnavailable);
            });
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15), "a request fails fast rather than hanging");
            refused.Context.Response.Headers.RetryAfter.ToString().Should().Be(DatabaseOutage.RetryAfterSeconds.ToString());
            var problem = (await refused.ReadAsJsonAsync<ProblemDetails>())!;
            problem.Type.Should().EndWith("/service-unavailable");
            problem.Detail.Should().Contain("未作任何更改").And.NotContain("Npgsql").And.NotContain("   at ");

            var tracking = await host.Scenario(x =>
            {
                x.Get.Url($"/api/tracking/{before.TrackingNumber}");
                x.WithRequestHeader(Tracking.TrackCaseEndpoint.AccessCodeHeader, before.AccessCode);
                x.StatusCodeShouldBe(HttpStatusCode.ServiceUnavailable);
            });
            tracking.Context.Response.Headers.RetryAfter.ToString().Should().NotBeEmpty();
            await host.Scenario(x =>
            {
                x.Get.Url("/health/ready");
                x.StatusCodeShouldBe(HttpStatusCode.ServiceUnavailable);
            });
        }
        finally
        {
            postgres.StartServer();
        }

        // Back without a restart: the pool reconnects; what was acknowledged before is there.
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var ready = await host.Scenario(x => { x.Get.Url("/health/ready"); x.IgnoreStatusCode(); });
            if (ready.Context.Response.StatusCode == 200) break;
            deadline.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the application recovers once the database is back");
            await Task.Delay(200);
        }
        (await host.Track(before)).TrackingNumber.Should().Be(before.TrackingNumber);
        var after = await host.FileComplaint();
        (await host.Track(after)).Status.Should().Be("PendingAcceptance");
    }
}
