using LaborRights.Inspections;
using LaborRights.Inspections.HearingEmployer;
using LaborRights.Inspections.VisitingSites;
using static LaborRights.UnitTests.Inspections.InspectionEvents;

namespace LaborRights.UnitTests.Inspections;

public class SiteVisitAndHearingTests
{
    private static readonly DateOnly Today = new(2025, 3, 3);
    private readonly InspectionSpecification _spec = new();

    private static RecordSiteVisit VisitCommand(DateOnly? on = null, string[]? inspectors = null, params Finding[] findings) =>
        new(3, on ?? Today, "工地", inspectors ?? ["张伟", "李娜"], "查阅台账", findings);

    private static readonly Finding Arrears = new(ViolationCategory.WageArrears, "拖欠12人工资", 86_500m, 12);

    [Fact]
    public void A_visit_records_each_finding_with_employer_county_amount_and_workers()
    {
        var events = _spec.Given(WithTeam())
            .When((s, ctx) => RecordSiteVisitDecision.Decide(s, VisitCommand(null, null, Arrears, new Finding(ViolationCategory.Overtime, "超时加班", null, 30)), ctx))
            .ThenEmitsAll();

        events.Should().HaveCount(3);
        events[0].Should().BeOfType<SiteVisitRecorded>().Which.FindingCount.Should().Be(2);
        events[1].Should().BeEquivalentTo(new
        {
            FindingNumber = 1, Category = ViolationCategory.WageArrears, AmountOwed = (decimal?)86_500m, WorkersAffected = (int?)12,
            EmployerName = "济南鲁泰建筑工程有限公司", EmployerCreditCode = CreditCode, CountyCode = "370102", FoundOn = Today,
        });
        events[2].Should().BeOfType<ViolationFound>().Which.FindingNumber.Should().Be(2);
    }

    [Fact]
    public void A_visit_without_findings_is_recorded_alone_and_finding_numbers_continue_across_visits()
    {
        _spec.Given(WithTeam()).When((s, ctx) => RecordSiteVisitDecision.Decide(s, VisitCommand(), ctx))
            .ThenEmits<SiteVisitRecorded>().FindingCount.Should().Be(0);

        var second = new InspectionSpecification().Given(WithViolation())
            .When((s, ctx) => RecordSiteVisitDecision.Decide(s, VisitCommand(null, null, Arrears), ctx)).ThenEmitsAll();
        ((SiteVisitRecorded)second[0]).VisitNumber.Should().Be(2);
        ((ViolationFound)second[1]).FindingNumber.Should().Be(2);
    }

    [Fact]
    public void A_visit_needs_two_assigned_inspectors()
    {
        _spec.Given(Opened()).When((s, ctx) => RecordSiteVisitDecision.Decide(s, VisitCommand(), ctx)).ThenRefused("inspectors-required");
    }

    [Fact]
    public void Only_assigned_inspectors_can_make_the_visit()
    {
        _spec.Given(WithTeam()).When((s, ctx) => RecordSiteVisitDecision.Decide(s, VisitCommand(null, ["张伟", "王强"]), ctx))
            .ThenRefused("visitor-not-assigned").Chinese.Should().Contain("王强");
    }

    [Fact]
    public void A_visit_cannot_predate_the_filing_nor_happen_on_a_closed_case()
    {
        _spec.Given(WithTeam()).When((s, ctx) => RecordSiteVisitDecision.Decide(s, VisitCommand(new DateOnly(2025, 2, 20)), ctx))
            .ThenRefused("visit-before-filing");
        new InspectionSpecification().Given([.. WithTeam(), Withdrawn()]).When((s, ctx) => RecordSiteVisitDecision.Decide(s, VisitCommand(), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void A_wage_arrears_finding_must_say_how_much_and_to_how_many_and_a_visit_needs_two_people()
    {
        var errors = RecordSiteVisitDecision.Validate(
            VisitCommand(Today.AddDays(1), ["张伟"], new Finding(ViolationCategory.WageArrears, "拖欠", null, null), new Finding(null, null, -1m, 0)), Today)
            .ToProblem().Errors;

        errors.Keys.Should().Contain(["visitedOn", "inspectors", "findings[0].amountOwed", "findings[0].workersAffected",
            "findings[1].category", "findings[1].description", "findings[1].amountOwed", "findings[1].workersAffected"]);
        RecordSiteVisitDecision.Validate(VisitCommand(null, null, Arrears), Today).Any.Should().BeFalse();
    }

    [Fact]
    public void Hearing_the_employer_on_the_findings()
    {
        _spec.Given(WithViolation())
            .When((s, ctx) => HearEmployerDecision.Decide(s, new HearEmployer(5, Today, " 承认拖欠 "), ctx))
            .ThenEmits<EmployerHeard>().Should().BeEquivalentTo(new { Statement = "承认拖欠", FindingsHeard = 1 });
    }

    [Fact]
    public void There_is_nothing_to_hear_before_a_violation_is_found()
    {
        _spec.Given([.. WithTeam(), Visit(findings: 0)])
            .When((s, ctx) => HearEmployerDecision.Decide(s, new HearEmployer(3, Today, "无"), ctx))
            .ThenRefused("no-violation-found");
    }

    [Fact]
    public void A_hearing_cannot_predate_the_filing_nor_happen_without_a_team()
    {
        _spec.Given(WithViolation())
            .When((s, ctx) => HearEmployerDecision.Decide(s, new HearEmployer(5, new DateOnly(2025, 2, 1), "x"), ctx))
            .ThenRefused("date-before-filing");
        new InspectionSpecification().Given(Opened())
            .When((s, ctx) => HearEmployerDecision.Decide(s, new HearEmployer(1, Today, "x"), ctx))
            .ThenRefused("inspectors-required");
        HearEmployerDecision.Validate(new HearEmployer(1, Today.AddDays(1), ""), Today).ToProblem().Errors.Keys
            .Should().Contain(["heardOn", "statement"]);
    }
}
