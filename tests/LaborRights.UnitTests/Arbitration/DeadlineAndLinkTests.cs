using LaborRights.Arbitration;
using LaborRights.Arbitration.Deadlines;
using LaborRights.Arbitration.Linking;
using LaborRights.Arbitration.ReportingUnpaidAward;
using LaborRights.Common;
using static LaborRights.UnitTests.Arbitration.ArbitrationCaseEvents;

namespace LaborRights.UnitTests.Arbitration;

public class DeadlineAndLinkTests
{
    private static readonly DateOnly AcceptanceDue = new(2025, 8, 15);
    private static DateTimeOffset EndOf(DateOnly day) => ShanghaiTime.EndOf(day);

    [Fact]
    public void An_undecided_application_becomes_overdue_once_its_day_has_ended()
    {
        var state = ArbitrationSpecification.Fold([Applied()]);
        var message = new ArbitrationAcceptanceDeadlineReached(Id, AcceptanceDue);

        ArbitrationDeadlineDecisions.Decide(state, message, EndOf(AcceptanceDue).AddSeconds(-1)).Events.Should().BeEmpty("not yet");
        var passed = ArbitrationDeadlineDecisions.Decide(state, message, EndOf(AcceptanceDue)).Events.Should().ContainSingle()
            .Which.Should().BeOfType<ArbitrationAcceptanceDeadlinePassed>().Subject;
        var overdue = CaseFold.Apply(state, passed);
        ArbitrationDeadlineDecisions.Decide(overdue, message, EndOf(AcceptanceDue).AddDays(1)).Events.Should().BeEmpty("delivered twice");
        ArbitrationDeadlineDecisions.Decide(ArbitrationSpecification.Fold(InProceedings()), message, EndOf(AcceptanceDue)).Events
            .Should().BeEmpty("decided in time");
    }

    [Fact]
    public void The_award_deadline_passes_only_for_the_current_due_date_of_a_running_clock()
    {
        var state = ArbitrationSpecification.Fold(HeardCase());
        var due = state.AwardDueOn!.Value;
        ArbitrationDeadlineDecisions.Decide(state, new AwardDeadlineReached(Id, due), EndOf(due)).Events
            .Should().ContainSingle().Which.Should().BeOfType<AwardDeadlinePassed>();
        ArbitrationDeadlineDecisions.Decide(state, new AwardDeadlineReached(Id, due.AddDays(-3)), EndOf(due)).Events
            .Should().BeEmpty("a superseded due date");
        var suspended = CaseFold.Apply(state, new ArbitrationSuspended(Id, "x", due.AddDays(-1), "clerk", At(2025, 9, 25)));
        ArbitrationDeadlineDecisions.Decide(suspended, new AwardDeadlineReached(Id, due), EndOf(due)).Events.Should().BeEmpty("the clock is stopped");
        ArbitrationDeadlineDecisions.Decide(ArbitrationSpecification.Fold(AwardedCase()), new AwardDeadlineReached(Id, due), EndOf(due)).Events
            .Should().BeEmpty("awarded");
    }

    [Fact]
    public void Every_event_that_moves_a_clock_schedules_a_deadline_message()
    {
        var events = new object[]
        {
            Applied(), Accepted(),
            new ArbitrationPeriodExtended(Id, 15, new(2025, 9, 26), new(2025, 10, 11), false, "主任", "x", "clerk", At(2025, 9, 1)),
            new ArbitrationResumed(Id, new(2025, 9, 5), 3, new(2025, 10, 14), false, "clerk", At(2025, 9, 5)),
            MediationFailed(),
        };
        var messages = ArbitrationDeadlineSchedule.For(events).Select(m => ((Wolverine.DeliveryMessage<object>)m).Message).ToList();
        messages.Should().Equal(
            new ArbitrationAcceptanceDeadlineReached(Id, AcceptanceDue),
            new AwardDeadlineReached(Id, new DateOnly(2025, 9, 26)),
            new AwardDeadlineReached(Id, new DateOnly(2025, 10, 11)),
            new AwardDeadlineReached(Id, new DateOnly(2025, 10, 14)));
    }

    [Fact]
    public void The_worker_may_report_a_money_award_unpaid_once()
    {
        var spec = new ArbitrationSpecification { Now = At(2025, 10, 20) }.Given(AwardedCase(pay: 20_000m));
        var reported = spec.When((s, ctx) => ReportAwardUnpaidDecision.Decide(s, new ReportAwardUnpaid(8, 20_000m, "单位拒不支付"), ctx))
            .ThenEmitsLinked<AwardReportedUnpaid>();
        reported.AmountAwarded.Should().Be(20_000m);
        reported.AmountUnpaid.Should().Be(20_000m);

        new ArbitrationSpecification().Given([.. AwardedCase(pay: 20_000m), reported])
            .When((s, ctx) => ReportAwardUnpaidDecision.Decide(s, new ReportAwardUnpaid(9, null, "again"), ctx)).ThenNothing();
    }

    [Fact]
    public void An_award_on_an_employers_application_cannot_be_reported_unpaid_by_the_employer()
    {
        var history = AwardedCase(pay: 20_000m);
        var employerFirst = (ArbitrationApplied)history[0] with { Applicant = ArbitrationCaseEvents.Employer, Respondent = Worker };
        new ArbitrationSpecification { Now = At(2025, 10, 20) }.Given([employerFirst, .. history.Skip(1)])
            .When((s, ctx) => ReportAwardUnpaidDecision.Decide(s, new ReportAwardUnpaid(8, 20_000m, "x"), ctx))
            .ThenRefused("only-worker-awards");
    }

    [Fact]
    public void A_partial_award_of_money_can_already_be_reported_unpaid()
    {
        var partial = new PartialAwardIssued(Id, [Item(1, ClaimCategory.Pay, 10_000m, true)], Wage(), false, "arbitrator.li", At(2025, 9, 1));
        new ArbitrationSpecification().Given([.. ReadyForAward(), partial])
            .When((s, ctx) => ReportAwardUnpaidDecision.Decide(s, new ReportAwardUnpaid(7, null, "未付"), ctx))
            .ThenEmitsLinked<AwardReportedUnpaid>().AmountAwarded.Should().Be(10_000m);
    }

    [Fact]
    public void An_unpaid_report_needs_a_money_award_and_cannot_exceed_it()
    {
        var spec = new ArbitrationSpecification();
        spec.Given(HeardCase()).When((s, ctx) => ReportAwardUnpaidDecision.Decide(s, new ReportAwardUnpaid(5, null, "x"), ctx)).ThenRefused("no-award-yet");
        var nothingGranted = new ArbitrationAwardIssued(Id,
            [Item(1, ClaimCategory.Pay, 0m, true), Item(2, ClaimCategory.Overtime, 0m, true), Item(3, ClaimCategory.WorkingTimeRestStandards, null, true)],
            Wage(), false, "arbitrator.li", At(2025, 9, 1));
        new ArbitrationSpecification().Given([.. ReadyForAward(), nothingGranted])
            .When((s, ctx) => ReportAwardUnpaidDecision.Decide(s, new ReportAwardUnpaid(7, null, "x"), ctx)).ThenRefused("no-money-awarded");
        new ArbitrationSpecification().Given(AwardedCase(pay: 20_000m))
            .When((s, ctx) => ReportAwardUnpaidDecision.Decide(s, new ReportAwardUnpaid(7, 20_000.01m, "x"), ctx)).ThenRefused("unpaid-exceeds-award");
        ReportAwardUnpaidDecision.Validate(new ReportAwardUnpaid(1, -1m, "")).ToProblem().Errors.Keys.Should().BeEquivalentTo("amountUnpaid", "note");
    }

    [Fact]
    public void Links_are_kept_and_the_same_link_again_appends_nothing()
    {
        var other = new CaseReference(CaseKind.WageArrears, Guid.Parse("0b6e3c1e-9d9a-4d1f-8f64-5a4c7e8a1001"));
        var spec = new ArbitrationSpecification { Actor = LinkArbitrationCaseDecision.LinkageActor }.Given(AwardedCase());
        var linked = spec.When((s, ctx) => LinkArbitrationCaseDecision.Link(s, other, LinkRelation.Opened, ctx)).ThenEmits<ArbitrationCaseLinked>();
        linked.Relation.Should().Be("opened", "the relation is recorded by its stable name");
        linked.LinkedBy.Should().Be("system:linkage");

        var withLink = new ArbitrationSpecification().Given([.. AwardedCase(), linked]);
        withLink.When((s, ctx) => LinkArbitrationCaseDecision.Link(s, other, LinkRelation.Opened, ctx)).ThenNothing();
        withLink.When((s, ctx) => LinkArbitrationCaseDecision.Link(s, other, LinkRelation.SameMatter, ctx)).ThenEmits<ArbitrationCaseLinked>();
        withLink.ThenState.Links.Should().HaveCount(2);
        withLink.When((s, ctx) => LinkArbitrationCaseDecision.Link(s, new CaseReference(CaseKind.Arbitration, Id), LinkRelation.SameMatter, ctx)).ThenRefused("self-link");
    }
}
