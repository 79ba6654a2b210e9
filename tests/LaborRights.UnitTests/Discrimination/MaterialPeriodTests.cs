using LaborRights.Discrimination;
using LaborRights.Discrimination.Deadlines;
using LaborRights.Discrimination.RequestingMaterial;
using static LaborRights.UnitTests.Discrimination.DiscriminationCaseEvents;

namespace LaborRights.UnitTests.Discrimination;

/// <summary>
/// Issue 14, item 2, for discrimination complaints as for wage arrears: asking for material keeps lateness already
/// incurred; the filer has the office's period (working days) to supply it; when it lapses the configured rule applies.
/// </summary>
public class MaterialPeriodTests
{
    private static readonly DiscriminationAcceptanceDeadlinePassed Missed = new(Id, new DateOnly(2025, 3, 3), At(2025, 3, 4));

    private static DiscriminationMaterialRequested Request(DiscriminationSpecification spec, object[] history) =>
        spec.Given(history).When((s, ctx) => DiscriminationMaterialDecisions.Decide(s, new RequestDiscriminationMaterial(history.Length, "招聘广告截图"), ctx))
            .ThenEmits<DiscriminationMaterialRequested>();

    [Fact]
    public void A_request_gives_the_filer_a_period_and_keeps_the_lateness_already_incurred()
    {
        var spec = new DiscriminationSpecification { Now = At(2025, 3, 5) };
        var requested = Request(spec, [Received(), Missed]);
        requested.SupplyBy.Should().Be(DiscriminationSpecification.Calendar.AddWorkingDays(new DateOnly(2025, 3, 5), spec.Rules.MaterialSupplyWorkingDays).DueOn);

        var state = spec.ThenState;
        state.Status.Should().Be(DiscriminationStatus.AwaitingMaterial);
        state.OverdueSteps.Should().Contain(CaseSteps.Acceptance);
        state.NextStep.Should().Be(CaseSteps.Material);
        state.NextDueOn.Should().Be(requested.SupplyBy);
        DiscriminationDeadlineSchedule.For([requested]).OfType<Wolverine.DeliveryMessage<object>>().Select(m => m.Message)
            .Should().ContainSingle().Which.Should().Be(new DiscriminationMaterialSupplyDeadlineReached(Id, requested.SupplyBy!.Value));
    }

    [Fact]
    public void Material_not_supplied_in_time_ends_the_complaint_with_the_reason_or_keeps_waiting_if_the_office_says_so()
    {
        var spec = new DiscriminationSpecification { Now = At(2025, 3, 5) };
        var requested = Request(spec, [Received()]);
        var state = spec.ThenState;
        var message = new DiscriminationMaterialSupplyDeadlineReached(Id, requested.SupplyBy!.Value);
        var end = ShanghaiTime.EndOf(requested.SupplyBy.Value);

        DiscriminationDeadlineDecisions.Decide(state, message, end.AddMinutes(-1), spec.Rules).Events.Should().BeEmpty();
        var lapsed = DiscriminationDeadlineDecisions.Decide(state, message, end, spec.Rules).Events
            .Should().ContainSingle().Which.Should().BeOfType<DiscriminationMaterialNotSupplied>().Subject;
        lapsed.ReasonZh.Should().Contain("逾期未补正");
        state.Evolve(lapsed).Status.Should().Be(DiscriminationStatus.Rejected);

        var waiting = DiscriminationDeadlineDecisions.Decide(state, message, end, spec.Rules with { MaterialLapse = MaterialLapseRule.KeepWaiting }).Events
            .Should().ContainSingle().Which.Should().BeOfType<DiscriminationMaterialSupplyDeadlinePassed>().Subject;
        var after = state.Evolve(waiting);
        after.Status.Should().Be(DiscriminationStatus.AwaitingMaterial);
        after.OverdueSteps.Should().Contain(CaseSteps.Material);

        var supplied = new DiscriminationSpecification { Now = At(2025, 3, 30) }.Given(Received(), requested, waiting)
            .When((s, ctx) => DiscriminationMaterialDecisions.Decide(s, new RecordDiscriminationMaterialSupplied(3, null), ctx))
            .ThenEmits<DiscriminationMaterialSupplied>();
        var resumed = after.Evolve(supplied);
        resumed.Status.Should().Be(DiscriminationStatus.PendingAcceptance);
        resumed.OverdueSteps.Should().NotContain(CaseSteps.Material);
        resumed.NextDueOn.Should().Be(supplied.AcceptanceDueOn);
    }
}
