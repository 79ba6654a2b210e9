using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static LaborRights.IntegrationTests.Api.Contract.OpenApiNodes;

namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>What changed between two OpenAPI documents, split by whether a client built on the first one breaks.</summary>
/// <param name="Breaking">Changes that can break a client built on the baseline, one readable line each.</param>
/// <param name="NonBreaking">Changes such a client does not notice (new operations, new optional fields, …).</param>
public sealed record OpenApiChanges(IReadOnlyList<string> Breaking, IReadOnlyList<string> NonBreaking);

/// <summary>
/// Decides which differences between a committed OpenAPI document (the baseline) and the one the API serves now
/// break a client built on the baseline. Direction matters: a request breaks when the server stops accepting
/// what the client sends, a response breaks when the server may answer what the client cannot read. Each line
/// names the operation and the place, e.g. <c>POST /api/wage-arrears/{id}/accept: response 200 property 'version' removed</c>.
/// </summary>
public static partial class OpenApiCompatibility
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    /// <summary>The changes from <paramref name="baseline"/> to <paramref name="current"/> that break a client.</summary>
    public static IReadOnlyList<string> BreakingChanges(JsonNode baseline, JsonNode current) => Compare(baseline, current).Breaking;

    /// <summary>Every change from <paramref name="baseline"/> to <paramref name="current"/>, breaking or not.</summary>
    public static OpenApiChanges Compare(JsonNode baseline, JsonNode current)
    {
        var log = new ChangeLog();
        new Comparison(baseline, current, log).Operations();
        return log.ToChanges();
    }

    /// <summary>Paths keyed with their parameter names blanked (<c>/a/{}</c>), so renaming a path parameter keeps the operation.</summary>
    private static Dictionary<string, (string Path, JsonObject Item)> Paths(JsonNode document)
    {
        var paths = new Dictionary<string, (string, JsonObject)>(StringComparer.Ordinal);
        foreach (var (path, item) in document["paths"] as JsonObject ?? [])
            if (Resolve(item, document) is { } resolved) paths.TryAdd(Placeholder().Replace(path, "{}"), (path, resolved));
        return paths;
    }

    private static IEnumerable<(string Method, JsonObject Operation)> OperationsOf(JsonObject item) =>
        Methods.Where(m => item[m] is JsonObject).Select(m => (m, (JsonObject)item[m]!));

    private static string Label(string method, string path) => $"{method.ToUpperInvariant()} {path}";

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex Placeholder();

    private sealed class Comparison(JsonNode baseline, JsonNode current, ChangeLog log)
    {
        private readonly SchemaComparer _schemas = new(baseline, current, log);

        public void Operations()
        {
            var (was, now) = (Paths(baseline), Paths(current));
            foreach (var (key, (path, item)) in was)
            foreach (var (method, operation) in OperationsOf(item))
            {
                var label = Label(method, path);
                if (now.TryGetValue(key, out var to) && to.Item[method] is JsonObject successor)
                    Operation(label, new(path, item, operation), new(to.Path, to.Item, successor));
                else
                    log.Add(true, $"{label}: operation removed");
            }
            foreach (var (key, (path, item)) in now)
            foreach (var (method, _) in OperationsOf(item))
                if (!was.TryGetValue(key, out var from) || from.Item[method] is not JsonObject)
                    log.Add(false, $"{Label(method, path)}: operation added");
        }

        private void Operation(string label, Endpoint was, Endpoint now)
        {
            Parameters(label, Parameters(was, baseline), Parameters(now, current));
            RequestBody(label, Resolve(was.Operation["requestBody"], baseline), Resolve(now.Operation["requestBody"], current));
            Responses(label, Resolved(was.Operation["responses"], baseline), Resolved(now.Operation["responses"], current));
        }

        private void Parameters(string label, Dictionary<string, JsonObject> was, Dictionary<string, JsonObject> now)
        {
            foreach (var (key, b) in was)
            {
                if (!now.TryGetValue(key, out var c))
                {
                    // The server ignores a parameter it no longer reads.
                    log.Add(false, $"{label}: {Describe(b)} removed");
                    continue;
                }
                if (Name(b) != Name(c)) log.Add(false, $"{label}: {Describe(b)} renamed to '{Name(c)}'");
                if (IsRequired(b) != IsRequired(c)) log.Add(IsRequired(c), $"{label}: {Describe(b)} became {Presence(c)}");
                _schemas.Compare(Flow.Request, $"{label}: {Describe(b)}", Schema(b), Schema(c));
            }
            foreach (var (_, c) in now.Where(p => !was.ContainsKey(p.Key)))
                log.Add(IsRequired(c), $"{label}: {Presence(c)} {Describe(c)} added");
        }

        private void RequestBody(string label, JsonObject? was, JsonObject? now)
        {
            var where = $"{label}: request body";
            if (now is null)
            {
                if (was is not null) log.Add(false, $"{where} removed");
                return;
            }
            if (was is null)
            {
                log.Add(IsRequired(now), $"{where} added as {Presence(now)}");
                return;
            }
            if (IsRequired(was) != IsRequired(now)) log.Add(IsRequired(now), $"{where} became {Presence(now)}");
            Content(Flow.Request, where, was, now);
        }

        private void Responses(string label, Dictionary<string, JsonObject> was, Dictionary<string, JsonObject> now)
        {
            foreach (var (status, b) in was)
            {
                var where = $"{label}: response {status}";
                if (!now.TryGetValue(status, out var c))
                {
                    log.Add(true, $"{where} removed");
                    continue;
                }
                Headers(where, Resolved(b["headers"], baseline, StringComparer.OrdinalIgnoreCase), Resolved(c["headers"], current, StringComparer.OrdinalIgnoreCase));
                Content(Flow.Response, where, b, c);
            }
            // A client built on the baseline handles the success statuses it knew; a new one is an answer it cannot read.
            foreach (var status in now.Keys.Where(s => !was.ContainsKey(s)))
                log.Add(status.StartsWith('2'), $"{label}: response {status} added");
        }

        private void Headers(string where, Dictionary<string, JsonObject> was, Dictionary<string, JsonObject> now)
        {
            foreach (var (name, b) in was)
            {
                if (now.TryGetValue(name, out var c)) _schemas.Compare(Flow.Response, $"{where} header '{name}'", Schema(b), Schema(c));
                else log.Add(true, $"{where} header '{name}' removed");
            }
            foreach (var name in now.Keys.Where(n => !was.ContainsKey(n))) log.Add(false, $"{where} header '{name}' added");
        }

        /// <summary>The media types of a request body or a response; the type is named only when there are several.</summary>
        private void Content(Flow flow, string where, JsonObject was, JsonObject now)
        {
            var (b, c) = (was["content"] as JsonObject ?? [], now["content"] as JsonObject ?? []);
            foreach (var (type, media) in b)
            {
                if (c[type] is not { } successor)
                {
                    log.Add(true, $"{where} content type '{type}' removed");
                    continue;
                }
                _schemas.Compare(flow, b.Count > 1 ? $"{where} ({type})" : where, media?["schema"], successor["schema"]);
            }
            foreach (var (type, _) in c.Where(m => !b.ContainsKey(m.Key))) log.Add(false, $"{where} content type '{type}' added");
        }

        /// <summary>
        /// Path-level and operation-level parameters (the operation's win), keyed by where they travel and their
        /// name; a path parameter by its position in the path, so a renamed one is still the same parameter.
        /// </summary>
        private static Dictionary<string, JsonObject> Parameters(Endpoint endpoint, JsonNode document)
        {
            var positions = Placeholder().Matches(endpoint.Path).Select(m => m.Groups[1].Value).ToList();
            var parameters = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            foreach (var node in (endpoint.Item["parameters"] as JsonArray ?? []).Concat(endpoint.Operation["parameters"] as JsonArray ?? []))
            {
                if (Resolve(node, document) is not { } parameter) continue;
                var (location, name) = (Text(parameter["in"]), Name(parameter));
                var key = location switch
                {
                    "path" when positions.IndexOf(name) is var index and >= 0 => $"path #{index}",
                    "header" => $"header {name.ToLowerInvariant()}",
                    _ => $"{location} {name}",
                };
                parameters[key] = parameter;
            }
            return parameters;
        }

        private static Dictionary<string, JsonObject> Resolved(JsonNode? map, JsonNode document, StringComparer? comparer = null)
        {
            var resolved = new Dictionary<string, JsonObject>(comparer ?? StringComparer.Ordinal);
            foreach (var (key, node) in map as JsonObject ?? [])
                if (Resolve(node, document) is { } value) resolved.TryAdd(key, value);
            return resolved;
        }

        private static string Describe(JsonObject parameter) => $"{Text(parameter["in"])} parameter '{Name(parameter)}'";

        private static string Name(JsonObject parameter) => Text(parameter["name"]) ?? "";

        private static bool IsRequired(JsonObject node) =>
            IsTrue(node["required"]) || Text(node["in"]) == "path";

        private static string Presence(JsonObject node) => IsRequired(node) ? "required" : "optional";

        /// <summary>A parameter's or header's schema, whether given directly or under a single media type.</summary>
        private static JsonNode? Schema(JsonObject node) =>
            node["schema"] ?? (node["content"] as JsonObject)?.Select(m => m.Value?["schema"]).FirstOrDefault();
    }

    private sealed record Endpoint(string Path, JsonObject Item, JsonObject Operation);
}
