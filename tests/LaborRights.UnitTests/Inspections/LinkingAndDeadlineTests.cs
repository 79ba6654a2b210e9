using LaborRights.Common;
using LaborRights.Inspections;
using LaborRights.Inspections.Deadlines;
using LaborRights.Inspections.Linking;
using static LaborRights.UnitTests.Inspections.InspectionEvents;

namespace LaborRights.UnitTests.Inspections;

public class LinkingAndDeadlineTests
{
    private readonly InspectionSpecification _spec = new();
    private static readonly CaseReference WageCase = new(CaseKind.WageArrears, Guid.Parse("0b6e3c1e-9d9a-4d1f-8f64-5a4c7e8a1001"));

    [Fact]
    public void Linking_to_another_case_in_any_status()
    {
        var linked = _spec.Given([.. WithTeam(), Closed()])
            .When((s, ctx) => LinkInspectionCaseDecision.Link(s, WageCase, LinkRelation.Opened, ctx))
            .ThenEmits<InspectionCaseLinked>();
        linked.Should().BeEquivalentTo(new { Other = WageCase, Relation = "opened", LinkedBy = "inspector.zhang" });
    }

    [Fact]
    public void The_same_link_twice_is_nothing_and_another_relation_is_a_new_link()
    {
        var existing = new InspectionCaseLinked(Id, WageCase, "opened", "system:linkage", At(2025, 3, 1));
        _spec.Given(Opened(), existing).When((s, ctx) => LinkInspectionCaseDecision.Link(s, WageCase, LinkRelation.Opened, ctx)).ThenNothing();
        new InspectionSpecification().Given(Opened(), existing)
            .When((s, ctx) => LinkInspectionCaseDecision.Link(s, WageCase, LinkRelation.SameMatter, ctx))
            .ThenEmits<InspectionCaseLinked>();
        new InspectionSpecification().Given(Opened(), existing).State.Links.Should().ContainSingle();
    }

    [Fact]
    public void A_case_cannot_be_linked_to_itself()
    {
        _spec.Given(Opened()).When((s, ctx) => LinkInspectionCaseDecision.Link(s, new CaseReference(CaseKind.Inspection, Id), LinkRelation.SameMatter, ctx))
            .ThenRefused("self-link");
    }

    [Fact]
    public void A_case_opened_from_linkage_remembers_its_source()
    {
        var state = _spec.Given(Opened(InspectionOrigin.Linkage, WageCase)).State;
        state.Origin.Should().Be(InspectionOrigin.Linkage);
        state.Source.Should().Be(WageCase);
    }

    [Fact]
    public void Opening_and_extending_each_schedule_a_deadline_check_and_other_events_none()
    {
        var messages = InspectionDeadlineSchedule.For([Opened(), Team(), Extended()]).ToList();
        messages.Should().HaveCount(2);
    }

    [Fact]
    public void The_deadline_passes_for_an_open_case_once_the_due_day_has_ended()
    {
        var due = new DateOnly(2025, 5, 22);
        _spec.Given(WithTeam()).When((s, _) => InspectionDeadlineDecision.Decide(s, new(Id, due), At(2025, 5, 22, 23)))
            .ThenNothing();
        var passed = new InspectionSpecification().Given(WithTeam())
            .When((s, _) => InspectionDeadlineDecision.Decide(s, new(Id, due), At(2025, 5, 23, 0)))
            .ThenEmits<InspectionDeadlinePassed>();
        passed.DueOn.Should().Be(due);
    }

    [Fact]
    public void A_deadline_message_delivered_twice_superseded_or_for_an_ended_case_appends_nothing()
    {
        var due = new DateOnly(2025, 5, 22);
        var late = At(2025, 6, 1);
        _spec.Given([.. WithTeam(), new InspectionDeadlinePassed(Id, due, late)])
            .When((s, _) => InspectionDeadlineDecision.Decide(s, new(Id, due), late)).ThenNothing();
        new InspectionSpecification().Given([.. WithTeam(), Extended()])
            .When((s, _) => InspectionDeadlineDecision.Decide(s, new(Id, due), late)).ThenNothing();
        new InspectionSpecification().Given([.. WithTeam(), Withdrawn()])
            .When((s, _) => InspectionDeadlineDecision.Decide(s, new(Id, due), late)).ThenNothing();
    }

    [Fact]
    public void Every_event_folds_the_same_way_through_FoldEvent_and_through_Marten_methods()
    {
        object[] all = [.. AwaitingRectification(), Checked(false), Penalty(), Extended(),
            new InspectionCaseLinked(Id, WageCase, "r", "x", At(2025, 3, 1)), new InspectionDeadlinePassed(Id, new DateOnly(2025, 7, 4), At(2025, 7, 5)),
            new InspectionCaseTransferred(Id, "公安", "涉嫌犯罪", "x", At(2025, 7, 6))];
        var folded = all.Aggregate((InspectionCase?)null, (s, e) => CaseFold.Apply(s, e))!;
        folded.Should().BeEquivalentTo(InspectionSpecification.Fold(all));
        folded.Version.Should().Be(all.Length);
        folded.Status.Should().Be(InspectionStatus.Transferred);
    }
}
