using LaborRights.Common;
using LaborRights.Discrimination;
using LaborRights.Discrimination.Deadlines;
using LaborRights.Discrimination.Linking;
using Wolverine;
using static LaborRights.UnitTests.Discrimination.DiscriminationCaseEvents;

namespace LaborRights.UnitTests.Discrimination;

public class DeadlineAndLinkDecisionTests
{
    private static readonly DateOnly AcceptanceDue = new(2025, 3, 3);
    private static readonly DateOnly InvestigationDue = new(2025, 5, 23);

    [Fact]
    public void The_acceptance_deadline_passes_at_the_end_of_its_day_in_Shanghai_once()
    {
        var state = DiscriminationSpecification.Fold([Received()]);
        var message = new DiscriminationAcceptanceDeadlineReached(Id, AcceptanceDue);
        DiscriminationDeadlineDecisions.Decide(state, message, At(2025, 3, 3, 23).AddMinutes(59)).Events.Should().BeEmpty();
        var passed = DiscriminationDeadlineDecisions.Decide(state, message, new DateTimeOffset(2025, 3, 3, 16, 0, 0, TimeSpan.Zero)).Events;
        passed.Should().ContainSingle().Which.Should().BeOfType<DiscriminationAcceptanceDeadlinePassed>();
        DiscriminationDeadlineDecisions.Decide(DiscriminationSpecification.Fold([Received(), passed[0]]), message, At(2025, 3, 5))
            .Events.Should().BeEmpty("delivered twice, it appends once");
    }

    [Fact]
    public void The_acceptance_deadline_of_a_decided_or_superseded_step_appends_nothing()
    {
        var message = new DiscriminationAcceptanceDeadlineReached(Id, AcceptanceDue);
        DiscriminationDeadlineDecisions.Decide(DiscriminationSpecification.Fold([Received(), Accepted()]), message, At(2025, 3, 10))
            .Events.Should().BeEmpty();
        var supplied = new DiscriminationMaterialSupplied(Id, "", new DateOnly(2025, 3, 12), false, "inspector.li", At(2025, 3, 5));
        var state = DiscriminationSpecification.Fold([Received(), new DiscriminationMaterialRequested(Id, "x", "a", At(2025, 2, 25)), supplied]);
        DiscriminationDeadlineDecisions.Decide(state, message, At(2025, 3, 6)).Events.Should().BeEmpty();
        DiscriminationDeadlineDecisions.Decide(state, new DiscriminationAcceptanceDeadlineReached(Id, new DateOnly(2025, 3, 12)), At(2025, 3, 13))
            .Events.Should().ContainSingle();
    }

    [Fact]
    public void The_investigation_deadline_passes_for_a_case_not_closed_in_time()
    {
        var message = new DiscriminationInvestigationDeadlineReached(Id, InvestigationDue);
        foreach (var open in new[] { UnderInvestigation(), SubstantiatedCase(), NotSubstantiatedCase() })
            DiscriminationDeadlineDecisions.Decide(DiscriminationSpecification.Fold(open), message, At(2025, 5, 24)).Events
                .Should().ContainSingle().Which.Should().BeOfType<DiscriminationInvestigationDeadlinePassed>();
        DiscriminationDeadlineDecisions.Decide(DiscriminationSpecification.Fold([.. NotSubstantiatedCase(), Closed(DiscriminationOutcome.NotSubstantiated)]),
            message, At(2025, 5, 24)).Events.Should().BeEmpty();
        DiscriminationDeadlineDecisions.Decide(DiscriminationSpecification.Fold(UnderInvestigation()), message, At(2025, 5, 23, 20))
            .Events.Should().BeEmpty("the due day has not ended");
    }

    [Fact]
    public void Receiving_and_accepting_schedule_their_deadline_messages_for_the_end_of_the_due_day()
    {
        var scheduled = DiscriminationDeadlineSchedule.For([Received(), Accepted(), Found()]).OfType<DeliveryMessage<object>>().ToList();
        scheduled.Select(m => m.Message).Should().Equal(
            new DiscriminationAcceptanceDeadlineReached(Id, AcceptanceDue),
            new DiscriminationInvestigationDeadlineReached(Id, InvestigationDue));
        scheduled.Select(m => m.Options!.ScheduledTime).Should().Equal(ShanghaiTime.EndOf(AcceptanceDue), ShanghaiTime.EndOf(InvestigationDue));
    }

    private static readonly CaseReference Inspection = new(CaseKind.Inspection, Guid.Parse("11111111-2222-3333-4444-555555555555"));

    [Fact]
    public void A_case_is_linked_to_another_and_the_same_link_twice_appends_nothing()
    {
        var spec = new DiscriminationSpecification();
        var linked = spec.Given(UnderInvestigation())
            .When((s, ctx) => DiscriminationLinkDecision.Link(s, Inspection, LinkRelation.Opened, ctx))
            .ThenEmits<DiscriminationCaseLinked>();
        linked.Other.Should().Be(Inspection);
        spec.ThenState.Links.Should().Equal(new CaseLink(Inspection, "opened"));

        new DiscriminationSpecification().Given([.. UnderInvestigation(), linked])
            .When((s, ctx) => DiscriminationLinkDecision.Link(s, Inspection, LinkRelation.Opened, ctx))
            .ThenNothing();
        var second = new DiscriminationSpecification().Given([.. UnderInvestigation(), linked])
            .When((s, ctx) => DiscriminationLinkDecision.Link(s, new CaseReference(CaseKind.Arbitration, Guid.NewGuid()), LinkRelation.SameMatter, ctx));
        second.ThenEmits<DiscriminationCaseLinked>();
        second.ThenState.Links.Should().HaveCount(2, "a case can hold several links");
    }

    [Fact]
    public void A_case_cannot_be_linked_to_itself()
    {
        new DiscriminationSpecification().Given(Received())
            .When((s, ctx) => DiscriminationLinkDecision.Link(s, new CaseReference(CaseKind.Discrimination, Id), LinkRelation.SameMatter, ctx))
            .ThenRefused("self-link");
    }
}
