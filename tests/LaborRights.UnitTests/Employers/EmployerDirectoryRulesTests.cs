using LaborRights.Employers.Directory;
using LaborRights.ReferenceData;

namespace LaborRights.UnitTests.Employers;

public class EmployerDirectoryRulesTests
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();

    [Theory]
    [InlineData("济南鲁泰建筑工程有限公司", "济南鲁泰建筑工程有限公司")]
    [InlineData("山东鲁泰（ＡＢＣ）科技有限公司", "山东鲁泰(ABC)科技有限公司")]
    [InlineData(" 鲁泰 建筑\u3000工程 ", "鲁泰建筑工程")]
    [InlineData("abc１２３", "ABC123")]
    public void A_name_is_compared_without_spaces_in_ordinary_width_and_capitals(string typed, string key) =>
        EmployerDirectory.KeyOf(typed).Should().Be(key);

    [Fact]
    public void A_load_names_each_bad_unit_by_its_position()
    {
        var good = new RegisteredUnit("91350100M000100Y43", "济南鲁泰建筑工程有限公司", "370102");
        var errors = new LoadEmployerDirectory([good, good with { CreditCode = "91350100M000100Y44" }, good with { Name = " " }, good with { CountyCode = "110101" }, null])
            .Validate(Regions);

        errors.All.Select(e => e.Field).Should().Equal("units[1].creditCode", "units[2].name", "units[3].countyCode", "units[4]");
    }

    [Fact]
    public void A_load_needs_at_least_one_unit_and_at_most_five_thousand()
    {
        new LoadEmployerDirectory(null).Validate(Regions).All.Should().ContainSingle().Which.Field.Should().Be("units");
        new LoadEmployerDirectory([]).Validate(Regions).All.Should().ContainSingle().Which.Field.Should().Be("units");
        var unit = new RegisteredUnit("91350100M000100Y43", "济南鲁泰建筑工程有限公司", "370102");
        new LoadEmployerDirectory(Enumerable.Repeat(unit, LoadEmployerDirectory.MaxUnits).ToList()).Validate(Regions).Any.Should().BeFalse();
        new LoadEmployerDirectory(Enumerable.Repeat(unit, LoadEmployerDirectory.MaxUnits + 1).ToList()).Validate(Regions).All
            .Should().ContainSingle().Which.English.Should().Contain("5000");
    }
}
