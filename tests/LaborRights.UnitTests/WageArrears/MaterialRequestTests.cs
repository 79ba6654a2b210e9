using LaborRights.WageArrears;
using LaborRights.WageArrears.Deadlines;
using LaborRights.WageArrears.RequestingMaterial;
using static LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.WageArrears;

/// <summary>
/// Issue 14, item 2: asking for material never wipes lateness already incurred; the worker has a stated period (in
/// working days, configured) to supply it; when it lapses the case follows the office's configured rule.
/// </summary>
public class MaterialRequestTests
{
    private static readonly DateOnly AcceptanceDue = new(2025, 3, 3);
    private static readonly AcceptanceDeadlinePassed Missed = new(Id, AcceptanceDue, At(2025, 3, 4));

    private static MaterialRequested Request(CaseSpecification spec, object[] history) =>
        spec.Given(history).When((s, ctx) => MaterialDecisions.Decide(s, new RequestMaterial(history.Length, "劳动合同、工资条"), ctx))
            .ThenEmits<MaterialRequested>();

    [Fact]
    public void A_request_after_the_acceptance_deadline_passed_leaves_the_case_late_with_the_workers_period_as_its_next_date()
    {
        var spec = new CaseSpecification { Now = At(2025, 3, 5) };
        var requested = Request(spec, [Received(), Missed]);

        var supplyBy = Specification<WageArrearsCase, CaseContext<WageArrearsRules>, CaseSpecification>.Calendar
            .AddWorkingDays(new DateOnly(2025, 3, 5), spec.Rules.MaterialSupplyWorkingDays).DueOn;
        requested.SupplyBy.Should().Be(supplyBy);

        var state = CaseSpecification.Fold([Received(), Missed, requested]);
        state.Status.Should().Be(CaseStatus.AwaitingMaterial);
        state.OverdueSteps.Should().Contain(WageArrearsCase.Acceptance, "lateness already incurred stays");
        state.NextDueOn.Should().Be(supplyBy);
        state.NextStep.Should().Be(CaseSteps.Material);
        DeadlineSchedule.For([requested]).OfType<Wolverine.DeliveryMessage<object>>().Select(m => m.Message)
            .Should().ContainSingle().Which.Should().Be(new MaterialSupplyDeadlineReached(Id, supplyBy));
    }

    [Fact]
    public void Material_not_supplied_in_time_closes_the_complaint_as_not_supplemented_with_the_reason()
    {
        var spec = new CaseSpecification { Now = At(2025, 3, 5) };
        var requested = Request(spec, [Received()]);
        var state = CaseSpecification.Fold([Received(), requested]);
        var message = new MaterialSupplyDeadlineReached(Id, requested.SupplyBy!.Value);

        DeadlineDecisions.Decide(state, message, ShanghaiTime.EndOf(requested.SupplyBy.Value).AddMinutes(-1), spec.Rules).Events.Should().BeEmpty();
        var lapsed = DeadlineDecisions.Decide(state, message, ShanghaiTime.EndOf(requested.SupplyBy.Value), spec.Rules).Events
            .Should().ContainSingle().Which.Should().BeOfType<MaterialNotSupplied>().Subject;
        lapsed.ReasonZh.Should().Contain("逾期未补正");
        CaseSpecification.Fold([Received(), requested, lapsed]).Status.Should().Be(CaseStatus.Rejected);
    }

    [Fact]
    public void An_office_that_keeps_waiting_marks_the_workers_period_as_passed_instead()
    {
        var spec = new CaseSpecification { Now = At(2025, 3, 5), Rules = new WageArrearsRules { MaterialLapse = MaterialLapseRule.KeepWaiting } };
        var requested = Request(spec, [Received()]);
        var state = CaseSpecification.Fold([Received(), requested]);
        var passed = DeadlineDecisions.Decide(state, new MaterialSupplyDeadlineReached(Id, requested.SupplyBy!.Value), ShanghaiTime.EndOf(requested.SupplyBy.Value), spec.Rules)
            .Events.Should().ContainSingle().Which.Should().BeOfType<MaterialSupplyDeadlinePassed>().Subject;
        var after = CaseSpecification.Fold([Received(), requested, passed]);
        after.Status.Should().Be(CaseStatus.AwaitingMaterial);
        after.OverdueSteps.Should().Contain(CaseSteps.Material);
    }

    [Fact]
    public void Supplied_material_restarts_the_acceptance_period_and_a_late_supply_ends_the_material_lateness()
    {
        var spec = new CaseSpecification { Now = At(2025, 3, 5), Rules = new WageArrearsRules { MaterialLapse = MaterialLapseRule.KeepWaiting } };
        var requested = Request(spec, [Received()]);
        var passed = new MaterialSupplyDeadlinePassed(Id, requested.SupplyBy!.Value, At(2025, 3, 30));
        object[] history = [Received(), requested, passed];
        var supplied = new CaseSpecification { Now = At(2025, 4, 1) }.Given(history)
            .When((s, ctx) => MaterialDecisions.Decide(s, new RecordMaterialSupplied(history.Length, null), ctx))
            .ThenEmits<MaterialSupplied>();
        var state = CaseSpecification.Fold([.. history, supplied]);
        state.Status.Should().Be(CaseStatus.PendingAcceptance);
        state.NextDueOn.Should().Be(supplied.AcceptanceDueOn);
        state.OverdueSteps.Should().NotContain(CaseSteps.Material);
    }
}
