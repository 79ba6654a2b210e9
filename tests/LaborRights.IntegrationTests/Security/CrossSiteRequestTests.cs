using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.Security;

/// <summary>
/// A request that changes state and is signed in only by the session cookie must come from this site's own pages:
/// it carries the antiforgery token, and an Origin (when the browser sends one) that is this site's. Bearer-token
/// clients do not depend on ambient credentials and are not affected.
/// </summary>
[Collection(AppCollection.Name)]
public class CrossSiteRequestTests(AppFixture app)
{
    private const string Evil = "https://evil.example";

    [Fact]
    public async Task A_foreign_page_posting_with_the_session_cookie_and_no_content_type_is_refused_and_changes_nothing()
    {
        var session = await app.Host.SignInWithCookie(await app.Host.CreateAccount());
        var filed = await app.Host.FileComplaint();

        var result = await Accept(filed.Id, x =>
        {
            x.WithRequestHeader("Cookie", session.Cookies);
            x.WithRequestHeader("Origin", Evil);
        }, json: false);

        result.Context.Response.StatusCode.Should().Be(403);
        (await result.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/cross-site-request");
        (await app.Host.Details(filed.Id)).Case.Version.Should().Be(1, "nothing was appended");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-token")]
    public async Task A_cookie_signed_post_without_a_valid_antiforgery_token_is_refused_even_without_an_origin(string? token)
    {
        var session = await app.Host.SignInWithCookie(await app.Host.CreateAccount());
        var filed = await app.Host.FileComplaint();

        var result = await Accept(filed.Id, x =>
        {
            x.WithRequestHeader("Cookie", session.Cookies);
            if (token is not null) x.WithRequestHeader("X-CSRF-Token", token);
        });

        result.Context.Response.StatusCode.Should().Be(400);
        (await result.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/antiforgery");
        (await app.Host.Details(filed.Id)).Case.Version.Should().Be(1);
    }

    [Fact]
    public async Task The_sites_own_page_with_the_token_and_its_own_origin_may_post()
    {
        var session = await app.Host.SignInWithCookie(await app.Host.CreateAccount());
        var filed = await app.Host.FileComplaint();

        var result = await Accept(filed.Id, x =>
        {
            x.WithRequestHeader("Cookie", session.Cookies);
            x.WithRequestHeader("X-CSRF-Token", session.AntiforgeryToken);
            x.WithRequestHeader("Origin", "http://localhost");
        });

        result.Context.Response.StatusCode.Should().Be(200);
        (await app.Host.Details(filed.Id)).Case.Version.Should().Be(2);
    }

    [Fact]
    public async Task A_valid_token_does_not_make_a_foreign_origin_acceptable()
    {
        var session = await app.Host.SignInWithCookie(await app.Host.CreateAccount());
        var filed = await app.Host.FileComplaint();

        foreach (var origin in new[] { Evil, "null", "http://localhost.evil.example" })
        {
            var result = await Accept(filed.Id, x =>
            {
                x.WithRequestHeader("Cookie", session.Cookies);
                x.WithRequestHeader("X-CSRF-Token", session.AntiforgeryToken);
                x.WithRequestHeader("Origin", origin);
            });
            result.Context.Response.StatusCode.Should().Be(403, origin);
        }
        (await app.Host.Details(filed.Id)).Case.Version.Should().Be(1);
    }

    [Fact]
    public async Task A_bearer_token_client_is_not_affected_by_origin_or_antiforgery()
    {
        var token = await app.Host.Token(await app.Host.CreateAccount());
        var filed = await app.Host.FileComplaint();

        var result = await Accept(filed.Id, x =>
        {
            x.WithBearerToken(token.AccessToken);
            x.WithRequestHeader("Origin", Evil);
        });

        result.Context.Response.StatusCode.Should().Be(200);
    }

    private Task<IScenarioResult> Accept(Guid id, Action<Scenario> configure, bool json = true) =>
        app.Host.Scenario(x =>
        {
            if (json) x.Post.Json(new { version = 1 }).ToUrl($"/api/wage-arrears/{id}/accept");
            else x.Post.Text("{\"version\":1}").ToUrl($"/api/wage-arrears/{id}/accept");
            if (!json) x.ConfigureHttpContext(c => c.Request.ContentType = null);
            configure(x);
            x.IgnoreStatusCode();
        });
}
