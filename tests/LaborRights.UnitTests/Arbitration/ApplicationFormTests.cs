using LaborRights.Arbitration;
using LaborRights.Arbitration.Filing;
using LaborRights.ReferenceData;

namespace LaborRights.UnitTests.Arbitration;

public class ApplicationFormTests
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();

    private static ArbitrationApplicationForm EmployerApplies() => new(
        new PartyForm(PartyKind.Employer, " 济南鲁泰建筑工程有限公司 ", "91350100m000100y43", "0531-88886666"),
        new PartyForm(PartyKind.Worker, "王建国", "11010519491231002x", null),
        "370102", null,
        [new ClaimForm(ClaimCategory.Compensation, "劳动者违反服务期约定支付违约金", 8_000m), new ClaimForm(ClaimCategory.SocialInsurance, "确认社保缴费基数", null)],
        1, "劳动者提前离职。");

    [Fact]
    public void An_employer_may_apply_and_the_opening_event_names_the_employer_whichever_side_it_is_on()
    {
        var form = EmployerApplies();
        form.Validate(Regions).Any.Should().BeFalse();

        var applied = form.ToEvent(Guid.NewGuid(), "AR20251001-XXXXXXXX", "hash", ArbitrationChannel.Online, "applicant:online",
            ArbitrationCaseEvents.At(2025, 10, 1), LaborRights.Calendar.Deadline.Certain(new DateOnly(2025, 10, 9)));

        applied.EmployerName.Should().Be("济南鲁泰建筑工程有限公司");
        applied.EmployerCreditCode.Should().Be("91350100M000100Y43");
        applied.Respondent.IdNumber.Should().Be("11010519491231002X");
        applied.Respondent.Phone.Should().BeNull("the respondent's phone is optional");
        applied.Claims.Select(c => (c.Number, c.Category, c.Amount)).Should().Equal(
            (1, ClaimCategory.Compensation, 8_000m), (2, ClaimCategory.SocialInsurance, (decimal?)null));
    }

    [Fact]
    public void Missing_parties_and_claims_are_named_field_by_field()
    {
        var errors = new ArbitrationApplicationForm(null, new PartyForm(null, null, null, null), null, null, null, null, null)
            .Validate(Regions).ToProblem().Errors;

        errors.Keys.Should().Contain(["applicant", "respondent.kind", "respondent.name", "respondent.idNumber", "countyCode", "claims", "workersConcerned", "factsAndReasons"]);
    }

    [Fact]
    public void A_park_must_lie_in_the_county_city()
    {
        (EmployerApplies() with { ParkCode = "370671" }).Validate(Regions).ToProblem().Errors.Should().ContainKey("parkCode");
    }
}
