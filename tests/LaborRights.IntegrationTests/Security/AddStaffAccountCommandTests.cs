using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using LaborRights.Security.Accounts;

namespace LaborRights.IntegrationTests.Security;

/// <summary>A new deployment gets its first administrator from the command line; the same rules as the API apply.</summary>
[Collection(AppCollection.Name)]
public class AddStaffAccountCommandTests(AppFixture app)
{
    [Fact]
    public async Task The_verb_creates_an_account_that_signs_in_and_refuses_what_the_api_refuses()
    {
        var userName = SignInScenarios.NewUserName("first.admin");
        var (created, errors) = await AddStaffAccountCommand.CreateAsync(app.Host.Services,
            new CreateStaffAccount(userName, "首个管理员", SignInScenarios.Password, [StaffRoles.Administrator], [StaffScope.ProvinceCode]),
            "cli:test", CancellationToken.None);

        created.Should().BeTrue(string.Join("; ", errors));
        (await app.Host.Token(userName)).AccessToken.Should().NotBeEmpty();

        var again = await AddStaffAccountCommand.CreateAsync(app.Host.Services,
            new CreateStaffAccount(userName, "重复", SignInScenarios.Password, [StaffRoles.Administrator], [StaffScope.ProvinceCode]),
            "cli:test", CancellationToken.None);
        again.Created.Should().BeFalse();

        var weak = await AddStaffAccountCommand.CreateAsync(app.Host.Services,
            new CreateStaffAccount(SignInScenarios.NewUserName(), "弱口令", "short", [StaffRoles.Administrator], [StaffScope.ProvinceCode]),
            "cli:test", CancellationToken.None);
        weak.Created.Should().BeFalse();
        weak.Errors.Should().Contain(e => e.StartsWith("password:"));

        var noPassword = await AddStaffAccountCommand.CreateAsync(app.Host.Services,
            new CreateStaffAccount(SignInScenarios.NewUserName(), "无口令", null, [StaffRoles.Administrator], [StaffScope.ProvinceCode]),
            "cli:test", CancellationToken.None);
        noPassword.Errors.Should().ContainSingle().Which.Should().Contain(AddStaffAccountCommand.PasswordVariable);
    }
}
