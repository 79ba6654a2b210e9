using System.Text.Json.Nodes;

namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>Small OpenAPI documents for the comparator's tests: one operation, the part under test written inline.</summary>
internal static class ContractDocuments
{
    /// <summary>The one path every small document serves.</summary>
    public const string Route = "/api/cases/{id}/accept";

    /// <summary>The label the comparator gives the one operation.</summary>
    public const string Accept = "POST /api/cases/{id}/accept";

    public static JsonNode Document(string paths, string schemas = "{}") => JsonNode.Parse($$"""
        { "openapi": "3.1.1", "paths": {{paths}}, "components": { "schemas": {{schemas}} } }
        """)!;

    public static JsonNode Operation(string operation, string schemas = "{}") =>
        Document($$"""{ "{{Route}}": { "post": {{operation}} } }""", schemas);

    public static JsonNode Parameters(string parameters) =>
        Operation($$"""{ "parameters": {{parameters}}, "responses": { "200": { "description": "OK" } } }""");

    public static JsonNode Request(string schema, string schemas = "{}") => Operation($$"""
        {
          "requestBody": { "required": true, "content": { "application/json": { "schema": {{schema}} } } },
          "responses": { "200": { "description": "OK" } }
        }
        """, schemas);

    public static JsonNode Response(string schema, string schemas = "{}") =>
        Responses($$"""{ "200": { "description": "OK", "content": { "application/json": { "schema": {{schema}} } } } }""", schemas);

    public static JsonNode Responses(string responses, string schemas = "{}") =>
        Operation($$"""{ "responses": {{responses}} }""", schemas);

    /// <summary>An object schema with the given properties, the listed ones required.</summary>
    public static string Object(string properties, params string[] required) =>
        $$"""{ "type": "object", "required": [{{string.Join(", ", required.Select(r => $"\"{r}\""))}}], "properties": {{properties}} }""";

    /// <summary>The sample of the API's own document, copied beside the tests.</summary>
    public static JsonNode Sample() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Api", "Contract", "Samples", "openapi-sample.json")))!;

    public static IReadOnlyList<string> Breaking(JsonNode baseline, JsonNode current) =>
        OpenApiCompatibility.BreakingChanges(baseline, current);

    public static IReadOnlyList<string> NonBreaking(JsonNode baseline, JsonNode current) =>
        OpenApiCompatibility.Compare(baseline, current).NonBreaking;
}
