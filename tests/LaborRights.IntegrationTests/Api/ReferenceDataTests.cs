using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.ReferenceData;

namespace LaborRights.IntegrationTests.Api;

[Collection(AppCollection.Name)]
public class ReferenceDataTests(AppFixture app)
{
    [Fact]
    public async Task The_136_counties_16_cities_and_15_parks_are_public()
    {
        (await Get<List<County>>("/api/reference/counties")).Should().HaveCount(136);
        (await Get<List<City>>("/api/reference/cities")).Should().HaveCount(16);
        (await Get<List<Park>>("/api/reference/parks")).Should().HaveCount(15);
        (await Get<County>("/api/reference/counties/370102")).Name.Should().Be("历下区");
        (await Get<List<County>>("/api/reference/counties?city=370100")).Should().OnlyContain(c => c.CityName == "济南市");
        (await Get<List<Park>>("/api/reference/parks?city=371000")).Should().HaveCount(3);
    }

    [Theory]
    [InlineData("/api/reference/counties/999999")]
    [InlineData("/api/reference/counties?city=110100")]
    [InlineData("/api/reference/parks?city=nope")]
    public async Task Unknown_codes_are_404(string url)
    {
        await app.Host.Scenario(x =>
        {
            x.Get.Url(url);
            x.StatusCodeShouldBe(404);
        });
    }

    private async Task<T> Get<T>(string url)
    {
        var result = await app.Host.Scenario(x => x.Get.Url(url));
        return (await result.ReadAsJsonAsync<T>())!;
    }
}
