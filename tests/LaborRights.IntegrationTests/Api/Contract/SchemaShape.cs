using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using static LaborRights.IntegrationTests.Api.Contract.OpenApiNodes;

namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>
/// One schema as a client sees it: references followed, <c>allOf</c> merged, and the three spellings of
/// "may be null" (a <c>type</c> array holding "null", a <c>oneOf</c>/<c>anyOf</c> with a null alternative,
/// OpenAPI 3.0's <c>nullable: true</c>) folded into <see cref="Nullable"/>. Child schemas (properties, items)
/// stay raw nodes, shaped only when compared, so a recursive schema costs nothing here.
/// </summary>
internal sealed class SchemaShape
{
    private static readonly string[] Maxima = ["maxLength", "maximum", "exclusiveMaximum", "maxItems"];
    private static readonly string[] Minima = ["minLength", "minimum", "exclusiveMinimum", "minItems"];

    /// <summary>Enum values are shown in the report as written (Chinese stays Chinese, not <c>\uXXXX</c>).</summary>
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The references this schema was reached through: its identity when guarding against cycles.</summary>
    public List<string> Refs { get; } = [];

    /// <summary>References that point outside the document; they can only be compared by name.</summary>
    public SortedSet<string> Unresolved { get; } = new(StringComparer.Ordinal);

    /// <summary>The non-null JSON types allowed; <c>null</c> when the schema does not constrain the type.</summary>
    public SortedSet<string>? Types { get; private set; }

    public bool Nullable { get; private set; }
    public string? Format { get; private set; }
    public string? Pattern { get; private set; }

    /// <summary>The non-null enum values as JSON text; <c>null</c> when the schema has no enum.</summary>
    public List<string>? Enum { get; private set; }

    /// <summary>Upper bounds (maxLength, maximum, …) and lower bounds (minLength, minimum, …) by keyword.</summary>
    public Dictionary<string, decimal> Bounds { get; } = [];

    public Dictionary<string, List<JsonNode>> Properties { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Required { get; } = new(StringComparer.Ordinal);
    public List<JsonNode> Items { get; } = [];
    public List<JsonNode> AdditionalProperties { get; } = [];

    /// <summary>The non-null alternatives of a <c>oneOf</c>/<c>anyOf</c> that has more than one.</summary>
    public List<JsonNode> Alternatives { get; } = [];

    public static bool IsUpperBound(string keyword) => Maxima.Contains(keyword);

    /// <summary>Shapes the conjunction of <paramref name="parts"/> (one node, or the schemas <c>allOf</c> joins).</summary>
    public static SchemaShape Of(IEnumerable<JsonNode> parts, JsonNode document)
    {
        var shape = new SchemaShape();
        foreach (var part in parts) shape.Merge(part, document, []);
        return shape;
    }

    private void Merge(JsonNode node, JsonNode document, HashSet<string> following)
    {
        if (node is not JsonObject schema) return;
        if (Text(schema["$ref"]) is { } reference && following.Add(reference))
        {
            Refs.Add(reference);
            if (Find(document, reference) is { } target) Merge(target, document, following);
            else Unresolved.Add(reference);
        }
        MergeType(schema["type"]);
        if (IsTrue(schema["nullable"])) Nullable = true;
        Format ??= Text(schema["format"]);
        Pattern ??= Text(schema["pattern"]);
        MergeEnum(schema["enum"] as JsonArray);
        MergeBounds(schema);
        foreach (var (name, property) in schema["properties"] as JsonObject ?? [])
            if (property is not null) Add(Properties, name, property);
        foreach (var name in schema["required"] as JsonArray ?? [])
            if (Text(name) is { } required) Required.Add(required);
        if (schema["items"] is JsonObject items) Items.Add(items);
        if (schema["additionalProperties"] is JsonObject additional) AdditionalProperties.Add(additional);
        foreach (var part in schema["allOf"] as JsonArray ?? []) if (part is not null) Merge(part, document, following);
        MergeAlternatives([.. schema["oneOf"] as JsonArray ?? [], .. schema["anyOf"] as JsonArray ?? []], document, following);
    }

    private void MergeType(JsonNode? type)
    {
        var names = type switch
        {
            JsonArray array => array.Select(Text).OfType<string>().ToList(),
            JsonValue value when Text(value) is { } name => [name],
            _ => null,
        };
        if (names is null) return;
        if (names.Remove("null")) Nullable = true;
        // allOf is a conjunction: a second type constraint narrows the first.
        Types = Types is null ? new(names, StringComparer.Ordinal) : new(Types.Intersect(names), StringComparer.Ordinal);
    }

    private void MergeEnum(JsonArray? values)
    {
        if (values is null || Enum is not null) return;
        if (values.Any(v => v is null)) Nullable = true;
        Enum = values.OfType<JsonNode>().Select(v => v.ToJsonString(Readable)).ToList();
    }

    private void MergeBounds(JsonObject schema)
    {
        foreach (var keyword in Maxima.Concat(Minima))
        {
            if (schema[keyword] is not JsonValue value || !value.TryGetValue<decimal>(out var bound)) continue;
            Bounds[keyword] = !Bounds.TryGetValue(keyword, out var earlier) ? bound
                : IsUpperBound(keyword) ? Math.Min(earlier, bound) : Math.Max(earlier, bound);
        }
    }

    private void MergeAlternatives(List<JsonNode?> alternatives, JsonNode document, HashSet<string> following)
    {
        var others = alternatives.OfType<JsonNode>().Where(a => !IsNullOnly(a, document)).ToList();
        if (others.Count < alternatives.Count) Nullable = true;
        if (others.Count == 1) Merge(others[0], document, following);
        else Alternatives.AddRange(others);
    }

    /// <summary>The <c>{ "type": "null" }</c> alternative; read without shaping it, so alternatives that refer to each other end.</summary>
    private static bool IsNullOnly(JsonNode alternative, JsonNode document) =>
        Resolve(alternative, document)?["type"] switch
        {
            JsonArray types => types.Count == 1 && Text(types[0]) == "null",
            var type => Text(type) == "null",
        };

    private static void Add(Dictionary<string, List<JsonNode>> map, string key, JsonNode node)
    {
        if (!map.TryGetValue(key, out var nodes)) map[key] = nodes = [];
        nodes.Add(node);
    }
}
