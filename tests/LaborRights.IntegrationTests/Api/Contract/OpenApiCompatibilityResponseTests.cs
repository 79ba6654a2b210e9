using System.Text.Json.Nodes;
using static LaborRights.IntegrationTests.Api.Contract.ContractDocuments;

namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>
/// The comparator's rules for what a client reads (statuses, headers, content types, response schemas): a change
/// breaks when the server may answer something a client built on the baseline cannot read or relied on.
/// </summary>
public class OpenApiCompatibilityResponseTests
{
    private const string Problem = """{ "application/problem+json": { "schema": { "type": "object" } } }""";

    [Fact]
    public void A_removed_status_breaks_and_a_new_error_status_does_not()
    {
        var okAndConflict = Responses($$"""{ "200": { "description": "OK" }, "409": { "description": "Conflict", "content": {{Problem}} } }""");
        var ok = Responses("""{ "200": { "description": "OK" } }""");

        Breaking(okAndConflict, ok).Should().Equal($"{Accept}: response 409 removed");
        Breaking(ok, okAndConflict).Should().BeEmpty();
        NonBreaking(ok, okAndConflict).Should().Equal($"{Accept}: response 409 added");
    }

    [Fact]
    public void A_new_success_status_breaks()
    {
        var ok = Responses("""{ "200": { "description": "OK" } }""");

        Breaking(ok, Responses("""{ "200": { "description": "OK" }, "201": { "description": "Created" } }"""))
            .Should().Equal($"{Accept}: response 201 added");
    }

    [Fact]
    public void A_removed_content_type_breaks_and_an_added_one_does_not()
    {
        var json = Responses("""{ "400": { "description": "Bad Request", "content": { "application/json": { "schema": { "type": "object" } } } } }""");
        var both = Responses($$"""
            { "400": { "description": "Bad Request", "content": { "application/json": { "schema": { "type": "object" } }, "application/problem+json": { "schema": { "type": "object" } } } } }
            """);

        Breaking(both, json).Should().Equal($"{Accept}: response 400 content type 'application/problem+json' removed");
        Breaking(json, both).Should().BeEmpty();
    }

    [Fact]
    public void A_removed_response_property_breaks_and_an_added_one_does_not()
    {
        var versioned = Response(Object("""{ "id": { "type": "string" }, "version": { "type": "integer" } }""", "id", "version"));
        var unversioned = Response(Object("""{ "id": { "type": "string" } }""", "id"));

        Breaking(versioned, unversioned).Should().Equal($"{Accept}: response 200 property 'version' removed");
        Breaking(unversioned, versioned).Should().BeEmpty();
        NonBreaking(unversioned, versioned).Should().Equal($"{Accept}: response 200 property 'version' added");
    }

    [Fact]
    public void A_response_property_type_or_format_change_breaks_and_a_narrowed_type_does_not()
    {
        static JsonNode Version(string schema) => Response(Object($$"""{ "version": {{schema}} }""", "version"));
        var integer = Version("""{ "type": "integer", "format": "int32" }""");

        Breaking(integer, Version("""{ "type": "string", "format": "int32" }""")).Should().Equal($"{Accept}: response 200 property 'version' type changed from integer to string");
        Breaking(integer, Version("""{ "type": "integer", "format": "int64" }""")).Should().Equal($"{Accept}: response 200 property 'version' format changed from 'int32' to 'int64'");
        Breaking(Version("""{ "type": ["integer", "string"], "format": "int32" }"""), integer).Should().BeEmpty();
    }

    [Fact]
    public void A_required_response_property_becoming_optional_breaks_and_the_reverse_does_not()
    {
        var required = Response(Object("""{ "version": { "type": "integer" } }""", "version"));
        var optional = Response(Object("""{ "version": { "type": "integer" } }"""));

        Breaking(required, optional).Should().Equal($"{Accept}: response 200 property 'version' became optional");
        Breaking(optional, required).Should().BeEmpty();
    }

    [Fact]
    public void A_response_property_becoming_nullable_breaks_and_the_reverse_does_not()
    {
        var notNull = Response(Object("""{ "closedAt": { "type": "string", "format": "date-time" } }""", "closedAt"));
        var nullable = Response(Object("""{ "closedAt": { "type": ["null", "string"], "format": "date-time" } }""", "closedAt"));

        Breaking(notNull, nullable).Should().Equal($"{Accept}: response 200 property 'closedAt' became nullable");
        Breaking(nullable, notNull).Should().BeEmpty();
    }

    [Fact]
    public void A_new_response_enum_value_breaks_and_a_removed_one_does_not()
    {
        static JsonNode Status(string values) => Response(Object($$"""{ "status": { "type": "string", "enum": [{{values}}] } }""", "status"));

        Breaking(Status("\"Open\", \"Closed\""), Status("\"Open\", \"Closed\", \"Reopened\""))
            .Should().Equal($"{Accept}: response 200 property 'status' enum value \"Reopened\" added");
        Breaking(Status("\"Open\", \"Closed\""), Status("\"Open\"")).Should().BeEmpty();
    }

    [Fact]
    public void An_array_item_type_change_breaks_and_a_new_item_property_does_not()
    {
        static JsonNode Roles(string items) => Response(Object($$"""{ "roles": { "type": "array", "items": {{items}} } }""", "roles"));

        Breaking(Roles("""{ "type": "string" }"""), Roles("""{ "type": "integer" }"""))
            .Should().Equal($"{Accept}: response 200 property 'roles[]' type changed from string to integer");
        Breaking(Roles(Object("""{ "name": { "type": "string" } }""")), Roles(Object("""{ "name": { "type": "string" }, "since": { "type": "string" } }""")))
            .Should().BeEmpty();
    }

    [Fact]
    public void A_removed_response_header_breaks_and_an_added_or_recased_one_does_not()
    {
        static JsonNode Headers(params string[] names)
        {
            var headers = string.Join(", ", names.Select(n => $$"""  "{{n}}": { "schema": { "type": "string" } }"""));
            return Responses($$"""{ "202": { "description": "Accepted", "headers": { {{headers}} } } }""");
        }
        var both = Headers("Location", "Retry-After");

        Breaking(both, Headers("Location")).Should().Equal($"{Accept}: response 202 header 'Retry-After' removed");
        Breaking(Headers("Location"), both).Should().BeEmpty();
        Breaking(both, Headers("location", "retry-after")).Should().BeEmpty();
    }
}
