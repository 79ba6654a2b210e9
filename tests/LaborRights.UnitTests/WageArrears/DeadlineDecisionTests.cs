using LaborRights.WageArrears;
using LaborRights.WageArrears.Deadlines;
using static LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.WageArrears;

public class DeadlineDecisionTests
{
    private static readonly DateOnly AcceptanceDue = new(2025, 3, 3);

    [Fact]
    public void The_acceptance_deadline_passes_at_the_end_of_its_day_in_Shanghai()
    {
        var state = CaseSpecification.Fold([Received()]);
        var message = new AcceptanceDeadlineReached(Id, AcceptanceDue);
        // 23:59 on the due day in Shanghai is still in time (15:59 UTC).
        DeadlineDecisions.Decide(state, message, At(2025, 3, 3, 23).AddMinutes(59)).Events.Should().BeEmpty();
        DeadlineDecisions.Decide(state, message, new DateTimeOffset(2025, 3, 3, 16, 0, 0, TimeSpan.Zero)).Events
            .Should().ContainSingle().Which.Should().BeOfType<AcceptanceDeadlinePassed>();
    }

    [Fact]
    public void A_deadline_message_for_a_decided_case_appends_nothing()
    {
        var state = CaseSpecification.Fold([Received(), Accepted()]);
        DeadlineDecisions.Decide(state, new AcceptanceDeadlineReached(Id, AcceptanceDue), At(2025, 3, 10)).Events.Should().BeEmpty();
    }

    [Fact]
    public void A_deadline_message_delivered_twice_appends_once()
    {
        var message = new AcceptanceDeadlineReached(Id, AcceptanceDue);
        var first = DeadlineDecisions.Decide(CaseSpecification.Fold([Received()]), message, At(2025, 3, 4)).Events.Single();
        DeadlineDecisions.Decide(CaseSpecification.Fold([Received(), first]), message, At(2025, 3, 4)).Events.Should().BeEmpty();
    }

    [Fact]
    public void A_superseded_acceptance_deadline_appends_nothing()
    {
        var supplied = new MaterialSupplied(Id, "", new DateOnly(2025, 3, 12), false, "inspector.li", At(2025, 3, 5));
        var state = CaseSpecification.Fold([Received(), new MaterialRequested(Id, "x", "a", At(2025, 2, 25)), supplied]);
        DeadlineDecisions.Decide(state, new AcceptanceDeadlineReached(Id, AcceptanceDue), At(2025, 3, 6)).Events.Should().BeEmpty();
        DeadlineDecisions.Decide(state, new AcceptanceDeadlineReached(Id, new DateOnly(2025, 3, 12)), At(2025, 3, 13)).Events
            .Should().ContainSingle();
    }

    [Fact]
    public void A_second_acceptance_deadline_after_late_material_passes_too()
    {
        var firstMissed = new AcceptanceDeadlinePassed(Id, AcceptanceDue, At(2025, 3, 4));
        var supplied = new MaterialSupplied(Id, "", new DateOnly(2025, 3, 14), false, "inspector.li", At(2025, 3, 7));
        var state = CaseSpecification.Fold([Received(), firstMissed, new MaterialRequested(Id, "x", "a", At(2025, 3, 5)), supplied]);

        DeadlineDecisions.Decide(state, new AcceptanceDeadlineReached(Id, new DateOnly(2025, 3, 14)), At(2025, 3, 15)).Events
            .Should().ContainSingle().Which.Should().BeOfType<AcceptanceDeadlinePassed>().Which.DueOn.Should().Be(new DateOnly(2025, 3, 14));
    }

    [Fact]
    public void The_investigation_deadline_passes_for_an_open_case_and_not_for_a_closed_or_extended_one()
    {
        var due = new DateOnly(2025, 5, 23);
        var message = new InvestigationDeadlineReached(Id, due);
        DeadlineDecisions.Decide(CaseSpecification.Fold(UnderInvestigation()), message, At(2025, 5, 24)).Events
            .Should().ContainSingle().Which.Should().BeOfType<InvestigationDeadlinePassed>();
        DeadlineDecisions.Decide(CaseSpecification.Fold([.. UnderInvestigation(), Closed(ClosureOutcome.Withdrawn)]), message, At(2025, 5, 24))
            .Events.Should().BeEmpty();
        var extended = new InvestigationExtended(Id, due, new DateOnly(2025, 7, 4), false, "赵强", "x", "li", At(2025, 5, 6));
        DeadlineDecisions.Decide(CaseSpecification.Fold([.. UnderInvestigation(), extended]), message, At(2025, 5, 24))
            .Events.Should().BeEmpty();
    }

    [Fact]
    public void The_payment_deadline_passes_only_while_money_is_owed()
    {
        var payBy = new DateOnly(2025, 3, 10);
        var message = new PaymentDeadlineReached(Id, payBy);
        var passed = DeadlineDecisions.Decide(CaseSpecification.Fold(PaymentOrderedCase(payBy)), message, At(2025, 3, 11)).Events;
        passed.Should().ContainSingle().Which.Should().BeOfType<PaymentDeadlinePassed>().Which.Outstanding.Should().Be(45_000m);
        DeadlineDecisions.Decide(CaseSpecification.Fold([.. PaymentOrderedCase(payBy), Recovered(45_000m, 6)]), message, At(2025, 3, 11))
            .Events.Should().BeEmpty();
    }
}
