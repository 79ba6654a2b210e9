using LaborRights.Common;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Linking;
using static LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.WageArrears;

public class LinkDecisionTests
{
    private static readonly CaseReference Inspection = new(CaseKind.Inspection, Guid.Parse("2b0b6c0e-1111-4c6a-9d3e-000000000001"));

    [Fact]
    public void A_new_link_is_recorded_and_the_same_link_again_changes_nothing()
    {
        var state = CaseSpecification.Fold([Received()]);
        var linked = LinkWageArrearsCaseDecision.Decide(state, new LinkWageArrearsCase(Id, Inspection, LinkRelation.SameMatter), CaseEventMetadata.Linkage, At(2025, 3, 1))
            .Events.Should().ContainSingle().Which.Should().BeOfType<WageArrearsCaseLinked>().Subject;

        var after = CaseSpecification.Fold([Received(), linked]);
        after.Links.Should().ContainSingle();
        LinkWageArrearsCaseDecision.Decide(after, new LinkWageArrearsCase(Id, Inspection, LinkRelation.SameMatter), CaseEventMetadata.Linkage, At(2025, 3, 2))
            .Events.Should().BeEmpty();
    }

    [Fact]
    public void A_case_opened_from_another_starts_linked_to_it()
    {
        var referral = Received() with { Complainant = null, Channel = IntakeChannel.Referral, Source = Inspection };
        CaseSpecification.Fold([referral]).Links.Should().Equal(new CaseLink(Inspection, "opened-from"));
    }
}
