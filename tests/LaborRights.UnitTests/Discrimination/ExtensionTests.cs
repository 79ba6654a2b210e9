using LaborRights.Discrimination;
using LaborRights.Discrimination.Deadlines;
using LaborRights.Discrimination.Extending;
using static LaborRights.UnitTests.Discrimination.DiscriminationCaseEvents;

namespace LaborRights.UnitTests.Discrimination;

/// <summary>Issue 14, item 5: a discrimination case gets the one extension of 30 working days the inspection rules allow (劳动保障监察条例 第17条).</summary>
public class ExtensionTests
{
    private readonly DiscriminationSpecification _spec = new() { Now = At(2025, 4, 1) };

    [Fact]
    public void An_open_case_is_extended_once_by_30_working_days_with_someone_elses_approval()
    {
        var accepted = Accepted();
        var extended = _spec.Given(Received(), accepted)
            .When((s, ctx) => ExtendDiscriminationInvestigationDecision.Decide(s, new ExtendDiscriminationInvestigation(3, "chief.zhao", "需要调取招聘平台的记录"), ctx))
            .ThenEmits<DiscriminationInvestigationExtended>();

        extended.PreviousDueOn.Should().Be(accepted.InvestigationDueOn);
        extended.NewDueOn.Should().Be(DiscriminationSpecification.Calendar.AddWorkingDays(accepted.InvestigationDueOn, 30).DueOn);
        _spec.ThenState.InvestigationDueOn.Should().Be(extended.NewDueOn);
        _spec.ThenState.NextDueOn.Should().Be(extended.NewDueOn);
        DiscriminationDeadlineSchedule.For([extended]).OfType<Wolverine.DeliveryMessage<object>>().Select(m => m.Message)
            .Should().ContainSingle().Which.Should().Be(new DiscriminationInvestigationDeadlineReached(Id, extended.NewDueOn));

        _spec.Given(Received(), accepted, extended)
            .When((s, ctx) => ExtendDiscriminationInvestigationDecision.Decide(s, new ExtendDiscriminationInvestigation(4, "chief.zhao", "再延"), ctx))
            .ThenRefused("already-extended");
    }

    [Fact]
    public void An_extension_needs_another_persons_approval_and_an_open_case()
    {
        _spec.Given(Received(), Accepted())
            .When((s, ctx) => ExtendDiscriminationInvestigationDecision.Decide(s, new ExtendDiscriminationInvestigation(3, "inspector.zhang", "x"), ctx))
            .ThenRefused("self-approval");
        _spec.Given(Received())
            .When((s, ctx) => ExtendDiscriminationInvestigationDecision.Decide(s, new ExtendDiscriminationInvestigation(1, "chief.zhao", "x"), ctx))
            .ThenRefused("not-allowed-in-status");
    }
}
