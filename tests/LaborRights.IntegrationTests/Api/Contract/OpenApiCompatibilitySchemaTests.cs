using System.Text.Json.Nodes;
using static LaborRights.IntegrationTests.Api.Contract.ContractDocuments;

namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>
/// How the comparator reads schemas: references followed (and cycles ended), <c>allOf</c> merged, and the
/// spellings of "may be null" taken as one.
/// </summary>
public class OpenApiCompatibilitySchemaTests
{
    [Fact]
    public void Component_schemas_are_followed_and_a_change_inside_is_named_by_its_property_path()
    {
        const string view = """{ "$ref": "#/components/schemas/CaseView" }""";
        var party = Object("""{ "name": { "type": "string" }, "phone": { "type": "string" } }""", "name", "phone");
        var before = Response(view, $$"""{ "CaseView": {{Object("""{ "applicant": { "$ref": "#/components/schemas/Party" } }""", "applicant")}}, "Party": {{party}} }""");
        var after = Response(view, $$"""{ "CaseView": {{Object("""{ "applicant": { "$ref": "#/components/schemas/Party" } }""", "applicant")}}, "Party": {{Object("""{ "name": { "type": "string" } }""", "name")}} }""");

        Breaking(before, after).Should().Equal($"{Accept}: response 200 property 'applicant.phone' removed");
        Breaking(before, before).Should().BeEmpty();
    }

    [Fact]
    public void A_schema_shared_by_two_properties_is_reported_under_each()
    {
        static string Case(string party) => $$"""
            { "Case": {{Object("""{ "applicant": { "$ref": "#/components/schemas/Party" }, "respondent": { "$ref": "#/components/schemas/Party" } }""")}}, "Party": {{party}} }
            """;
        const string body = """{ "$ref": "#/components/schemas/Case" }""";

        Breaking(Request(body, Case(Object("{}"))), Request(body, Case(Object("""{ "name": { "type": "string" } }""", "name"))))
            .Should().Equal($"{Accept}: request body property 'applicant.name' added as required", $"{Accept}: request body property 'respondent.name' added as required");
    }

    [Fact]
    public void Other_local_references_are_followed_too()
    {
        static JsonNode Conflict(string problemSchema, string pageType = "integer")
        {
            var document = Document($$"""
                { "{{Route}}": { "post": {
                    "parameters": [{ "$ref": "#/components/parameters/Page" }],
                    "responses": { "409": { "$ref": "#/components/responses/Conflict" } } } } }
                """);
            document["components"]!["parameters"] = JsonNode.Parse($$"""{ "Page": { "name": "page", "in": "query", "schema": { "type": "{{pageType}}" } } }""");
            document["components"]!["responses"] = JsonNode.Parse($$"""
                { "Conflict": { "description": "Conflict", "content": { "application/problem+json": { "schema": {{problemSchema}} } } } }
                """);
            return document;
        }

        Breaking(Conflict(Object("""{ "title": { "type": "string" } }""")), Conflict(Object("{}")))
            .Should().Equal($"{Accept}: response 409 property 'title' removed");
        Breaking(Conflict(Object("{}")), Conflict(Object("{}"), pageType: "string"))
            .Should().Equal($"{Accept}: query parameter 'page' type changed from integer to string");
        Breaking(Conflict(Object("{}")), Conflict(Object("{}"))).Should().BeEmpty();
    }

    [Fact]
    public void A_recursive_schema_is_compared_without_looping()
    {
        static JsonNode Tree(string leaf) => Response("""{ "$ref": "#/components/schemas/Node" }""", $$"""
            { "Node": { "type": "object", "properties": {
                "label": {{leaf}},
                "children": { "type": "array", "items": { "oneOf": [{ "type": "null" }, { "$ref": "#/components/schemas/Node" }] } } } } }
            """);

        Breaking(Tree("""{ "type": "string" }"""), Tree("""{ "type": "integer" }"""))
            .Should().Equal($"{Accept}: response 200 property 'label' type changed from string to integer");
        Breaking(Tree("""{ "type": "string" }"""), Tree("""{ "type": "string" }""")).Should().BeEmpty();
    }

    [Fact]
    public void Alternatives_that_refer_to_each_other_end_and_are_matched_by_position()
    {
        static JsonNode Either(string second) => Response("""{ "$ref": "#/components/schemas/A" }""", $$"""
            { "A": { "anyOf": [{ "$ref": "#/components/schemas/B" }, { "type": "string" }] },
              "B": { "anyOf": [{ "$ref": "#/components/schemas/A" }, {{second}}] } }
            """);

        Breaking(Either("""{ "type": "integer" }"""), Either("""{ "type": "boolean" }"""))
            .Should().Equal($"{Accept}: response 200 property '(alternative 1).(alternative 2)' type changed from integer to boolean");
        Breaking(Either("""{ "type": "integer" }"""), Either("""{ "type": "integer" }""")).Should().BeEmpty();
    }

    [Fact]
    public void AllOf_parts_are_merged_into_one_object()
    {
        const string schemas = """{ "Base": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } } }""";
        var composed = Response("""{ "allOf": [{ "$ref": "#/components/schemas/Base" }, { "properties": { "version": { "type": "integer" } } }] }""", schemas);
        var flat = Response(Object("""{ "id": { "type": "string" }, "version": { "type": "integer" } }""", "id"));

        Breaking(composed, flat).Should().BeEmpty();
        Breaking(flat, composed).Should().BeEmpty();
        Breaking(composed, Response(Object("""{ "version": { "type": "integer" } }""")))
            .Should().Equal($"{Accept}: response 200 property 'id' removed");
    }

    [Theory]
    [InlineData("""{ "oneOf": [{ "type": "null" }, { "type": "string" }] }""")]
    [InlineData("""{ "anyOf": [{ "type": "string" }, { "type": "null" }] }""")]
    [InlineData("""{ "type": "string", "nullable": true }""")]
    [InlineData("""{ "oneOf": [{ "type": "null" }, { "$ref": "#/components/schemas/Text" }] }""")]
    public void The_spellings_of_nullable_are_one(string spelling)
    {
        const string schemas = """{ "Text": { "type": "string" } }""";
        static JsonNode Note(string schema) => Response(Object($$"""{ "note": {{schema}} }""", "note"), schemas);
        var typeArray = Note("""{ "type": ["null", "string"] }""");

        Breaking(typeArray, Note(spelling)).Should().BeEmpty();
        Breaking(Note(spelling), typeArray).Should().BeEmpty();
        Breaking(Note("""{ "type": "string" }"""), Note(spelling)).Should().Equal($"{Accept}: response 200 property 'note' became nullable");
    }
}
