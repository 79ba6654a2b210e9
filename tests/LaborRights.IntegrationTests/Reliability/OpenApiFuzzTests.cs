using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Api.Contract;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LaborRights.IntegrationTests.Reliability;

/// <summary>
/// Issue 15, item 4 (the run CI makes): every operation of the committed OpenAPI document, with hostile values in
/// each path parameter, query parameter and body, sent as a caller of each kind — no answer is a 5xx, none carries a
/// stack trace, a .NET type or a database message, and no refused request stores anything.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class OpenApiFuzzTests(AppFixture app)
{
    private static readonly string[] OddValues =
    [
        // (A NUL in the path never reaches the application: Kestrel answers 400 itself, and the test server refuses to send it.)
        "", "..%2F..%2Fetc%2Fpasswd", "' OR 1=1 --", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "-1", "0",
        "99999999999999999999999", "2147483648", "1e309", "NaN", "true", "%C3%28", "%E2%80%AE", new string('9', 2000),
        Guid.Empty.ToString(), "null",
    ];

    private static readonly string[] OddBodies =
    [
        "null", "[]", "\"text\"", "42", "{}", "{\"version\":\"x\"}", "{\"version\":-1}", "{\"version\":2147483648}",
        "{\"version\":1e400}", "{", "{\"a\":" + new string('[', 600) + new string(']', 600) + "}",
        "{\"version\":1,\"reason\":\"" + new string('长', 20_000) + "\"}",
        "{\"version\":1,\"reason\":\"'; drop table laborrights.mt_events; --\",\"inspectors\":[null,{},1]}",
    ];

    private static readonly (string Name, string? Header)[] Callers =
    [
        ("anonymous", null),
        ("inspector", StaffUsers.Inspector("370102")),
        ("supervisor", StaffUsers.Supervisor(StaffScope.ProvinceCode)),
        ("administrator", StaffUsers.Administrator()),
    ];

    [Fact]
    public async Task Every_operation_refuses_hostile_input_without_a_5xx_internals_or_a_stored_change()
    {
        var document = ApiDocumentFile.Read()!;
        var before = await StoredAsync();
        var failures = new List<string>();
        var sent = 0;
        var client = app.Host.Server.CreateClient();

        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        {
            var parameters = operation!["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
            var pathNames = parameters.Where(p => (string?)p["in"] == "path").Select(p => (string)p["name"]!).ToList();
            var queryNames = parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!).ToList();
            var hasBody = operation["requestBody"] is not null;
            foreach (var (caller, header) in Callers)
            {
                var requests = new List<(string Url, HttpContent? Body)>();
                foreach (var odd in OddValues)
                {
                    var url = pathNames.Aggregate(path, (u, name) => u.Replace("{" + name + "}", odd.Length == 0 ? "%20" : odd));
                    if (queryNames.Count > 0) url += "?" + string.Join("&", queryNames.Select(q => $"{q}={odd}"));
                    requests.Add((url, hasBody ? Json("{}") : null));
                }
                if (hasBody)
                {
                    var url = pathNames.Aggregate(path, (u, name) => u.Replace("{" + name + "}", Guid.NewGuid().ToString()));
                    requests.AddRange(OddBodies.Select(b => (url, (HttpContent?)Json(b))));
                    requests.Add((url, new ByteArrayContent([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D]) { Headers = { ContentType = new("application/json") } }));
                    requests.Add((url, new StringContent("<version>1</version>", Encoding.UTF8, "application/xml")));
                    requests.Add((url, new StringContent("version=1", Encoding.UTF8, "text/plain")));
                }
                foreach (var (url, body) in requests)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = body };
                    if (header is not null) request.Headers.Add(DevelopmentAuthentication.UserHeader, header);
                    request.Headers.TryAddWithoutValidation("Idempotency-Key", "hostile-" + Guid.NewGuid().ToString("N"));
                    request.Headers.TryAddWithoutValidation(Tracking.TrackCaseEndpoint.AccessCodeHeader, "' OR 1=1 --");
                    using var response = await client.SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    sent++;
                    var status = (int)response.StatusCode;
                    if (status >= 500) failures.Add($"{method.ToUpperInvariant()} {url[..Math.Min(url.Length, 120)]} as {caller}: {status}");
                    else if (Internals().IsMatch(text)) failures.Add($"{method.ToUpperInvariant()} {url[..Math.Min(url.Length, 120)]} as {caller}: internals in the answer");
                    else if (method != "get" && status is >= 200 and < 300)
                        failures.Add($"{method.ToUpperInvariant()} {url[..Math.Min(url.Length, 120)]} as {caller}: hostile input accepted ({status})");
                }
            }
        }

        sent.Should().BeGreaterThan(5_000);
        failures.Should().BeEmpty($"of {sent} hostile requests these misbehaved:\n{string.Join('\n', failures.Take(60))}\n");
        (await StoredAsync()).Should().Be(before, "no refused request stores anything");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    /// <summary>The event store's high-water mark and the number of documents of the kinds a request could write.</summary>
    private async Task<string> StoredAsync()
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.QueryAllRawEvents().CountAsync();
        var accounts = await session.Query<LaborRights.Security.Accounts.StaffAccount>().CountAsync();
        var arrangements = await session.Query<LaborRights.Calendar.Publishing.HolidayArrangement>().CountAsync();
        return $"{events} events, {accounts} accounts, {arrangements} arrangements";
    }

    [GeneratedRegex(@"\s+at [A-Z][\w.]+\(|System\.[A-Z]\w+Exception|Npgsql|Marten\.|Wolverine\.|JasperFx|SQLSTATE|42P01")]
    private static partial Regex Internals();
}
