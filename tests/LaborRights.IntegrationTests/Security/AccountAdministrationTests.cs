using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using LaborRights.Security.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.Security;

/// <summary>Accounts are administered by administrators only, with password rules and no hash ever shown.</summary>
[Collection(AppCollection.Name)]
public class AccountAdministrationTests(AppFixture app)
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/admin/accounts" },
        { "GET", "/api/admin/accounts/admin" },
        { "POST", "/api/admin/accounts" },
        { "POST", "/api/admin/accounts/admin/disable" },
        { "POST", "/api/admin/accounts/admin/enable" },
        { "POST", "/api/admin/accounts/admin/unlock" },
        { "POST", "/api/admin/accounts/admin/reset-password" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_account_endpoint_is_for_administrators_only(string method, string url)
    {
        foreach (var (user, status) in new (string?, int)[]
                 {
                     (null, 401),
                     (StaffUsers.Inspector("370102"), 403),
                     (StaffUsers.Supervisor(StaffScope.ProvinceCode), 403),
                     (StaffUsers.Arbitrator("370102"), 403),
                 })
        {
            var result = await app.Host.Scenario(x =>
            {
                if (method == "GET") x.Get.Url(url);
                else x.Post.Json(new { password = "Whatever-123456" }).ToUrl(url);
                if (user is not null) x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
                x.StatusCodeShouldBe(status);
            });
            result.Context.Response.ContentType.Should().Be("application/problem+json");
        }
    }

    [Fact]
    public async Task A_division_typed_with_spaces_is_stored_as_its_code_so_it_matches_cases()
    {
        var userName = SignInScenarios.NewUserName();
        await app.Host.Scenario(x =>
        {
            x.Post.Json(new CreateStaffAccount(userName, "测试", SignInScenarios.Password, [StaffRoles.Inspector], [" 370102 "])).ToUrl("/api/admin/accounts");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
            x.StatusCodeShouldBe(201);
        });

        var stored = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/admin/accounts/{userName}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
        });
        (await stored.ReadAsJsonAsync<StaffAccountView>())!.Divisions.Should().Equal("370102");
    }

    [Theory]
    [InlineData("short-1A")]
    [InlineData("onlyletterslong")]
    [InlineData("aaaaaaaaaa1")]
    public async Task A_weak_password_is_a_400_field_error(string password)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new CreateStaffAccount(SignInScenarios.NewUserName(), "测试", password, [StaffRoles.Inspector], ["370102"])).ToUrl("/api/admin/accounts");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
            x.StatusCodeShouldBe(400);
        });

        (await result.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Keys.Should().Equal("password");
    }

    [Fact]
    public async Task Unknown_roles_and_divisions_and_a_password_containing_the_user_name_are_refused()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new CreateStaffAccount("zhang.san", "", "zhang.san-2026-x", ["boss"], ["379999"])).ToUrl("/api/admin/accounts");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
            x.StatusCodeShouldBe(400);
        });

        (await result.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Keys.Should().BeEquivalentTo("displayName", "password", "roles", "divisions");
    }

    [Fact]
    public async Task An_account_has_exactly_one_role_so_no_role_borrows_anothers_divisions()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new CreateStaffAccount(SignInScenarios.NewUserName(), "兼职", SignInScenarios.Password,
                [StaffRoles.Inspector, StaffRoles.Supervisor], ["370102", "370000"])).ToUrl("/api/admin/accounts");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
            x.StatusCodeShouldBe(400);
        });

        (await result.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Keys.Should().Equal("roles");
    }

    [Fact]
    public async Task A_user_name_is_unique_whatever_its_letter_case_and_the_list_shows_no_hash()
    {
        var userName = await app.Host.CreateAccount();

        await app.Host.Scenario(x =>
        {
            x.Post.Json(new CreateStaffAccount(userName.ToUpperInvariant(), "另一人", "Other-password-9", [StaffRoles.Arbitrator], ["370100"])).ToUrl("/api/admin/accounts");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
            x.StatusCodeShouldBe(409);
        });

        var list = await app.Host.Scenario(x =>
        {
            x.Get.Url("/api/admin/accounts");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
        });
        var text = await list.ReadAsTextAsync();
        text.Should().Contain(userName).And.NotContainAny("passwordHash", "securityStamp", "AQAAAA");
        var accounts = (await list.ReadAsJsonAsync<List<StaffAccountView>>())!;
        accounts.Single(a => a.UserName == userName).Should().BeEquivalentTo(new
        {
            DisplayName = "测试人员", Roles = new[] { StaffRoles.Inspector }, Divisions = new[] { "370102" }, Disabled = false, HasPassword = true,
        });
    }

    [Fact]
    public async Task An_unknown_account_is_404()
    {
        await app.Host.AdministerAccount("no.such.account", "disable", status: 404);
        await app.Host.AdministerAccount("no.such.account", "reset-password", new { password = "Fresh-password-1" }, 404);
    }

    [Fact]
    public async Task A_reset_to_a_weak_password_is_400_and_changes_nothing()
    {
        var userName = await app.Host.CreateAccount();

        await app.Host.AdministerAccount(userName, "reset-password", new { password = "weak" }, 400);

        await app.Host.Token(userName);
    }
}
