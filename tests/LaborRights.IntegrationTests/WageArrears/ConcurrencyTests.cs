using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using Marten;

namespace LaborRights.IntegrationTests.WageArrears;

[Collection(AppCollection.Name)]
public class ConcurrencyTests(AppFixture app)
{
    [Fact]
    public async Task Two_commands_on_the_same_version_exactly_one_wins_and_one_event_is_appended()
    {
        var (filed, version) = await app.Host.CaseUnderInvestigation();

        async Task<int> Confirm(decimal amount)
        {
            var result = await app.Host.Scenario(x =>
            {
                x.Post.Json(new { version, amount, workersOwed = 4 }).ToUrl($"/api/wage-arrears/{filed.Id}/confirm-arrears");
                x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
                x.IgnoreStatusCode();
            });
            return result.Context.Response.StatusCode;
        }

        var statuses = await Task.WhenAll(Confirm(30_000m), Confirm(31_000m));

        statuses.Should().BeEquivalentTo([200, 409]);
        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(filed.Id);
        events.Should().HaveCount(version + 1);
        events.Last().Data.Should().BeOfType<LaborRights.WageArrears.ArrearsConfirmed>();
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_409_and_appends_nothing()
    {
        var filed = await app.Host.FileComplaint();
        await app.Host.Command(filed.Id, "request-material", new { version = 1, missing = "劳动合同" });

        var result = await app.Host.CommandExpecting(filed.Id, "accept", new { version = 1 }, 409);

        var problem = await result.ReadAsJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>();
        problem!.Title.Should().Contain("案件已被他人更新").And.Contain("changed by someone else");
        await using var session = app.Store.QuerySession();
        (await session.Events.FetchStreamAsync(filed.Id)).Should().HaveCount(2);
    }

    [Fact]
    public async Task A_command_for_a_case_that_does_not_exist_is_not_found()
    {
        await app.Host.CommandExpecting(Guid.NewGuid(), "accept", new { version = 0 }, 404);
        // A version for a stream that does not exist is not a lost race: still 404, not 409.
        await app.Host.CommandExpecting(Guid.NewGuid(), "accept", new { version = 3 }, 404);
        await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/wage-arrears/{Guid.NewGuid()}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(404);
        });
    }
}
