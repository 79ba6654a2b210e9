using System.Text;
using Alba;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LaborRights.IntegrationTests.Api;

/// <summary>Every route of the application, fed bodies and route values of every wrong shape: never a 5xx.</summary>
[Collection(AppCollection.Name)]
public class HostileInputTests(AppFixture app)
{
    private static readonly string[] Bodies =
    [
        "", "null", "[]", "\"text\"", "12", "{}", "{\"version\":\"x\"}", "{\"version\":-1}", "{\"version\":2147483648}",
        "{\"version\":1,\"amount\":1e30}", "{\"version\":1,\"amount\":-0.001}", "{\"version\":1,\"payBy\":\"yesterday\"}",
        "{\"version\":1,\"inspectors\":[null,\"\",1]}", "{\"version\":1,\"outcome\":\"Forgiven\"}", "{\"version\":1,\"rate\":\"NaN\"}",
        "{\"complaint\":{\"amountClaimed\":\"1\"}}", "{\"channel\":7}", "{\"receivedAt\":\"9999-99-99\"}",
        "{\"description\":\"\\u0000\\ud800\"}", "{" + string.Concat(Enumerable.Repeat("\"a\":{", 200)) + "}",
        "{\"countyCode\":\"' or 1=1 --\",\"parkCode\":\"<script>\"}",
        // Arrays holding null where objects or strings belong, in every array field the API has.
        "{\"version\":1,\"claims\":[null],\"items\":[null],\"findings\":[null],\"evidence\":[null],\"inspectors\":[null],"
            + "\"arbitrators\":[null],\"participants\":[null],\"grounds\":[null]}",
        "{\"version\":1,\"applicant\":{},\"respondent\":null,\"claims\":[{}],\"items\":[{}],\"findings\":[{}],\"evidence\":[{}]}",
        "{\"complaint\":null,\"channel\":\"Counter\"}",
    ];

    private static readonly string[] RouteValues = ["00000000-0000-0000-0000-000000000000", "not-a-guid", "%00", "WA' or '1'='1", new string('9', 300)];

    [Fact]
    public async Task No_route_answers_any_input_with_a_server_error()
    {
        var existing = (await app.Host.FileComplaint()).Id.ToString();
        var endpoints = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true)
            .ToList();
        endpoints.Should().HaveCountGreaterThan(15);

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            foreach (var value in RouteValues.Append(existing))
            {
                var url = Fill(endpoint.RoutePattern.RawText!, value);
                foreach (var body in method == "GET" ? [""] : Bodies)
                {
                    var status = await Send(method, url, body);
                    if (status >= 500) failures.Add($"{method} {url} {body[..Math.Min(60, body.Length)]} → {status}");
                }
            }
        }
        failures.Should().BeEmpty($"{failures.Count} requests were answered wrongly, e.g.\n{string.Join("\n", failures.Take(40))}\n");
    }

    private static readonly string[] NulBodies =
    [
        "{\"version\":1,\"reason\":\"\\u0000\",\"description\":\"a\\u0000b\",\"userName\":\"\\u0000\",\"password\":\"\\u0000\","
            + "\"refreshToken\":\"\\u0000\",\"explanation\":\"\\u0000\",\"displayName\":\"\\u0000\"}",
        "{\"version\":1,\"inspectors\":[\"\\u0000\"],\"complaint\":{\"employerName\":\"\\u0000\"},\"claims\":[{\"item\":\"\\u0000\"}]}",
        "{\"a\\u0000\":1}",
    ];

    private static readonly string[] OverflowAndNonAsciiBodies =
    [
        "{\"version\":1e400}", "{\"version\":99999999999999999999}", "{\"version\":1,\"amount\":79228162514264337593543950336}",
        "{\"version\":1,\"workersOwed\":99999999999999999999,\"days\":-99999999999999999999}",
        "{\"version\":1,\"payBy\":\"99999-01-01\",\"until\":\"0001-01-01\",\"hearingAt\":\"9999-12-31T23:59:59+14:00\"}",
        "{\"version\":1,\"reason\":\"依法😀𠀀\",\"inspectors\":[\"张伟𠀀\"],\"userName\":\"王五\",\"password\":\"密码😀\",\"返回\":\"/案件\"}",
    ];

    private static readonly string[] NulQueryValues = ["%00", "a%00b", "%E6%A1%88%00"];

    private static readonly string[] OverflowAndNonAsciiQueryValues =
        ["2147483648", "-2147483649", "99999999999999999999", "1e309", "%E6%A1%88%E4%BB%B6", "%F0%9F%98%80", "%FF%FE"];

    private static readonly string[] HostileRouteValues = ["案件", "99999999999999999999", "😀"];

    [Fact]
    public async Task Nul_characters_overflowing_numbers_and_non_ascii_values_reach_no_operation_as_a_server_error()
    {
        var existing = (await app.Host.FileComplaint()).Id.ToString();
        var endpoints = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is not null).ToList();
        // Every query parameter any operation of the API reads, sent to every operation.
        var parameters = app.Host.Services.GetRequiredService<Microsoft.AspNetCore.Mvc.ApiExplorer.IApiDescriptionGroupCollectionProvider>()
            .ApiDescriptionGroups.Items.SelectMany(g => g.Items).SelectMany(d => d.ParameterDescriptions)
            .Where(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query).Select(p => p.Name)
            .Append("returnUrl").Distinct().ToList();
        parameters.Should().Contain(["page", "pageSize", "status", "assignee", "county", "period"]);

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
        {
            var url = Fill(endpoint.RoutePattern.RawText!, existing);
            string Query(string value) => url + "?" + string.Join("&", parameters.Select(p => $"{p}={value}"));
            var get = method == "GET";

            foreach (var value in NulQueryValues)
                Expect(400, method, Query(value), "", await Send(method, Query(value), get ? "" : "{}"));
            foreach (var value in OverflowAndNonAsciiQueryValues)
                Expect(null, method, Query(value), "", await Send(method, Query(value), get ? "" : "{}"));
            // A NUL in the path (%00) never reaches the application: ASP.NET Core's URL decoder refuses it.
            if (endpoint.RoutePattern.Parameters.Count > 0)
                foreach (var value in HostileRouteValues)
                    Expect(null, method, Fill(endpoint.RoutePattern.RawText!, value), "", await Send(method, Fill(endpoint.RoutePattern.RawText!, value), get ? "" : "{}"));
            if (get) continue;
            foreach (var body in NulBodies) Expect(400, method, url, body, await Send(method, url, body));
            foreach (var body in OverflowAndNonAsciiBodies) Expect(null, method, url, body, await Send(method, url, body));
            Expect(400, method, url, "form userName=\\0", await SendForm(url, new() { ["userName"] = "a\0", ["returnUrl"] = "/" }));
            Expect(null, method, url, "form 王五", await SendForm(url, new() { ["userName"] = "王五", ["password"] = "密码😀", ["returnUrl"] = "/案件" }));
        }
        failures.Should().BeEmpty($"{failures.Count} requests were answered wrongly, e.g.\n{string.Join("\n", failures.Take(40))}\n");

        void Expect(int? status, string method, string url, string body, int actual)
        {
            if (actual >= 500 || (status is { } s && actual != s))
                failures.Add($"{method} {url[..Math.Min(120, url.Length)]} {body[..Math.Min(60, body.Length)]} → {actual}");
        }
    }

    private async Task<int> SendForm(string url, Dictionary<string, string> fields)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.FormData(fields).ToUrl(PathOf(url));
            WithQuery(x, url);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.IgnoreStatusCode();
        });
        return result.Context.Response.StatusCode;
    }

    // Alba splits the query off a GET's URL but not off a POST's.
    private static string PathOf(string url) => url.Split('?')[0];

    private static void WithQuery(Scenario scenario, string url)
    {
        if (url.IndexOf('?') is var at and >= 0) scenario.ConfigureHttpContext(c => c.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString(url[at..]));
    }

    // A page's route is written without its leading slash ("" for the start page, "track"), an API's with it.
    private static string Fill(string pattern, string value) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", Uri.EscapeDataString(value)).TrimStart('/');

    private async Task<int> Send(string method, string url, string body)
    {
        var result = await app.Host.Scenario(x =>
        {
            if (method == "GET") x.Get.Url(url);
            else
            {
                x.Post.Text(body).ToUrl(PathOf(url));
                WithQuery(x, url);
            }
            if (method != "GET") x.WithRequestHeader("Content-Type", "application/json");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.IgnoreStatusCode();
        });
        return result.Context.Response.StatusCode;
    }
}
