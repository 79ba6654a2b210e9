using Alba;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.LegacyImport;
using static LaborRights.IntegrationTests.Security.PersonalDataScenarios;

namespace LaborRights.IntegrationTests.Security;

/// <summary>
/// Issue #5: an error answer never repeats an ID number or phone that was sent — a value typed into the wrong query
/// parameter, or a line of a legacy file — and names no .NET type outside Development.
/// </summary>
[Collection(AppCollection.Name)]
public class PersonalDataEchoTests(AppFixture app)
{
    [Theory]
    [InlineData("/api/wage-arrears?page={phone}")]
    [InlineData("/api/wage-arrears?status={id}")]
    [InlineData("/api/queue?kind={id}")]
    [InlineData("/api/arbitration?pageSize={phone}")]
    public async Task A_query_value_that_cannot_be_read_is_refused_without_repeating_it(string route)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url(route.Replace("{phone}", Phone).Replace("{id}", ResidentId));
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(400);
        });

        var body = await result.ReadAsTextAsync();
        body.Should().NotContain(ResidentId).And.NotContain(Phone).And.NotContain("LaborRights.", "no .NET type outside Development");
        body.Should().Contain("malformed-request").And.Contain("parameter", "the answer still says which parameter is wrong");
    }

    [Fact]
    public async Task The_import_report_names_the_wrong_lines_without_repeating_an_id_number_or_phone_from_the_file()
    {
        string[] lines =
        [
            // A legacy export that keyed a field by the value, and values outside quotes: the parser's own messages quote them.
            $$$"""{"legacyId":"PD-1","{{{ResidentId}}}":"张三","{{{Phone}}}":1}""",
            $$$"""{"legacyId":"PD-2","complainant":{"name":"张三","idNumber":"x","phone":tru{{{Phone}}}}}""",
            $$$"""{"legacyId":"PD-3","complainant":{"name":"张三","idNumber":n{{{ResidentId}}},"phone":null}}""",
        ];
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Text(string.Join("\n", lines) + "\n").ToUrl("/api/admin/imports/wage-arrears").QueryString("dryRun", "true");
            x.WithRequestHeader("Content-Type", ImportWageArrearsEndpoint.NdjsonContentType);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, "admin.wang");
            x.StatusCodeShouldBe(400);
        });

        var body = await result.ReadAsTextAsync();
        PersonalDataPatterns.Find(body).Should().BeEmpty();
        body.Should().NotContain(ResidentId).And.NotContain(Phone);
        var report = (await result.ReadAsJsonAsync<ImportReport>())!;
        report.Errors.Select(e => e.Line).Distinct().Should().BeEquivalentTo([1, 2, 3], "every wrong line is still reported");
        report.Errors.Should().Contain(e => e.Line == 1 && e.Field == ResidentIdMasked, "an unknown field is named in its masked form");
    }
}
