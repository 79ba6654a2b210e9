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
/// stack trace, a .NET type or a database message, and no refused request stores anything. Then every property of every
/// request body the document describes, in turn, gets a hostile value while the others stay plausible: CI sends a
/// seeded sample of those; <c>LABORRIGHTS_FUZZ_FULL=1</c> sends all of them, three times with different plausible values, for
/// over 10,000 requests as each caller (docs/reliability.md).
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

    /// <summary>Personal data the plausible bodies carry: no answer may echo it.</summary>
    private const string ResidentId = "11010519491231002X";
    private const string Phone = "13812345678";

    private static readonly JsonNode?[] HostileFieldValues =
    [
        null, JsonValue.Create(12345), JsonValue.Create("x"), JsonValue.Create(new string('长', 20_000)), JsonValue.Create(-1),
        JsonValue.Create(-1.5e300), JsonValue.Create(long.MaxValue), JsonValue.Create(true), new JsonArray(1, "a", null),
        new JsonObject { ["nested"] = new JsonObject { ["deeper"] = new JsonArray() } }, JsonValue.Create("' OR 1=1 --"),
        JsonValue.Create("<script>alert(1)</script>"), JsonValue.Create("\u202e\u0000"), JsonValue.Create("2026-02-30"),
        JsonValue.Create(""), JsonValue.Create("   "),
    ];

    private static bool Full => Environment.GetEnvironmentVariable("LABORRIGHTS_FUZZ_FULL") == "1";

    [Fact]
    public async Task Every_operation_refuses_hostile_input_without_a_5xx_internals_or_a_stored_change()
    {
        var document = ApiDocumentFile.Read()!;
        var before = await StoredAsync(app.Host);
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
                    else if (status >= 400 && (text.Contains(ResidentId) || text.Contains(Phone)))
                        failures.Add($"{method.ToUpperInvariant()} {url[..Math.Min(url.Length, 120)]} as {caller}: personal data echoed in a refusal");
                    else if (method != "get" && status is >= 200 and < 300)
                        failures.Add($"{method.ToUpperInvariant()} {url[..Math.Min(url.Length, 120)]} as {caller}: hostile input accepted ({status})");
                }
            }
        }

        sent.Should().BeGreaterThan(5_000);
        failures.Should().BeEmpty($"of {sent} hostile requests these misbehaved:\n{string.Join('\n', failures.Take(60))}\n");
        (await StoredAsync(app.Host)).Should().Be(before, "no refused request stores anything");
    }

    /// <summary>
    /// One property at a time made hostile in an otherwise plausible body. A plausible body may legitimately be accepted
    /// (an optional field set to null), so this runs on a host with a schema of its own and checks the store around
    /// every request: a refused request (4xx) stored nothing.
    /// </summary>
    [Fact]
    public async Task Every_body_property_with_a_hostile_value_is_refused_cleanly_and_a_refusal_stores_nothing()
    {
        await using var host = await app.StartHostAsync(new Dictionary<string, string> { ["Database:Schema"] = "fuzz_" + Guid.NewGuid().ToString("N")[..12] });
        var document = ApiDocumentFile.Read()!;
        var client = host.Server.CreateClient();
        var random = new Random(20261207);
        var failures = new List<string>();
        var sentAs = Callers.ToDictionary(c => c.Name, _ => 0);
        var accepted = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        {
            var schema = operation!["requestBody"]?["content"]?["application/json"]?["schema"];
            if (schema is null) continue;
            var pathNames = operation["parameters"]?.AsArray().Where(p => (string?)p!["in"] == "path").Select(p => (string)p!["name"]!).ToList() ?? [];
            foreach (var (caller, header) in Callers)
            for (var round = 0; round < (Full ? 3 : 1); round++)
            foreach (var body in FieldMutations(document, schema, random, round))
            {
                var url = pathNames.Aggregate(path, (u, name) => u.Replace("{" + name + "}", Guid.NewGuid().ToString()));
                var before = await StoredAsync(host);
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = Json(body) };
                if (header is not null) request.Headers.Add(DevelopmentAuthentication.UserHeader, header);
                request.Headers.TryAddWithoutValidation("Idempotency-Key", "hostile-" + Guid.NewGuid().ToString("N"));
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                sentAs[caller]++;
                var status = (int)response.StatusCode;
                var what = $"{method.ToUpperInvariant()} {path} as {caller} with {body[..Math.Min(body.Length, 160)]}";
                if (status >= 500) failures.Add($"{what}: {status}");
                else if (Internals().IsMatch(text)) failures.Add($"{what}: internals in the answer");
                else if (status >= 400 && (text.Contains(ResidentId) || text.Contains(Phone))) failures.Add($"{what}: personal data echoed in a refusal");
                else if (status >= 400 && await StoredAsync(host) != before) failures.Add($"{what}: refused ({status}) but stored something");
                if (status is >= 200 and < 300) accepted++;
            }
        }

        var sent = sentAs.Values.Sum();
        Console.WriteLine($"OpenAPI body fuzz: {sent} requests ({string.Join(", ", sentAs.Select(kv => $"{kv.Key} {kv.Value}"))}), {accepted} accepted as plausible, {failures.Count} misbehaved");
        sent.Should().BeGreaterThan(Full ? 40_000 : 2_000);
        if (Full) sentAs.Values.Should().OnlyContain(n => n >= 10_000, $"the full run sends 10,000 requests as each caller ({string.Join(", ", sentAs)})");
        failures.Should().BeEmpty($"of {sent} requests these misbehaved:\n{string.Join('\n', failures.Take(40))}\n");
    }

    /// <summary>
    /// Bodies for a request schema: a plausible body with one property at a time replaced by a hostile value (all of
    /// them in the full run, a seeded two per property in CI), and the plausible body itself.
    /// </summary>
    private static IEnumerable<string> FieldMutations(JsonNode document, JsonNode? schema, Random random, int round)
    {
        if (Resolve(document, schema) is not { } objectSchema || objectSchema["properties"] is not JsonObject properties) yield break;
        var plausible = (JsonObject)Plausible(document, objectSchema, round, 0)!;
        yield return plausible.ToJsonString();
        foreach (var (name, _) in properties)
        {
            var values = Full ? HostileFieldValues : HostileFieldValues.OrderBy(_ => random.Next()).Take(2).ToArray();
            foreach (var value in values)
            {
                var body = (JsonObject)plausible.DeepClone();
                body[name] = value?.DeepClone();
                yield return body.ToJsonString();
            }
        }
    }

    private static JsonNode? Resolve(JsonNode document, JsonNode? schema)
    {
        for (var i = 0; i < 5 && schema?["$ref"] is { } reference; i++)
            schema = document["components"]!["schemas"]![((string)reference!).Split('/').Last()];
        if (schema?["oneOf"] is JsonArray oneOf) return Resolve(document, oneOf.FirstOrDefault(s => s?["type"]?.ToString() != "null"));
        return schema;
    }

    /// <summary>A value of the schema's type that looks like what a client would send (names, phone, resident id, dates).</summary>
    private static JsonNode? Plausible(JsonNode document, JsonNode? schema, int round, int depth, string name = "")
    {
        schema = Resolve(document, schema);
        if (schema is null || depth > 4) return null;
        if (schema["enum"] is JsonArray values) return values.Where(v => v is not null).ElementAtOrDefault(round % Math.Max(1, values.Count(v => v is not null)))?.DeepClone();
        var types = schema["type"] switch { JsonArray many => many.Select(t => (string)t!).ToArray(), JsonValue one => [(string)one!], _ => ["object"] };
        var type = types.FirstOrDefault(t => t != "null") ?? "null";
        var format = (string?)schema["format"];
        return type switch
        {
            "object" when schema["properties"] is JsonObject properties =>
                new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, Plausible(document, p.Value, round, depth + 1, p.Key)))),
            "object" => new JsonObject(),
            "array" => new JsonArray(Plausible(document, schema["items"], round, depth + 1, name)),
            "integer" => JsonValue.Create(round + 1),
            "number" => JsonValue.Create(1000.5m * (round + 1)),
            "boolean" => JsonValue.Create(round % 2 == 0),
            "string" when format == "date" => JsonValue.Create(round == 0 ? "2026-10-05" : "2025-03-01"),
            "string" when format == "date-time" => JsonValue.Create("2026-10-05T09:00:00+08:00"),
            "string" when format == "uuid" => JsonValue.Create(Guid.NewGuid()),
            "string" when name.Contains("phone", StringComparison.OrdinalIgnoreCase) => JsonValue.Create(Phone),
            "string" when name.Contains("resident", StringComparison.OrdinalIgnoreCase) || name.Contains("idNumber", StringComparison.OrdinalIgnoreCase) => JsonValue.Create(ResidentId),
            "string" when name.Contains("county", StringComparison.OrdinalIgnoreCase) => JsonValue.Create("370102"),
            "string" when name.Contains("creditCode", StringComparison.OrdinalIgnoreCase) => JsonValue.Create("91350100M000100Y43"),
            "string" => JsonValue.Create(round == 0 ? "王建国" : "历下区某安置房项目"),
            _ => null,
        };
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    /// <summary>The event store's high-water mark and the number of documents of the kinds a request could write.</summary>
    private static async Task<string> StoredAsync(Alba.IAlbaHost host)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.QueryAllRawEvents().CountAsync();
        var accounts = await session.Query<LaborRights.Security.Accounts.StaffAccount>().CountAsync();
        var arrangements = await session.Query<LaborRights.Calendar.Publishing.HolidayArrangement>().CountAsync();
        return $"{events} events, {accounts} accounts, {arrangements} arrangements";
    }

    [GeneratedRegex(@"\s+at [A-Z][\w.]+\(|System\.[A-Z]\w+Exception|Npgsql|Marten\.|Wolverine\.|JasperFx|SQLSTATE|42P01")]
    private static partial Regex Internals();
}
