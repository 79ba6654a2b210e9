using Alba;
using LaborRights.Employers.Directory;
using LaborRights.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.Employers;

[Collection(AppCollection.Name)]
public class EmployerDirectoryTests(AppFixture app)
{
    private const string Path = EmployerDirectoryEndpoints.Path;

    /// <summary>A trade name no other test uses (the directory is shared by the tests of one run).</summary>
    private static string TradeName()
    {
        const string pool = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
        return string.Concat(Enumerable.Range(0, 5).Select(_ => pool[Random.Shared.Next(pool.Length)]));
    }

    [Fact]
    public async Task An_administrator_loads_units_and_anyone_finds_them_by_part_of_the_name_or_by_the_credit_code()
    {
        var trade = TradeName();
        var building = new RegisteredUnit(Scenarios.NewCreditCode("370102"), $"济南{trade}建筑工程有限公司", "370102");
        var catering = new RegisteredUnit(Scenarios.NewCreditCode("370203"), $"青岛{trade}餐饮管理服务有限公司", "370203");
        var elsewhere = new RegisteredUnit(Scenarios.NewCreditCode("370102"), $"济南{trade[..2]}之外食品有限公司", "370102");

        (await Load(building, catering, elsewhere)).Should().Be(new DirectoryLoad(3, 0));

        var found = await Find(trade);
        found.Units.Select(u => u.Name).Should().Equal(building.Name, catering.Name); // shortest first; the third lacks the whole term
        found.Units[0].Should().Be(new DirectoryMatch(building.CreditCode, building.Name, "370102", "济南市", "历下区"));

        (await Find($"  {trade}餐饮 ")).Units.Should().ContainSingle().Which.CreditCode.Should().Be(catering.CreditCode);
        (await Find(building.CreditCode.ToLowerInvariant())).Units.Should().ContainSingle().Which.Name.Should().Be(building.Name);
        (await Find("没有这样的单位名称")).Units.Should().BeEmpty();
        (await Find(Scenarios.NewCreditCode())).Units.Should().BeEmpty();
    }

    [Fact]
    public async Task Names_are_found_however_the_width_and_spacing_of_their_characters_were_typed()
    {
        var trade = TradeName();
        var unit = new RegisteredUnit(Scenarios.NewCreditCode("370102"), $"山东{trade}（ＡＢＣ）科技有限公司", "370102");
        await Load(unit);

        (await Find($"{trade}(abc)")).Units.Should().ContainSingle().Which.Name.Should().Be(unit.Name);
        (await Find($"{trade[..2]} {trade[2..]}")).Units.Should().ContainSingle();
    }

    [Fact]
    public async Task A_second_load_updates_the_name_and_county_of_a_unit_already_listed()
    {
        var trade = TradeName();
        var code = Scenarios.NewCreditCode("370102");
        await Load(new RegisteredUnit(code, $"济南{trade}劳务有限公司", "370102"));

        (await Load(new RegisteredUnit(code, $"济南{trade}建设集团有限公司", "370112"))).Should().Be(new DirectoryLoad(0, 1));

        var found = (await Find(code)).Units.Should().ContainSingle().Subject;
        found.Name.Should().Be($"济南{trade}建设集团有限公司");
        found.CountyName.Should().Be("历城区");
        (await Find($"{trade}劳务")).Units.Should().BeEmpty();
    }

    [Fact]
    public async Task A_load_with_any_bad_unit_names_every_error_and_changes_nothing()
    {
        var trade = TradeName();
        var good = new RegisteredUnit(Scenarios.NewCreditCode("370102"), $"济南{trade}物流有限公司", "370102");

        var problem = await app.Host.Scenario(x =>
        {
            x.Post.Json(new LoadEmployerDirectory([good, new RegisteredUnit(Scenarios.NewCreditCode()[..17] + "I", "", "110101"), null])).ToUrl(EmployerDirectoryEndpoints.LoadPath);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
            x.StatusCodeShouldBe(400);
        });

        var errors = (await problem.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors;
        errors.Keys.Should().BeEquivalentTo("units[1].creditCode", "units[1].name", "units[1].countyCode", "units[2]");
        errors["units[1].creditCode"].Single().Should().Contain("统一社会信用代码无效").And.Contain("invalid");
        (await Find(trade)).Units.Should().BeEmpty();
    }

    [Fact]
    public async Task Only_an_administrator_loads_the_directory_and_a_search_needs_two_characters()
    {
        var unit = new RegisteredUnit(Scenarios.NewCreditCode("370102"), $"济南{TradeName()}纺织有限公司", "370102");
        await app.Host.Scenario(x =>
        {
            x.Post.Json(new LoadEmployerDirectory([unit])).ToUrl(EmployerDirectoryEndpoints.LoadPath);
            x.StatusCodeShouldBe(401);
        });
        foreach (var user in new[] { StaffUsers.Inspector("370102"), StaffUsers.Supervisor(LaborRights.Security.StaffScope.ProvinceCode) })
        {
            await app.Host.Scenario(x =>
            {
                x.Post.Json(new LoadEmployerDirectory([unit])).ToUrl(EmployerDirectoryEndpoints.LoadPath);
                x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
                x.StatusCodeShouldBe(403);
            });
        }

        foreach (var term in new[] { "", "济", "  鲁 ", new string('鲁', 201) })
        {
            var refused = await app.Host.Scenario(x =>
            {
                x.Get.Url(Path).QueryString("q", term);
                x.StatusCodeShouldBe(400);
            });
            (await refused.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Should().ContainKey("q");
        }
    }

    private async Task<DirectoryLoad> Load(params RegisteredUnit[] units)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new LoadEmployerDirectory(units)).ToUrl(EmployerDirectoryEndpoints.LoadPath);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
            x.StatusCodeShouldBeOk();
        });
        return (await result.ReadAsJsonAsync<DirectoryLoad>())!;
    }

    private async Task<DirectoryMatches> Find(string term)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url(Path).QueryString("q", term);
            x.StatusCodeShouldBeOk();
        });
        return (await result.ReadAsJsonAsync<DirectoryMatches>())!;
    }
}
