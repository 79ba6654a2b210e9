using System.Text.Json.Nodes;
using static LaborRights.IntegrationTests.Api.Contract.ContractDocuments;

namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>
/// The comparator's rules for operations and for what a client sends (parameters, request bodies): a change
/// breaks when the server stops accepting a request a client built on the baseline sends. Pure: no host, no database.
/// </summary>
public class OpenApiCompatibilityTests
{
    private const string Ok = """{ "responses": { "200": { "description": "OK" } } }""";

    [Fact]
    public void A_removed_operation_breaks_and_an_added_one_does_not()
    {
        var both = Document($$"""{ "{{Route}}": { "get": {{Ok}}, "post": {{Ok}} } }""");
        var postOnly = Document($$"""{ "{{Route}}": { "post": {{Ok}} } }""");

        Breaking(both, postOnly).Should().Equal($"GET {Route}: operation removed");
        Breaking(postOnly, both).Should().BeEmpty();
        NonBreaking(postOnly, both).Should().Equal($"GET {Route}: operation added");
    }

    [Fact]
    public void Renaming_a_path_parameter_keeps_the_operation_but_changing_the_path_does_not()
    {
        static JsonNode At(string path, string parameter) => Document($$"""
            { "{{path}}": { "post": { "parameters": [{ "name": "{{parameter}}", "in": "path", "required": true, "schema": { "type": "string" } }], "responses": {} } } }
            """);
        var byId = At("/api/cases/{id}", "id");

        Breaking(byId, At("/api/cases/{caseId}", "caseId")).Should().BeEmpty();
        NonBreaking(byId, At("/api/cases/{caseId}", "caseId")).Should().Equal("POST /api/cases/{id}: path parameter 'id' renamed to 'caseId'");
        Breaking(byId, At("/api/claims/{id}", "id")).Should().Equal("POST /api/cases/{id}: operation removed");
    }

    [Theory]
    [InlineData("query")]
    [InlineData("header")]
    [InlineData("cookie")]
    public void A_new_required_parameter_breaks_and_a_new_optional_one_does_not(string location)
    {
        var none = Parameters("[]");

        Breaking(none, Parameters($$"""[{ "name": "tag", "in": "{{location}}", "required": true, "schema": { "type": "string" } }]"""))
            .Should().Equal($"{Accept}: required {location} parameter 'tag' added");
        Breaking(none, Parameters($$"""[{ "name": "tag", "in": "{{location}}", "schema": { "type": "string" } }]""")).Should().BeEmpty();
    }

    [Fact]
    public void A_parameter_turning_required_breaks_and_one_turning_optional_does_not()
    {
        var optional = Parameters("""[{ "name": "page", "in": "query", "required": false, "schema": { "type": "integer" } }]""");
        var required = Parameters("""[{ "name": "page", "in": "query", "required": true, "schema": { "type": "integer" } }]""");

        Breaking(optional, required).Should().Equal($"{Accept}: query parameter 'page' became required");
        Breaking(required, optional).Should().BeEmpty();
    }

    [Fact]
    public void A_removed_parameter_is_noted_but_does_not_break()
    {
        var page = Parameters("""[{ "name": "page", "in": "query", "required": true, "schema": { "type": "integer" } }]""");

        Breaking(page, Parameters("[]")).Should().BeEmpty();
        NonBreaking(page, Parameters("[]")).Should().Equal($"{Accept}: query parameter 'page' removed");
    }

    [Fact]
    public void A_parameter_type_change_breaks_and_a_widened_type_does_not()
    {
        static JsonNode Page(string type) => Parameters($$"""[{ "name": "page", "in": "query", "schema": { "type": {{type}} } }]""");

        Breaking(Page("\"integer\""), Page("\"string\"")).Should().Equal($"{Accept}: query parameter 'page' type changed from integer to string");
        Breaking(Page("\"integer\""), Page("""["integer", "string"]""")).Should().BeEmpty();
    }

    [Fact]
    public void A_request_body_turning_required_breaks_and_one_turning_optional_does_not()
    {
        static JsonNode Body(bool required) => Operation($$"""
            { "requestBody": { "required": {{(required ? "true" : "false")}}, "content": { "application/json": { "schema": { "type": "object" } } } }, "responses": {} }
            """);
        var none = Operation("""{ "responses": {} }""");

        Breaking(Body(required: false), Body(required: true)).Should().Equal($"{Accept}: request body became required");
        Breaking(none, Body(required: true)).Should().Equal($"{Accept}: request body added as required");
        Breaking(Body(required: true), Body(required: false)).Should().BeEmpty();
        Breaking(none, Body(required: false)).Should().BeEmpty();
    }

    [Fact]
    public void A_new_required_request_property_breaks_and_a_new_optional_one_does_not()
    {
        var before = Request(Object("""{ "reason": { "type": "string" } }""", "reason"));

        Breaking(before, Request(Object("""{ "reason": { "type": "string" }, "note": { "type": "string" } }""", "reason", "note")))
            .Should().Equal($"{Accept}: request body property 'note' added as required");
        Breaking(before, Request(Object("""{ "reason": { "type": "string" }, "note": { "type": "string" } }""", "reason"))).Should().BeEmpty();
    }

    [Fact]
    public void A_request_property_turning_required_breaks_and_one_turning_optional_does_not()
    {
        var optional = Request(Object("""{ "note": { "type": "string" } }"""));
        var required = Request(Object("""{ "note": { "type": "string" } }""", "note"));

        Breaking(optional, required).Should().Equal($"{Accept}: request body property 'note' became required");
        Breaking(required, optional).Should().BeEmpty();
    }

    [Fact]
    public void A_request_property_type_or_format_change_breaks_and_a_dropped_format_does_not()
    {
        static JsonNode On(string schema) => Request(Object($$"""{ "on": {{schema}} }"""));
        var date = On("""{ "type": "string", "format": "date" }""");

        Breaking(date, On("""{ "type": "integer", "format": "date" }""")).Should().Equal($"{Accept}: request body property 'on' type changed from string to integer");
        Breaking(date, On("""{ "type": "string", "format": "date-time" }""")).Should().Equal($"{Accept}: request body property 'on' format changed from 'date' to 'date-time'");
        Breaking(date, On("""{ "type": "string" }""")).Should().BeEmpty();
    }

    [Fact]
    public void An_enum_value_removed_from_a_request_breaks_and_one_added_does_not()
    {
        static JsonNode Channel(string values) => Request(Object($$"""{ "channel": { "type": "string", "enum": [{{values}}] } }"""));

        Breaking(Channel("\"Phone\", \"Letter\""), Channel("\"Phone\"")).Should().Equal($"{Accept}: request body property 'channel' enum value \"Letter\" removed");
        Breaking(Channel("\"Phone\""), Channel("\"Phone\", \"Letter\"")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("maxLength", 50, 20)]
    [InlineData("maximum", 100, 99)]
    [InlineData("minLength", 1, 2)]
    [InlineData("minimum", 0, 1)]
    public void A_tighter_request_bound_breaks_and_a_looser_one_does_not(string keyword, int was, int now)
    {
        static JsonNode Bound(string keyword, int value) => Request(Object($$"""{ "reason": { "type": "string", "{{keyword}}": {{value}} } }"""));

        Breaking(Bound(keyword, was), Bound(keyword, now)).Should().Equal($"{Accept}: request body property 'reason' {keyword} changed from {was} to {now}");
        Breaking(Bound(keyword, now), Bound(keyword, was)).Should().BeEmpty();
    }

    [Fact]
    public void A_removed_required_request_property_breaks_and_a_removed_optional_one_does_not()
    {
        var none = Request(Object("{}"));

        Breaking(Request(Object("""{ "note": { "type": "string" } }""", "note")), none)
            .Should().Equal($"{Accept}: request body property 'note' removed (it was required)");
        Breaking(Request(Object("""{ "note": { "type": "string" } }""")), none).Should().BeEmpty();
    }

    [Fact]
    public void A_request_property_refusing_null_breaks_and_one_accepting_null_does_not()
    {
        var nullable = Request(Object("""{ "note": { "type": ["null", "string"] } }"""));
        var notNull = Request(Object("""{ "note": { "type": "string" } }"""));

        Breaking(nullable, notNull).Should().Equal($"{Accept}: request body property 'note' is no longer nullable");
        Breaking(notNull, nullable).Should().BeEmpty();
    }
}
