using System.Text.Json;
using System.Text.Json.Nodes;

namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>Reading an OpenAPI document's nodes: local references (<c>#/components/…</c> or any JSON pointer into the same document), text and flags.</summary>
internal static class OpenApiNodes
{
    /// <summary>The string a node holds, or <c>null</c> when it holds something else.</summary>
    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Whether a node is the JSON literal <c>true</c> (a missing flag is false).</summary>
    public static bool IsTrue(JsonNode? node) => node?.GetValueKind() == JsonValueKind.True;

    /// <summary>The node <paramref name="reference"/> points at, or <c>null</c> when it is not local or leads nowhere.</summary>
    public static JsonNode? Find(JsonNode document, string reference)
    {
        if (!reference.StartsWith('#')) return null;
        var node = (JsonNode?)document;
        foreach (var token in reference[1..].Split('/').Skip(1))
        {
            var name = Uri.UnescapeDataString(token).Replace("~1", "/").Replace("~0", "~");
            node = node switch
            {
                JsonObject o => o[name],
                JsonArray a when int.TryParse(name, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
        }
        return node;
    }

    /// <summary>
    /// Follows a chain of <c>$ref</c> objects (a parameter, request body, response or header kept under
    /// <c>components</c>) to the object itself; stops on a loop or a reference leading nowhere.
    /// </summary>
    public static JsonObject? Resolve(JsonNode? node, JsonNode document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (node is JsonObject o && Text(o["$ref"]) is { } reference)
        {
            if (!seen.Add(reference)) return null;
            node = Find(document, reference);
        }
        return node as JsonObject;
    }
}
