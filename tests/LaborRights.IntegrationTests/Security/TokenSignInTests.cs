using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.Security;

/// <summary>API clients: a user name and password for a bearer token; failures all look alike; lockout counted in the database.</summary>
[Collection(AppCollection.Name)]
public class TokenSignInTests(AppFixture app)
{
    [Fact]
    public async Task A_token_from_the_sign_in_opens_the_staff_endpoints_and_a_refresh_gives_another()
    {
        var userName = await app.Host.CreateAccount();

        var token = await app.Host.Token(userName.ToUpperInvariant());

        token.TokenType.Should().Be("Bearer");
        token.ExpiresIn.Should().Be(3600);
        (await app.Host.StaffReadWith(token.AccessToken)).Should().Be(200);
        (await app.Host.StaffReadWith(token.AccessToken + "x")).Should().Be(401);

        var refreshed = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { refreshToken = token.RefreshToken }).ToUrl("/api/auth/refresh");
            x.StatusCodeShouldBe(200);
        });
        var second = (await refreshed.ReadAsJsonAsync<IssuedToken>())!;
        (await app.Host.StaffReadWith(second.AccessToken)).Should().Be(200);
    }

    [Fact]
    public async Task Each_refresh_issues_a_new_refresh_token_and_retires_the_one_it_used()
    {
        var first = await app.Host.Token(await app.Host.CreateAccount());

        var second = await Refresh(first.RefreshToken, 200);
        second!.RefreshToken.Should().NotBe(first.RefreshToken);
        var third = await Refresh(second.RefreshToken, 200);
        (await app.Host.StaffReadWith(third!.AccessToken)).Should().Be(200);
    }

    [Fact]
    public async Task Reusing_a_retired_refresh_token_ends_the_whole_session_family()
    {
        var userName = await app.Host.CreateAccount();
        var first = await app.Host.Token(userName);
        var second = (await Refresh(first.RefreshToken, 200))!;

        // Someone replays the retired token (stolen, or copied before the rotation): the family is ended.
        await Refresh(first.RefreshToken, 401);

        await Refresh(second.RefreshToken, 401);
        (await app.Host.StaffReadWith(second.AccessToken)).Should().Be(401, "every token of the family ends");
        (await app.Host.StaffReadWith(first.AccessToken)).Should().Be(401);

        // The account itself is fine: a new password sign-in starts a new family.
        var fresh = await app.Host.Token(userName);
        (await app.Host.StaffReadWith(fresh.AccessToken)).Should().Be(200);
        (await Refresh(fresh.RefreshToken, 200)).Should().NotBeNull();
    }

    [Fact]
    public async Task Two_refreshes_racing_with_one_token_give_one_new_token_at_most()
    {
        var first = await app.Host.Token(await app.Host.CreateAccount());

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.Host.Scenario(x =>
        {
            x.Post.Json(new { refreshToken = first.RefreshToken }).ToUrl("/api/auth/refresh");
            x.IgnoreStatusCode();
        })));

        answers.Count(a => a.Context.Response.StatusCode == 200).Should().BeLessThanOrEqualTo(1);
        answers.Should().OnlyContain(a => a.Context.Response.StatusCode == 200 || a.Context.Response.StatusCode == 401);
    }

    private async Task<IssuedToken?> Refresh(string refreshToken, int status)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { refreshToken }).ToUrl("/api/auth/refresh");
            x.StatusCodeShouldBe(status);
        });
        return status == 200 ? await result.ReadAsJsonAsync<IssuedToken>() : null;
    }

    [Fact]
    public async Task Unknown_user_wrong_password_locked_and_disabled_all_answer_the_same_401()
    {
        var locked = await app.Host.CreateAccount();
        for (var i = 0; i < 5; i++) await app.Host.RequestToken(locked, "Wrong-password-1", 401);
        var disabled = await app.Host.CreateAccount();
        await app.Host.AdministerAccount(disabled, "disable");
        var known = await app.Host.CreateAccount();

        var answers = new[]
        {
            await app.Host.RequestToken("nobody.here", SignInScenarios.Password, 401),
            await app.Host.RequestToken(known, "Wrong-password-1", 401),
            await app.Host.RequestToken(locked, SignInScenarios.Password, 401),
            await app.Host.RequestToken(disabled, SignInScenarios.Password, 401),
        };

        var problems = new List<ProblemDetails>();
        foreach (var answer in answers) problems.Add((await answer.ReadAsJsonAsync<ProblemDetails>())!);
        problems.Select(p => (p.Type, p.Title, p.Detail)).Distinct().Should().ContainSingle();
        problems[0].Title.Should().Be("登录失败 / Sign-in failed");
        answers.Select(a => a.Context.Response.ContentType).Should().AllBe("application/problem+json");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it()
    {
        var userName = await app.Host.CreateAccount();
        for (var i = 0; i < 4; i++) await app.Host.RequestToken(userName, "Wrong-password-1", 401);
        await app.Host.Token(userName); // a success in between starts the count again
        for (var i = 0; i < 5; i++) await app.Host.RequestToken(userName, "Wrong-password-1", 401);

        await app.Host.RequestToken(userName, SignInScenarios.Password, 401);
        var account = (await (await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/admin/accounts/{userName}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
        })).ReadAsJsonAsync<LaborRights.Security.Accounts.StaffAccountView>())!;
        account.LockedOut.Should().BeTrue();
        account.LockoutEnd.Should().BeCloseTo(app.Clock.GetUtcNow().AddMinutes(15), TimeSpan.FromSeconds(1));

        await app.Host.AdministerAccount(userName, "unlock");
        await app.Host.Token(userName);
    }

    [Fact]
    public async Task A_lockout_ends_by_itself_after_fifteen_minutes_on_the_injected_clock()
    {
        var userName = await app.Host.CreateAccount();
        for (var i = 0; i < 5; i++) await app.Host.RequestToken(userName, "Wrong-password-1", 401);

        app.MoveClockTo(app.Clock.GetUtcNow().AddMinutes(14));
        await app.Host.RequestToken(userName, SignInScenarios.Password, 401);

        app.MoveClockTo(app.Clock.GetUtcNow().AddMinutes(1).AddSeconds(1));
        await app.Host.Token(userName);
    }

    [Fact]
    public async Task Wrong_passwords_sent_at_once_are_all_counted()
    {
        var userName = await app.Host.CreateAccount();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => app.Host.RequestToken(userName, "Wrong-password-1", 401)));

        await app.Host.RequestToken(userName, SignInScenarios.Password, 401);
    }

    [Fact]
    public async Task Disabling_an_account_or_resetting_its_password_ends_the_tokens_already_issued()
    {
        var userName = await app.Host.CreateAccount();
        var before = await app.Host.Token(userName);

        await app.Host.AdministerAccount(userName, "disable");
        (await app.Host.StaffReadWith(before.AccessToken)).Should().Be(401);
        await app.Host.Scenario(x =>
        {
            x.Post.Json(new { refreshToken = before.RefreshToken }).ToUrl("/api/auth/refresh");
            x.StatusCodeShouldBe(401);
        });

        await app.Host.AdministerAccount(userName, "enable");
        var enabled = await app.Host.Token(userName);
        (await app.Host.StaffReadWith(enabled.AccessToken)).Should().Be(200);

        await app.Host.AdministerAccount(userName, "reset-password", new { password = "Another-secret-77" });
        (await app.Host.StaffReadWith(enabled.AccessToken)).Should().Be(401);
        await app.Host.RequestToken(userName, SignInScenarios.Password, 401);
        (await app.Host.StaffReadWith((await app.Host.Token(userName, "Another-secret-77")).AccessToken)).Should().Be(200);
    }

    [Fact]
    public async Task A_staff_endpoint_without_credentials_answers_401_problem_details_not_a_redirect()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url("/api/wage-arrears/overdue");
            x.StatusCodeShouldBe(401);
        });

        result.Context.Response.ContentType.Should().Be("application/problem+json");
        (await result.ReadAsJsonAsync<ProblemDetails>())!.Title.Should().Be("需要登录 / Sign-in required");
        result.Context.Response.Headers.Location.Should().BeEmpty();
    }
}
