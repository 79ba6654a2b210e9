using System.Security.Claims;
using LaborRights.Common;
using LaborRights.ReferenceData;
using LaborRights.Security;

namespace LaborRights.UnitTests.Security;

public sealed class StaffScopeTests
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();

    private static StaffScope Scope(string[] roles, params string[] divisions) =>
        StaffScope.Of(new ClaimsPrincipal(new ClaimsIdentity(
            [.. roles.Select(r => new Claim(ClaimTypes.Role, r)), .. divisions.Select(d => new Claim(StaffClaimTypes.Division, d))], "test")), Regions);

    [Fact]
    public void A_county_division_covers_that_county_only()
    {
        var scope = Scope([StaffRoles.Inspector], "370102");
        scope.Covers("370102").Should().BeTrue();
        scope.Covers("370103").Should().BeFalse("a neighbouring county of the same city");
        scope.Covers("370202").Should().BeFalse();
        scope.CoveredCounties().Should().Equal("370102");
        scope.CountyFilter().Should().Equal("370102");
    }

    [Fact]
    public void A_city_division_covers_all_its_counties_and_nothing_else()
    {
        var scope = Scope([StaffRoles.Supervisor], "370100");
        var jinan = Regions.CountiesOf("370100").Select(c => c.Code).ToList();
        jinan.Should().HaveCount(12);
        scope.CoveredCounties().Should().BeEquivalentTo(jinan);
        scope.Covers("370202").Should().BeFalse();
        scope.CoversProvince.Should().BeFalse();
    }

    [Fact]
    public void The_province_covers_every_county_and_needs_no_filter()
    {
        var scope = Scope([StaffRoles.Supervisor], StaffScope.ProvinceCode);
        scope.CoversProvince.Should().BeTrue();
        scope.CoveredCounties().Should().HaveCount(136);
        scope.CountyFilter().Should().BeNull("the whole province is not filtered at all");
    }

    [Fact]
    public void Several_divisions_add_up()
    {
        var scope = Scope([StaffRoles.Arbitrator], "370102", "370200");
        scope.Covers("370102").Should().BeTrue();
        scope.Covers("370202").Should().BeTrue();
        scope.Covers("370103").Should().BeFalse();
        scope.CoveredCounties().Should().HaveCount(1 + Regions.CountiesOf("370200").Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("999999")]
    [InlineData("37010")]
    public void No_division_or_an_unknown_one_covers_nothing(string division)
    {
        var scope = division.Length == 0 ? Scope([StaffRoles.Inspector]) : Scope([StaffRoles.Inspector], division);
        scope.Covers("370102").Should().BeFalse();
        scope.Covers("999999").Should().Be(division == "999999", "only a listed code matches itself");
        scope.CoveredCounties().Should().BeEmpty();
        scope.CountyFilter().Should().BeEmpty("an empty filter matches no row, which is right for no division");
    }

    [Fact]
    public void Unknown_roles_are_ignored()
    {
        var scope = Scope(["root", StaffRoles.Inspector], "370102");
        scope.Roles.Should().BeEquivalentTo([StaffRoles.Inspector]);
        scope.IsInRole("root").Should().BeFalse();
    }

    [Theory]
    [InlineData(StaffRoles.Inspector, new[] { CaseKind.WageArrears, CaseKind.Discrimination, CaseKind.Inspection })]
    [InlineData(StaffRoles.Arbitrator, new[] { CaseKind.Arbitration })]
    [InlineData(StaffRoles.Supervisor, new[] { CaseKind.WageArrears, CaseKind.Discrimination, CaseKind.Arbitration, CaseKind.Inspection })]
    [InlineData(StaffRoles.Administrator, new CaseKind[0])]
    public void Each_role_reads_its_case_kinds(string role, CaseKind[] kinds)
    {
        var scope = Scope([role], "370102");
        scope.ReadableKinds().Should().BeEquivalentTo(kinds);
        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            scope.Reads(kind, "370102").Should().Be(kinds.Contains(kind));
            scope.Reads(kind, "370202").Should().BeFalse();
        }
    }

    [Theory]
    [InlineData("counties", "370102", "370102", true)]
    [InlineData("counties", "370103", "370102", false)]
    [InlineData("counties", "370102", "370100", true)]
    [InlineData("cities", "370100", "370100", true)]
    [InlineData("cities", "370100", "370102", false)]
    [InlineData("cities", "370200", "370000", true)]
    public void A_benchmark_unit_is_in_scope_when_all_its_counties_are(string units, string code, string division, bool inScope) =>
        LaborRights.Benchmark.BenchmarkUnits.InScope(units, code, Scope([StaffRoles.Supervisor], division), Regions)
            .Should().Be(inScope);

    [Fact]
    public void A_park_is_in_scope_for_its_city_and_the_province()
    {
        var park = Regions.Parks[0];
        var cityScope = Scope([StaffRoles.Supervisor], park.CityCode);
        LaborRights.Benchmark.BenchmarkUnits.InScope("parks", park.Code, cityScope, Regions).Should().BeTrue();
        var oneCounty = Scope([StaffRoles.Supervisor], Regions.CountiesOf(park.CityCode).First().Code);
        LaborRights.Benchmark.BenchmarkUnits.InScope("parks", park.Code, oneCounty, Regions).Should().BeFalse();
    }
}
