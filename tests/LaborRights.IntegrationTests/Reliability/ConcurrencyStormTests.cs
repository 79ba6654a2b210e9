using System.Collections.Concurrent;
using Alba;
using LaborRights.CaseIndex;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.WageArrears;
using Marten;

namespace LaborRights.IntegrationTests.Reliability;

/// <summary>
/// Issue 15, item 3: 50 clients send conflicting commands to one case at once, each reading the version it sends:
/// every answer is 200 or 409, the stream holds exactly the commands answered 200, and every read model agrees with it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ConcurrencyStormTests(AppFixture app)
{
    [Fact]
    public async Task Fifty_clients_on_one_case_get_only_200_or_409_and_the_stream_holds_exactly_the_accepted_commands()
    {
        var (filed, _) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(county: "371002"));
        var before = await StreamVersionAsync(filed.Id);
        var statuses = new ConcurrentBag<int>();
        var accepted = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 50), new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (client, _) =>
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var version = (await app.Host.Details(filed.Id)).Case.Version;
                var team = new[] { $"甲{client}", $"乙{client}-{attempt}" };
                var result = await app.Host.Scenario(x =>
                {
                    x.Post.Json(new { version, inspectors = team }).ToUrl($"/api/wage-arrears/{filed.Id}/assign-inspectors");
                    x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
                    x.IgnoreStatusCode();
                });
                var status = result.Context.Response.StatusCode;
                statuses.Add(status);
                if (status == 200) accepted.Add(string.Join("、", team));
            }
        });

        statuses.Should().HaveCount(150).And.OnlyContain(s => s == 200 || s == 409, "a lost race is a 409, never a 5xx or a refusal");
        accepted.Should().NotBeEmpty();
        await using var session = app.Store.QuerySession();
        var appended = (await session.Events.FetchStreamAsync(filed.Id)).Where(e => e.Version > before).ToList();
        appended.Should().HaveCount(accepted.Count, "the stream holds exactly the commands answered 200");
        appended.Select(e => e.Data).Should().AllBeOfType<InspectorsAssigned>();
        appended.Select(e => string.Join("、", ((InspectorsAssigned)e.Data).Inspectors)).Should().BeEquivalentTo(accepted);

        var last = (InspectorsAssigned)appended[^1].Data;
        var entry = (await session.LoadAsync<CaseIndexEntry>(filed.Id))!;
        entry.Version.Should().Be((int)appended[^1].Version, "the case index is at the stream's version");
        entry.Assignees.Should().Equal(last.Inspectors);
        var details = (await app.Host.Details(filed.Id)).Case;
        details.Version.Should().Be(entry.Version);
        details.Inspectors.Should().Equal(last.Inspectors);
    }

    private async Task<long> StreamVersionAsync(Guid id)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamStateAsync(id))!.Version;
    }
}
