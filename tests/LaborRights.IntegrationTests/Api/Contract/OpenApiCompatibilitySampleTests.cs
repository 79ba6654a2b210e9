using System.Text.Json.Nodes;
using static LaborRights.IntegrationTests.Api.Contract.ContractDocuments;

namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>The comparator on a real document: a sample of the API's own OpenAPI document, changed by hand.</summary>
public class OpenApiCompatibilitySampleTests
{
    [Fact]
    public void The_sample_compared_with_itself_has_no_changes()
    {
        var changes = OpenApiCompatibility.Compare(Sample(), Sample());

        changes.Breaking.Should().BeEmpty();
        changes.NonBreaking.Should().BeEmpty();
    }

    [Fact]
    public void A_response_property_deleted_from_the_sample_is_exactly_one_breaking_change()
    {
        var current = Sample();
        Properties(current, "City").Remove("name").Should().BeTrue();

        Breaking(Sample(), current).Should().Equal("GET /api/reference/cities: response 200 property '[].name' removed");
    }

    [Fact]
    public void A_new_optional_request_property_in_the_sample_breaks_nothing()
    {
        var current = Sample();
        Properties(current, "RecordComplaint")["note"] = new JsonObject { ["type"] = new JsonArray("null", "string") };

        Breaking(Sample(), current).Should().BeEmpty();
        NonBreaking(Sample(), current).Should().Equal("POST /api/wage-arrears: request body property 'note' added");
    }

    private static JsonObject Properties(JsonNode document, string schema) =>
        document["components"]!["schemas"]![schema]!["properties"]!.AsObject();
}
