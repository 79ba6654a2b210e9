using Alba;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.IntegrationTests.Inspections;
using Marten;

namespace LaborRights.IntegrationTests.Api;

/// <summary>Two commands on one version, for every case kind: exactly one wins and exactly one batch is appended.</summary>
[Collection(AppCollection.Name)]
public class ConcurrencyAcrossKindsTests(AppFixture app)
{
    [Fact]
    public async Task Discrimination()
    {
        var filed = await app.Host.DiscriminationUnderInvestigation();
        var body = new { version = DiscriminationScenarios.UnderInvestigationVersion, substantiated = true, reasons = "广告限男性" };
        await RaceAsync(filed.Id, $"/api/discrimination/{filed.Id}/record-finding", body, body);
    }

    [Fact]
    public async Task Arbitration()
    {
        var filed = await app.Host.Apply();
        await RaceAsync(filed.Id, $"/api/arbitration/{filed.Id}/accept", new { version = 1 }, new { version = 1 });
    }

    [Fact]
    public async Task Inspection()
    {
        var opened = await app.Host.OpenInspection();
        await RaceAsync(opened.Id, $"/api/inspections/{opened.Id}/assign-inspectors",
            new { version = 1, inspectors = new[] { "张伟", "李娜" } }, new { version = 1, inspectors = new[] { "王芳", "赵强" } });
    }

    /// <summary>
    /// The slower of two racers may load the case after the faster one committed: it then sees a state that refuses its
    /// command, yet what it must be told is that its version is stale (409, reload), never the refusal (422) of a state
    /// it did not see. Played here without the race: the second command is sent with the old version afterwards.
    /// </summary>
    [Fact]
    public async Task A_stale_version_gets_409_even_when_the_case_as_it_is_now_would_refuse_the_command()
    {
        var filed = await app.Host.Apply();
        await app.Host.Arbitrate(filed.Id, "accept", new { version = 1 });
        var stale = await app.Host.ArbitrateExpecting(filed.Id, "accept", new { version = 1 }, 409);
        (await stale.ReadAsJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>())!.Type.Should().EndWith("/stale-version");
        await app.Host.ArbitrateExpecting(filed.Id, "accept", new { version = 2 }, 422);
    }

    private async Task RaceAsync(Guid id, string url, object first, object second)
    {
        long before;
        await using (var session = app.Store.QuerySession()) before = (await session.Events.FetchStreamStateAsync(id))!.Version;

        async Task<int> Send(object body)
        {
            var result = await app.Host.Scenario(x =>
            {
                x.Post.Json(body).ToUrl(url);
                x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
                x.IgnoreStatusCode();
            });
            return result.Context.Response.StatusCode;
        }

        var statuses = await Task.WhenAll(Send(first), Send(second));

        statuses.Should().BeEquivalentTo([200, 409]);
        await using var after = app.Store.QuerySession();
        var events = await after.Events.FetchStreamAsync(id);
        events.Where(e => e.Version > before).Select(e => e.Timestamp).Distinct().Should().HaveCount(1, "one batch was appended");
    }
}
