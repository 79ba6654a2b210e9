using LaborRights.Demo;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security.Accounts;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LaborRights.IntegrationTests.Security;

/// <summary>The demo data brings one account per role and county sample, listed in the README.</summary>
[Collection(AppCollection.Name)]
public class DemoAccountsTests(AppFixture app)
{
    [Fact]
    public async Task Seeding_the_demo_data_creates_the_demo_accounts_and_they_sign_in()
    {
        await using var host = await app.StartHostAsync(new Dictionary<string, string>
        {
            ["Database:Schema"] = "demo_accounts_" + Guid.NewGuid().ToString("N")[..8],
            ["LaborRights:LoadDemoData"] = "true",
            ["LaborRights:DemoHistorySize"] = "0",
            ["LaborRights:DemoCasesPerCity"] = "1",
        });
        var store = host.Services.GetRequiredService<IDocumentStore>();

        IReadOnlyList<StaffAccount> accounts = [];
        for (var waited = 0; waited < 60 && accounts.Count < DemoAccounts.All.Count; waited++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            await using var session = store.QuerySession();
            accounts = await session.Query<StaffAccount>().ToListAsync();
        }

        accounts.Select(a => (a.UserName, a.Roles.Single(), a.Divisions.Single()))
            .Should().BeEquivalentTo(DemoAccounts.All.Select(a => (a.UserName, a.Role, a.Division)));
        foreach (var (userName, _, _, _) in DemoAccounts.All)
            (await host.Token(userName, DemoAccounts.DemoPassword)).AccessToken.Should().NotBeEmpty();
        (await host.StaffReadWith((await host.Token("inspector.lixia", DemoAccounts.DemoPassword)).AccessToken)).Should().Be(200);
    }

    [Fact]
    public async Task Without_demo_data_there_are_no_demo_accounts()
    {
        await using var session = app.Store.QuerySession();
        (await session.Query<StaffAccount>().AnyAsync(a => a.CreatedBy == "demo-data")).Should().BeFalse();
    }
}
