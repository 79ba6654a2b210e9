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
        var existing = (await app.Host.FileComplaint()).CaseId.ToString();
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
        failures.Should().BeEmpty();
    }

    private static string Fill(string pattern, string value) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", Uri.EscapeDataString(value));

    private async Task<int> Send(string method, string url, string body)
    {
        var result = await app.Host.Scenario(x =>
        {
            if (method == "GET") x.Get.Url(url);
            else x.Post.Text(body).ToUrl(url);
            if (method != "GET") x.WithRequestHeader("Content-Type", "application/json");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.IgnoreStatusCode();
        });
        return result.Context.Response.StatusCode;
    }
}
