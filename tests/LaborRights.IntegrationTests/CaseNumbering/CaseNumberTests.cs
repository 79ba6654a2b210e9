using System.Text.RegularExpressions;
using Alba;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.IntegrationTests.Inspections;

namespace LaborRights.IntegrationTests.CaseNumbering;

/// <summary>
/// Issue 14, item 9: discrimination and inspection cases get case numbers like the other two kinds — in the county's
/// one labour-inspection series per year (立案编号), shared with wage-arrears cases, so no two filings of the office
/// carry the same number.
/// </summary>
[Collection(AppCollection.Name)]
public partial class CaseNumberTests(AppFixture app)
{
    [GeneratedRegex(@"^东营区劳监立〔\d{4}〕(\d{5})号$")]
    private static partial Regex DongyingSeries();

    [Fact]
    public async Task A_wage_arrears_a_discrimination_and_an_inspection_case_of_one_county_take_consecutive_numbers_of_one_series()
    {
        const string county = "370502"; // 东营区
        var code = Scenarios.NewCreditCode(county);
        var (wage, _) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(county: county) with { EmployerCreditCode = code });
        var discrimination = await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling(county: county, park: null) with { EmployerCreditCode = code });
        await app.Host.Act(discrimination.Id, "accept", new { version = 1 });
        var inspection = await app.Host.OpenInspection(InspectionScenarios.AnInspection(county: county, creditCode: code));

        var numbers = new[]
        {
            (await app.Host.Details(wage.Id)).Case.CaseNumber!,
            (await app.Host.DiscriminationDetails(discrimination.Id)).Case.CaseNumber!,
            inspection.CaseNumber,
        };
        numbers.Should().AllSatisfy(n => DongyingSeries().IsMatch(n).Should().BeTrue(n));
        var sequence = numbers.Select(n => int.Parse(DongyingSeries().Match(n).Groups[1].Value)).ToList();
        sequence.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder();

        // The case is called by its number in the queue and on its page.
        (await app.Host.InspectionDetails(inspection.Id)).Case.CaseNumber.Should().Be(inspection.CaseNumber);
    }
}
