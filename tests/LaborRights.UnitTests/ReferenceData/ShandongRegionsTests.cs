using LaborRights.ReferenceData;

namespace LaborRights.UnitTests.ReferenceData;

public sealed class ShandongRegionsTests
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();

    [Fact]
    public void Embedded_data_has_the_expected_counts()
    {
        Regions.Cities.Should().HaveCount(16);
        Regions.Counties.Should().HaveCount(136);
        Regions.Parks.Should().HaveCount(15);
    }

    [Fact]
    public void County_kinds_are_the_three_known_values()
    {
        // 58 districts, 52 counties, 26 county-level cities = 136.
        Regions.Counties.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(new Dictionary<string, int>
            {
                ["district"] = 58,
                ["county"] = 52,
                ["county-level-city"] = 26,
            });
    }

    [Fact]
    public void Cities_are_ordered_by_code_and_start_with_Jinan()
    {
        Regions.Cities.Select(c => c.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);
        Regions.Cities[0].Should().Be(new City("370100", "济南市"));
        Regions.Cities[^1].Should().Be(new City("371700", "菏泽市"));
    }

    [Fact]
    public void Lixia_district_is_in_Jinan()
    {
        Regions.FindCounty("370102").Should().Be(new County("370102", "历下区", "370100", "济南市", "district"));
    }

    [Fact]
    public void Every_park_and_county_belongs_to_a_known_city_whose_code_prefixes_its_own()
    {
        foreach (var park in Regions.Parks)
        {
            Regions.FindCity(park.CityCode).Should().NotBeNull().And.Be(new City(park.CityCode, park.CityName));
            park.Code[..4].Should().Be(park.CityCode[..4]);
        }

        foreach (var county in Regions.Counties)
        {
            county.Code[..4].Should().Be(county.CityCode[..4]);
        }
    }

    [Fact]
    public void Park_codes_do_not_collide_with_county_codes()
    {
        Regions.Parks.Select(p => p.Code).Should().NotIntersectWith(Regions.Counties.Select(c => c.Code));
        Regions.FindCounty("370176").Should().BeNull();
        Regions.FindPark("370176")!.Name.Should().Be("济南高新技术产业开发区");
    }

    [Fact]
    public void Lookups_return_null_for_unknown_or_missing_codes()
    {
        Regions.FindCounty(null).Should().BeNull();
        Regions.FindCounty("110101").Should().BeNull();
        Regions.FindPark(null).Should().BeNull();
        Regions.FindCity("").Should().BeNull();
        Regions.FindCity(" 370200 ").Should().Be(new City("370200", "青岛市"));
    }

    [Fact]
    public void CountiesOf_and_ParksOf_filter_by_city()
    {
        Regions.CountiesOf("370100").Should().HaveCount(12).And.OnlyContain(c => c.CityName == "济南市");
        Regions.ParksOf("371000").Select(p => p.Code).Should().Equal("371071", "371072", "371073");
        Regions.CountiesOf("999999").Should().BeEmpty();
        Regions.Cities.Sum(c => Regions.CountiesOf(c.Code).Count()).Should().Be(136);
    }

    [Fact]
    public void Same_county_name_in_different_cities_is_kept_apart()
    {
        // 市中区 exists in both Jinan and Zaozhuang.
        Regions.Counties.Where(c => c.Name == "市中区").Select(c => c.CityName)
            .Should().BeEquivalentTo(["济南市", "枣庄市"]);
    }

    [Fact]
    public void Park_in_an_unknown_city_is_rejected()
    {
        var act = () => new ShandongRegions(
            [new County("370102", "历下区", "370100", "济南市", "district")],
            [new Park("370271", "某园区", "370200", "青岛市")]);

        act.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void City_spelled_two_ways_is_rejected()
    {
        var act = () => new ShandongRegions(
            [
                new County("370102", "历下区", "370100", "济南市", "district"),
                new County("370103", "市中区", "370100", "济南", "district"),
            ],
            []);

        act.Should().Throw<InvalidDataException>();
    }
}
