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
