using LaborRights.Inspections;
using LaborRights.Inspections.Deadlines;
using static LaborRights.UnitTests.Inspections.InspectionEvents;

namespace LaborRights.UnitTests.Inspections;

/// <summary>
/// Issue 14, item 5: one clock for one matter. The inspection that a discrimination complaint's acceptance opens is
/// the same matter under the same office: the discrimination case's period governs (ADR 0025); the inspection shows
/// it as linked and carries no second deadline for the same staff.
/// </summary>
public class OneClockTests
{
    private static readonly CaseReference Discrimination = new(CaseKind.Discrimination, Guid.Parse("5d6e3c1e-9d9a-4d1f-8f64-5a4c7e8a1001"));

    [Fact]
    public void An_inspection_opened_from_a_discrimination_complaint_has_no_deadline_of_its_own()
    {
        var opened = Opened(InspectionOrigin.Linkage, Discrimination);
        var state = InspectionSpecification.Fold([opened]);
        state.ClockGovernedBySource.Should().BeTrue();
        state.NextDueOn.Should().BeNull();
        state.NextStep.Should().BeNull();
        InspectionDeadlineSchedule.For([opened]).Should().BeEmpty();
    }

    [Fact]
    public void Other_inspections_keep_their_own_period()
    {
        var fromWageArrears = Opened(InspectionOrigin.Linkage, new CaseReference(CaseKind.WageArrears, Guid.NewGuid()));
        InspectionSpecification.Fold([fromWageArrears]).NextDueOn.Should().Be(fromWageArrears.InvestigationDueOn);
        InspectionDeadlineSchedule.For([fromWageArrears]).Should().ContainSingle();
        InspectionSpecification.Fold([Opened()]).NextDueOn.Should().NotBeNull();
    }
}
