using System.Text.RegularExpressions;
using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace LaborRights.IntegrationTests.Security;

/// <summary>The web UI: a Chinese login form with an antiforgery token, a session cookie, and only local redirects.</summary>
[Collection(AppCollection.Name)]
public partial class CookieSignInTests(AppFixture app)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]* value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private sealed record LoginForm(string Token, string AntiforgeryCookie);

    private async Task<LoginForm> OpenLoginForm()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url("/account/login");
            x.StatusCodeShouldBe(200);
            x.ContentTypeShouldBe("text/html; charset=utf-8");
        });
        var html = await result.ReadAsTextAsync();
        var cookie = SetCookies(result).Single(c => c.Name == "lr.antiforgery");
        return new LoginForm(TokenField().Match(html).Groups[1].Value, $"{cookie.Name}={cookie.Value}");
    }

    private async Task<IScenarioResult> PostLogin(LoginForm? form, string userName, string password, string returnUrl = "/", string? cookie = null)
    {
        var fields = new Dictionary<string, string> { ["userName"] = userName, ["password"] = password, ["returnUrl"] = returnUrl };
        if (form is not null) fields["__RequestVerificationToken"] = form.Token;
        return await app.Host.Scenario(x =>
        {
            x.Post.FormData(fields).ToUrl("/account/login");
            if ((cookie ?? form?.AntiforgeryCookie) is { Length: > 0 } c) x.WithRequestHeader("Cookie", c);
            x.IgnoreStatusCode();
        });
    }

    private static IList<SetCookieHeaderValue> SetCookies(IScenarioResult result) =>
        SetCookieHeaderValue.ParseList(result.Context.Response.Headers.SetCookie.Select(c => c ?? "").ToList());

    [Fact]
    public async Task The_login_page_is_a_chinese_phone_friendly_form_with_an_antiforgery_token()
    {
        var result = await app.Host.Scenario(x => x.Get.Url("/account/login"));
        var html = await result.ReadAsTextAsync();

        html.Should().Contain("lang=\"zh-CN\"").And.Contain("name=\"viewport\"").And.Contain("工作人员登录")
            .And.Contain("method=\"post\"").And.NotContain("统一身份认证");
        // No inline script (the CSP forbids it): only the site's own file.
        System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value).Should().OnlyContain(tag => tag.Contains("src=\"/js/site.js"));
        TokenField().Match(html).Success.Should().BeTrue();
        SetCookies(result).Should().Contain(c => c.Name == "lr.antiforgery" && c.HttpOnly);
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_400_and_signs_nobody_in()
    {
        var userName = await app.Host.CreateAccount();

        var result = await PostLogin(null, userName, SignInScenarios.Password);

        result.Context.Response.StatusCode.Should().Be(400);
        (await result.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/antiforgery");
        SetCookies(result).Should().NotContain(c => c.Name == "lr.session");

        var withTokenButNoCookie = await PostLogin(await OpenLoginForm(), userName, SignInScenarios.Password, cookie: "");
        withTokenButNoCookie.Context.Response.StatusCode.Should().Be(400);
    }

    [Fact]
    public async Task A_login_with_the_token_sets_a_strict_http_only_secure_session_cookie_that_opens_staff_reads()
    {
        var userName = await app.Host.CreateAccount();

        var result = await PostLogin(await OpenLoginForm(), userName, SignInScenarios.Password, "/api/wage-arrears/overdue?pageSize=1");

        result.Context.Response.StatusCode.Should().Be(302);
        result.Context.Response.Headers.Location.ToString().Should().Be("/api/wage-arrears/overdue?pageSize=1");
        var session = SetCookies(result).Single(c => c.Name == "lr.session");
        session.HttpOnly.Should().BeTrue();
        session.SameSite.Should().Be(SameSiteMode.Strict);
        session.Secure.Should().BeTrue("the test host is not Development");

        await app.Host.Scenario(x =>
        {
            x.Get.Url("/api/wage-arrears/overdue?pageSize=1");
            x.WithRequestHeader("Cookie", $"lr.session={session.Value}");
            x.StatusCodeShouldBe(200);
        });

        var signedIn = await app.Host.Scenario(x =>
        {
            x.Get.Url("/account/login");
            x.WithRequestHeader("Cookie", $"lr.session={session.Value}");
        });
        (await signedIn.ReadAsTextAsync()).Should().Contain("已登录：测试人员").And.Contain("action=\"/account/logout\"");
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_one_message_for_every_refusal()
    {
        var userName = await app.Host.CreateAccount();

        var result = await PostLogin(await OpenLoginForm(), userName, "Wrong-password-1");

        result.Context.Response.StatusCode.Should().Be(401);
        (await result.ReadAsTextAsync()).Should().Contain("用户名或密码错误，或账号暂不可用。");
        SetCookies(result).Should().NotContain(c => c.Name == "lr.session");
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_url_off_this_site_is_replaced_by_the_workbench(string returnUrl)
    {
        var userName = await app.Host.CreateAccount();

        var result = await PostLogin(await OpenLoginForm(), userName, SignInScenarios.Password, returnUrl);

        result.Context.Response.StatusCode.Should().Be(302);
        result.Context.Response.Headers.Location.ToString().Should().Be("/staff");
    }

    [Theory]
    [InlineData("/案件?县=历下区", "/%E6%A1%88%E4%BB%B6?%E5%8E%BF=%E5%8E%86%E4%B8%8B%E5%8C%BA")]
    [InlineData("/cases/a b", "/cases/a%20b")]
    [InlineData("/api/wage-arrears?status=Accepted&page=2", "/api/wage-arrears?status=Accepted&page=2")]
    public async Task A_return_path_with_characters_outside_ascii_is_sent_back_percent_encoded(string returnUrl, string location)
    {
        var userName = await app.Host.CreateAccount();

        var result = await PostLogin(await OpenLoginForm(), userName, SignInScenarios.Password, returnUrl);

        result.Context.Response.StatusCode.Should().Be(302);
        result.Context.Response.Headers.Location.ToString().Should().Be(location);
    }

    [Fact]
    public async Task Logout_needs_the_antiforgery_token_and_ends_the_session_cookie()
    {
        var userName = await app.Host.CreateAccount();
        var login = await PostLogin(await OpenLoginForm(), userName, SignInScenarios.Password);
        var session = $"lr.session={SetCookies(login).Single(c => c.Name == "lr.session").Value}";

        await app.Host.Scenario(x =>
        {
            x.Post.FormData(new Dictionary<string, string>()).ToUrl("/account/logout");
            x.WithRequestHeader("Cookie", session);
            x.StatusCodeShouldBe(400);
        });

        // The antiforgery token of a signed-in user is bound to that user: take it from the page they see.
        var page = await app.Host.Scenario(x =>
        {
            x.Get.Url("/account/login");
            x.WithRequestHeader("Cookie", session);
        });
        var antiforgery = SetCookies(page).Single(c => c.Name == "lr.antiforgery");
        var token = TokenField().Match(await page.ReadAsTextAsync()).Groups[1].Value;
        var logout = await app.Host.Scenario(x =>
        {
            x.Post.FormData(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }).ToUrl("/account/logout");
            x.WithRequestHeader("Cookie", $"{session}; lr.antiforgery={antiforgery.Value}");
            x.StatusCodeShouldBe(302);
        });
        SetCookies(logout).Should().Contain(c => c.Name == "lr.session" && c.Expires < DateTimeOffset.UtcNow);
    }
}
