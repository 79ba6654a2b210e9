using System.Text.Json;
using Alba;
using LaborRights.IntegrationTests.Infrastructure;

namespace LaborRights.IntegrationTests.Api;

[Collection(AppCollection.Name)]
public class OperationsTests(AppFixture app)
{
    [Fact]
    public async Task The_OpenAPI_document_describes_every_api_route_and_the_API_page_serves()
    {
        var result = await app.Host.Scenario(x => x.Get.Url("/openapi/v1.json"));
        using var document = JsonDocument.Parse(await result.ReadAsTextAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain([
            "/api/complaints/wage-arrears", "/api/tracking/{trackingNumber}", "/api/wage-arrears", "/api/wage-arrears/{id}",
            "/api/wage-arrears/{id}/accept", "/api/wage-arrears/{id}/close", "/api/wage-arrears/overdue", "/api/reference/counties",
        ]);

        var page = await app.Host.Scenario(x => x.Get.Url("/api-docs/index.html"));
        page.Context.Response.ContentType.Should().StartWith("text/html");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer(string url)
    {
        var result = await app.Host.Scenario(x => x.Get.Url(url));
        (await result.ReadAsTextAsync()).Should().Be("Healthy");
    }
}
