using Alba;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.Pages;

/// <summary>
/// An error on a page is a page for a person (in Chinese, with the way back) and stays the API's ProblemDetails for
/// clients and for the API itself; the status code is the same either way.
/// </summary>
[Collection(AppCollection.Name)]
public class ErrorPagesTests(AppFixture app)
{
    private const string Html = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    private async Task<IScenarioResult> Get(string url, string? user, string? accept) => await app.Host.Scenario(x =>
    {
        x.Get.Url(url);
        if (user is not null) x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
        if (accept is not null) x.WithRequestHeader("Accept", accept);
        x.IgnoreStatusCode();
    });

    [Fact]
    public async Task A_page_the_role_does_not_open_is_a_403_page_for_a_browser_and_a_403_problem_for_a_client()
    {
        var browser = await Get("/staff/admin/accounts", StaffUsers.Inspector("370102"), Html);
        browser.Context.Response.StatusCode.Should().Be(403);
        browser.Context.Response.ContentType.Should().StartWith("text/html");
        (await browser.ReadAsTextAsync()).Should().Contain("无权访问此页").And.Contain("返回工作台");

        var client = await Get("/staff/admin/accounts", StaffUsers.Inspector("370102"), "application/json");
        client.Context.Response.StatusCode.Should().Be(403);
        (await client.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/forbidden");
    }

    [Fact]
    public async Task The_api_answers_problems_even_to_a_browser_and_an_unknown_page_is_a_404_page()
    {
        var api = await Get("/api/admin/accounts", StaffUsers.Inspector("370102"), Html);
        api.Context.Response.StatusCode.Should().Be(403);
        api.Context.Response.ContentType.Should().StartWith("application/problem+json");

        var missing = await Get("/staff/no-such-page", null, Html);
        missing.Context.Response.StatusCode.Should().Be(404);
        (await missing.ReadAsTextAsync()).Should().Contain("找不到该页面").And.Contain("返回首页");
    }
}
