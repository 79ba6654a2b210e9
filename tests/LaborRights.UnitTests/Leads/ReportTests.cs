using LaborRights.Leads;
using LaborRights.ReferenceData;
using LaborRights.Security;

namespace LaborRights.UnitTests.Leads;

/// <summary>举报: anyone reports, anonymously by default; the county's inspectors take the lead up or set it aside.</summary>
public class ReportTests
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private static ReportForm Form(bool? anonymous = null, string? name = null, string? phone = null, string? code = null) =>
        new(ReportSubject.WageArrears, " 王某某（包工头） ", code, "历下区某工地", "370102", " 拖欠二十多名工人三个月工资。 ", anonymous, name, phone);

    [Fact]
    public void An_anonymous_report_keeps_nothing_of_the_reporter_even_if_typed_and_needs_no_credit_code()
    {
        var form = Form(anonymous: true, name: "李四", phone: "13812345678");
        form.Validate(Regions).Any.Should().BeFalse("an employer without a credit code (a labour contractor) can be reported");
        var reported = form.ToEvent(Guid.NewGuid(), "RP20260601-ABCDEFGH", Now);
        reported.Reporter.Should().BeNull();
        (reported.EmployerName, reported.EmployerCreditCode, reported.Description).Should().Be(("王某某（包工头）", null, "拖欠二十多名工人三个月工资。"));
        InspectionLead.Create(reported).Should().Match<InspectionLead>(l => !l.Named && l.ReporterNameMasked == null && l.CityCode == "370100");
    }

    [Fact]
    public void A_named_report_needs_a_name_and_a_valid_phone_and_shows_them_masked()
    {
        Form(anonymous: false).Validate(Regions).ToProblem().Errors.Keys.Should().BeEquivalentTo(["reporterName", "reporterPhone"]);
        Form(anonymous: false, name: "李四", phone: "12345").Validate(Regions).ToProblem().Errors.Should().ContainKey("reporterPhone");
        var lead = InspectionLead.Create(Form(anonymous: false, name: "李四", phone: "13812345678").ToEvent(Guid.NewGuid(), "RP1", Now));
        (lead.Named, lead.ReporterPhoneMasked).Should().Be((true, "138****5678"));
        lead.ReporterNameMasked.Should().NotBe("李四");
    }

    [Fact]
    public void A_wrong_credit_code_or_county_is_a_field_error()
    {
        Form(code: "91350100M000100Y44").Validate(Regions).ToProblem().Errors.Should().ContainKey("employerCreditCode");
        (Form() with { CountyCode = "379999" }).Validate(Regions).ToProblem().Errors.Should().ContainKey("countyCode");
    }

    [Fact]
    public void A_lead_is_taken_up_with_a_credit_code_by_the_countys_inspector_once()
    {
        var lead = InspectionLead.Create(Form().ToEvent(Guid.NewGuid(), "RP20260601-ABCDEFGH", Now));
        LeadRules.Validate(new TakeUpLead(1, null, null), lead).ToProblem().Errors.Should().ContainKey("employerCreditCode");
        const string body = "91370102MA3C7XXX0";
        var code = body + LaborRights.Common.Identifiers.UnifiedSocialCreditCode.ComputeCheckCharacter(body);
        LeadRules.Validate(new TakeUpLead(1, code, null), lead).Any.Should().BeFalse();
        LeadRules.Validate(new TakeUpLead(1, "91370102MA3C7XXX0X", null), lead).ToProblem().Errors.Should().ContainKey("employerCreditCode");
        LeadRules.RefuseDecision(lead, StaffScopes.Of(StaffRoles.Inspector, "370202"))!.Code.Should().Be("not-the-handling-office");
        LeadRules.RefuseDecision(lead, StaffScopes.Of(StaffRoles.Inspector, "370102")).Should().BeNull();
        var setAside = lead.Apply(new LeadSetAside(lead.Id, "查无此单位", "inspector.lixia", Now));
        LeadRules.RefuseDecision(setAside, StaffScopes.Of(StaffRoles.Inspector, "370102"))!.Code.Should().Be("lead-decided");
        LeadRules.InspectionReason(lead).Should().StartWith("根据举报（举报编号RP20260601-ABCDEFGH，拖欠工资）立案检查");
    }
}
