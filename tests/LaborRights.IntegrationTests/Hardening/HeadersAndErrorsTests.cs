using System.Net;
using Alba;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LaborRights.IntegrationTests.Hardening;

/// <summary>Security headers on every answer, HSTS on HTTPS outside Development, CORS closed, errors without internals.</summary>
[Collection(AppCollection.Name)]
public class HeadersAndErrorsTests(AppFixture app)
{
    [Theory]
    [InlineData("GET", "/api/reference/counties", 200)]
    [InlineData("GET", "/health/live", 200)]
    [InlineData("GET", "/api/tracking/WA20260101-NOTKNOWN", 404)]
    [InlineData("GET", "/api/wage-arrears/overdue", 401)]
    [InlineData("POST", "/api/complaints/wage-arrears", 400)]
    [InlineData("GET", "/api/no-such-route", 404)]
    public async Task Every_answer_carries_the_security_headers(string method, string url, int status)
    {
        var result = await app.Host.Scenario(x =>
        {
            if (method == "GET") x.Get.Url(url);
            else x.Post.Text("{\"version\":").ToUrl(url);
            if (method != "GET") x.WithRequestHeader("Content-Type", "application/json");
            x.StatusCodeShouldBe(status);
        });
        ShouldHaveSecurityHeaders(result.Context.Response.Headers, SecurityHeaders.ContentSecurityPolicy);
        if (url.StartsWith("/api", StringComparison.Ordinal))
            result.Context.Response.Headers.CacheControl.ToString().Should().Be("no-store", "API answers hold case or personal data");
    }

    [Fact]
    public async Task The_API_page_has_its_own_policy_and_its_assets_load()
    {
        var page = await app.Host.Scenario(x => x.Get.Url("/api-docs/index.html"));
        ShouldHaveSecurityHeaders(page.Context.Response.Headers, SecurityHeaders.ApiDocsContentSecurityPolicy);
        var html = await page.ReadAsTextAsync();

        // Scripts stay 'self' only, so the page must not depend on an inline script.
        System.Text.RegularExpressions.Regex.IsMatch(html, @"<script(?![^>]*\bsrc=)[^>]*>\s*\S").Should().BeFalse(html);
        var assets = System.Text.RegularExpressions.Regex.Matches(html, @"(?:src|href)=""(?:\./)?([^""#?]+)""")
            .Select(m => m.Groups[1].Value).Where(a => !a.StartsWith("http")).ToList();
        assets.Should().NotBeEmpty();
        foreach (var asset in assets)
        {
            var loaded = await app.Host.Scenario(x => x.Get.Url("/api-docs/" + asset));
            loaded.Context.Response.Headers.ContentSecurityPolicy.ToString().Should().Be(SecurityHeaders.ApiDocsContentSecurityPolicy);
        }
    }

    [Fact]
    public void Kestrel_limits_header_sizes_and_sends_no_server_header()
    {
        var kestrel = app.Host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        kestrel.AddServerHeader.Should().BeFalse();
        kestrel.Limits.MaxRequestHeadersTotalSize.Should().Be(32 * 1024);
        kestrel.Limits.MaxRequestHeaderCount.Should().Be(64);
        kestrel.Limits.MaxRequestLineSize.Should().Be(8 * 1024);
    }

    [Fact]
    public async Task HSTS_is_sent_on_HTTPS_outside_Development()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url("/api/reference/cities");
            x.ConfigureHttpContext(c =>
            {
                c.Request.Scheme = "https";
                c.Request.Host = new HostString("laborrights.example.gov.cn");
            });
        });
        result.Context.Response.Headers.StrictTransportSecurity.ToString().Should().Contain("max-age=31536000");
    }

    [Fact]
    public async Task CORS_is_closed_unless_an_origin_is_configured()
    {
        (await Preflight(app.Host, "https://evil.example")).Should().BeEmpty();
        (await Preflight(app.Host, HardeningHost.AllowedOrigin)).Should().BeEmpty("no origin is configured on the shared host");
        var simple = await app.Host.Scenario(x =>
        {
            x.Get.Url("/api/reference/cities");
            x.WithRequestHeader("Origin", "https://evil.example");
        });
        simple.Context.Response.Headers.AccessControlAllowOrigin.Should().BeEmpty();

        await using var configured = await HardeningHost.StartAsync(app);
        (await Preflight(configured, "https://evil.example")).Should().BeEmpty();
        (await Preflight(configured, HardeningHost.AllowedOrigin)).Should().Be(HardeningHost.AllowedOrigin);
    }

    [Fact]
    public async Task A_failure_outside_Development_answers_a_bilingual_500_without_internals()
    {
        await using var host = await HardeningHost.StartAsync(app);
        var result = await host.Scenario(x =>
        {
            x.Get.Url($"/api/tracking/{HardeningHost.FailingPrefix}20260101-ABCDEFGH");
            x.WithRequestHeader("X-Access-Code", "AAAAA-BBBBB-CCCCC-DDDDD");
            x.StatusCodeShouldBe(500);
        });
        var body = await result.ReadAsTextAsync();
        ShouldHaveSecurityHeaders(result.Context.Response.Headers, SecurityHeaders.ContentSecurityPolicy);
        result.Context.Response.ContentType.Should().StartWith("application/problem+json");
        body.Should().Contain("服务器内部错误").And.Contain("Internal server error").And.Contain("traceId");
        ShouldRevealNothingInternal(body);
        body.Should().NotContain(HardeningHost.SecretInTheFailure).And.NotContain("relation");
    }

    [Fact]
    public async Task Unreadable_bodies_are_answered_without_type_names_or_exception_messages()
    {
        var existing = (await app.Host.FileComplaint()).Id;
        string[] bodies = ["{\"version\":", "{\"version\":\"x\"}", "{\"version\":1,\"orderedAt\":\"yesterday\"}", "{\"complaint\":{\"amountClaimed\":\"1\"}}",
            "{\"channel\":7}", "{\"workers\":\"many\"}", "{\"claims\":{}}", "[]", "null"];
        string[] urls = ["/api/complaints/wage-arrears", "/api/complaints/discrimination", "/api/applications/arbitration",
            $"/api/wage-arrears/{existing}/accept", $"/api/wage-arrears/{existing}/order-payment", "/api/inspections"];
        foreach (var url in urls)
        foreach (var body in bodies)
        {
            var result = await app.Host.Scenario(x =>
            {
                x.Post.Text(body).ToUrl(url);
                x.WithRequestHeader("Content-Type", "application/json");
                x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
                x.IgnoreStatusCode();
            });
            result.Context.Response.StatusCode.Should().BeLessThan(500, $"{url} {body}");
            ShouldRevealNothingInternal(await result.ReadAsTextAsync(), $"{url} {body}");
        }
    }

    private static void ShouldRevealNothingInternal(string body, string because = "")
    {
        body.Should().NotContainAny(["Exception", "LaborRights.", "System.", "Npgsql", "Marten", "Wolverine", "   at ", ".cs:line"], because);
    }

    private static void ShouldHaveSecurityHeaders(IHeaderDictionary headers, string policy)
    {
        headers.ContentSecurityPolicy.ToString().Should().Be(policy);
        policy.Should().Contain("frame-ancestors 'none'").And.Contain("object-src 'none'").And.Contain("base-uri 'self'");
        headers.XContentTypeOptions.ToString().Should().Be("nosniff");
        headers.XFrameOptions.ToString().Should().Be("DENY");
        headers["Referrer-Policy"].ToString().Should().Be("same-origin");
        headers["Permissions-Policy"].ToString().Should().Contain("camera=()");
    }

    /// <summary>The Access-Control-Allow-Origin a browser's preflight for a public form gets back.</summary>
    private static async Task<string> Preflight(IAlbaHost host, string origin)
    {
        var result = await host.Scenario(x =>
        {
            x.ConfigureHttpContext(c =>
            {
                c.Request.Method = HttpMethods.Options;
                c.Request.Path = "/api/complaints/wage-arrears";
                c.Request.Headers.Origin = origin;
                c.Request.Headers.AccessControlRequestMethod = "POST";
                c.Request.Headers.AccessControlRequestHeaders = "content-type,idempotency-key";
                c.Connection.RemoteIpAddress = IPAddress.Loopback;
            });
            x.IgnoreStatusCode();
        });
        return result.Context.Response.Headers.AccessControlAllowOrigin.ToString();
    }
}
