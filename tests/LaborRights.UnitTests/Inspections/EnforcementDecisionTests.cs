using LaborRights.Inspections;
using LaborRights.Inspections.CheckingRectification;
using LaborRights.Inspections.OrderingRectification;
using LaborRights.Inspections.Penalising;
using static LaborRights.UnitTests.Inspections.InspectionEvents;

namespace LaborRights.UnitTests.Inspections;

/// <summary>Rectification orders, follow-up checks and penalties (劳动保障监察条例 第18条; 行政处罚法 第44条、第45条).</summary>
public class EnforcementDecisionTests
{
    private static readonly DateOnly Today = new(2025, 3, 3);
    private readonly InspectionSpecification _spec = new();

    private static OrderRectification Order(DateOnly? by = null) => new(5, "足额支付拖欠工资", by ?? Today.AddDays(7));
    private static RecordFollowUp FollowUp(bool rectified, DateOnly on) => new(7, on, rectified, "复查");
    private static readonly ImposePenalty Fine = new(7, 6_000m, "劳动保障监察条例第二十六条");

    [Fact]
    public void Ordering_rectification_of_a_violation_found()
    {
        _spec.Given(WithViolation()).When((s, ctx) => OrderRectificationDecision.Decide(s, Order(), ctx))
            .ThenEmits<RectificationOrdered>().RectifyBy.Should().Be(Today.AddDays(7));
        _spec.Given(_spec.Decision.Events.ToArray()).State.Status.Should().Be(InspectionStatus.AwaitingRectification);
    }

    [Fact]
    public void Rectification_needs_a_violation_a_future_deadline_and_no_order_already_running()
    {
        _spec.Given([.. WithTeam(), Visit(findings: 0)]).When((s, ctx) => OrderRectificationDecision.Decide(s, Order(), ctx))
            .ThenRefused("no-violation-found");
        new InspectionSpecification().Given(WithViolation()).When((s, ctx) => OrderRectificationDecision.Decide(s, Order(Today), ctx))
            .ThenRefused("rectify-by-not-in-future");
        new InspectionSpecification().Given(AwaitingRectification()).When((s, ctx) => OrderRectificationDecision.Decide(s, Order(), ctx))
            .ThenRefused("rectification-pending");
        new InspectionSpecification().Given(Opened()).When((s, ctx) => OrderRectificationDecision.Decide(s, Order(), ctx))
            .ThenRefused("inspectors-required");
    }

    [Fact]
    public void A_follow_up_after_the_deadline_finds_the_employer_did_not_rectify()
    {
        _spec.Now = At(2025, 3, 10);
        var check = _spec.Given(AwaitingRectification(new DateOnly(2025, 3, 7)))
            .When((s, ctx) => RecordFollowUpDecision.Decide(s, FollowUp(false, new DateOnly(2025, 3, 10)), ctx))
            .ThenEmits<RectificationChecked>();
        check.Rectified.Should().BeFalse();
        check.RectifyBy.Should().Be(new DateOnly(2025, 3, 7));
    }

    [Fact]
    public void A_follow_up_before_the_deadline_cannot_find_the_employer_in_default()
    {
        _spec.Given(AwaitingRectification(new DateOnly(2025, 3, 7)))
            .When((s, ctx) => RecordFollowUpDecision.Decide(s, FollowUp(false, new DateOnly(2025, 3, 7)), ctx))
            .ThenRefused("rectification-deadline-not-passed");
    }

    [Fact]
    public void A_correction_made_early_is_confirmed_at_once()
    {
        _spec.Given(AwaitingRectification(new DateOnly(2025, 3, 7)))
            .When((s, ctx) => RecordFollowUpDecision.Decide(s, FollowUp(true, Today), ctx))
            .ThenEmits<RectificationChecked>().Rectified.Should().BeTrue();
    }

    [Fact]
    public void There_is_no_follow_up_without_an_order()
    {
        _spec.Given(WithViolation()).When((s, ctx) => RecordFollowUpDecision.Decide(s, FollowUp(true, Today), ctx))
            .ThenRefused("no-rectification-order");
        RecordFollowUpDecision.Validate(new RecordFollowUp(1, Today.AddDays(1), null, null), Today).ToProblem().Errors.Keys
            .Should().Contain(["checkedOn", "rectified", "notes"]);
    }

    [Fact]
    public void A_penalty_after_the_employer_was_heard_and_did_not_rectify()
    {
        _spec.Given([.. AwaitingRectification(), Checked(rectified: false)])
            .When((s, ctx) => ImposePenaltyDecision.Decide(s, Fine, ctx))
            .ThenEmits<PenaltyImposed>().Should().BeEquivalentTo(new { Amount = 6_000m, LegalBasis = "劳动保障监察条例第二十六条" });
    }

    [Fact]
    public void A_penalty_before_the_employer_is_heard_is_refused()
    {
        _spec.Given(WithViolation()).When((s, ctx) => ImposePenaltyDecision.Decide(s, Fine, ctx))
            .ThenRefused("employer-not-heard").Chinese.Should().Contain("陈述申辩");
    }

    [Fact]
    public void A_finding_made_after_the_hearing_needs_a_new_hearing_before_a_penalty()
    {
        _spec.Given([.. WithViolation(), Heard(), Visit(number: 2), Violation(2, ViolationCategory.SocialInsurance)])
            .When((s, ctx) => ImposePenaltyDecision.Decide(s, Fine, ctx))
            .ThenRefused("employer-not-heard");
        new InspectionSpecification().Given([.. WithViolation(), Heard(), Visit(number: 2), Violation(2), Heard(2)])
            .When((s, ctx) => ImposePenaltyDecision.Decide(s, Fine, ctx))
            .ThenEmits<PenaltyImposed>();
    }

    [Fact]
    public void No_penalty_while_the_employer_still_has_time_to_rectify()
    {
        _spec.Given(AwaitingRectification()).When((s, ctx) => ImposePenaltyDecision.Decide(s, Fine, ctx))
            .ThenRefused("rectification-pending");
    }

    [Fact]
    public void No_penalty_without_a_violation_a_team_or_twice()
    {
        _spec.Given([.. WithTeam(), Visit(findings: 0)]).When((s, ctx) => ImposePenaltyDecision.Decide(s, Fine, ctx))
            .ThenRefused("no-violation-found");
        new InspectionSpecification().Given(Opened()).When((s, ctx) => ImposePenaltyDecision.Decide(s, Fine, ctx))
            .ThenRefused("inspectors-required");
        new InspectionSpecification().Given([.. WithViolation(), Heard(), Penalty()]).When((s, ctx) => ImposePenaltyDecision.Decide(s, Fine, ctx))
            .ThenRefused("penalty-already-imposed");
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("-5", true)]
    [InlineData("100.005", true)]
    [InlineData("6000.50", false)]
    public void Fines_are_positive_yuan_with_at_most_two_decimals(string amount, bool invalid)
    {
        ImposePenaltyDecision.Validate(new ImposePenalty(1, decimal.Parse(amount), "依据")).Any.Should().Be(invalid);
        ImposePenaltyDecision.Validate(new ImposePenalty(1, 100m, null)).ToProblem().Errors.Should().ContainKey("legalBasis");
    }
}
