using LaborRights.WageArrears;
using LaborRights.WageArrears.Accepting;
using LaborRights.WageArrears.Rejecting;
using LaborRights.WageArrears.RequestingMaterial;
using static LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.WageArrears;

public class AcceptanceDecisionTests
{
    private readonly CaseSpecification _spec = new() { Now = At(2025, 2, 26) };

    [Fact]
    public void Accepting_files_the_case_today_with_a_60_working_day_investigation_period()
    {
        var accepted = _spec.Given(Received())
            .When((s, ctx) => AcceptComplaintDecision.Decide(s, "历下区劳监立〔2025〕00007号", ctx))
            .ThenEmits<ComplaintAccepted>();

        accepted.FiledOn.Should().Be(new DateOnly(2025, 2, 26));
        accepted.CaseNumber.Should().Be("历下区劳监立〔2025〕00007号");
        // 60 working days after 2025-02-26, skipping Qingming (04-04) and Labour Day (05-01..05) but working Sun 04-27.
        accepted.InvestigationDueOn.Should().Be(CaseSpecification.Calendar.AddWorkingDays(new DateOnly(2025, 2, 26), 60).DueOn);
        accepted.InvestigationDueOn.Should().Be(new DateOnly(2025, 5, 26));
        accepted.InvestigationDueIsProvisional.Should().BeFalse();
        accepted.AcceptedBy.Should().Be("inspector.zhang");
        CaseSpecification.Fold([Received(), accepted]).Status.Should().Be(CaseStatus.UnderInvestigation);
    }

    [Fact]
    public void A_case_can_be_accepted_after_the_requested_material_arrives()
    {
        _spec.Given(Received(), new MaterialRequested(Id, "劳动合同", "inspector.li", At(2025, 2, 25)))
            .When((s, ctx) => AcceptComplaintDecision.Decide(s, "n", ctx))
            .ThenEmits<ComplaintAccepted>();
    }

    [Fact]
    public void A_violation_older_than_two_years_cannot_be_accepted()
    {
        _spec.Given(Received(at: At(2025, 2, 24), employedTo: new DateOnly(2023, 2, 23)))
            .When((s, ctx) => AcceptComplaintDecision.Decide(s, "n", ctx))
            .ThenRefused("time-barred");
    }

    [Fact]
    public void A_violation_exactly_two_years_old_can_still_be_accepted()
    {
        _spec.Given(Received(at: At(2025, 2, 24), employedTo: new DateOnly(2023, 2, 24)))
            .When((s, ctx) => AcceptComplaintDecision.Decide(s, "n", ctx))
            .ThenEmits<ComplaintAccepted>();
    }

    [Theory]
    [MemberData(nameof(DecidedCases))]
    public void A_decided_complaint_cannot_be_accepted_again(object[] history)
    {
        _spec.Given(history).When((s, ctx) => AcceptComplaintDecision.Decide(s, "n", ctx)).ThenRefused("not-allowed-in-status");
    }

    public static TheoryData<object[]> DecidedCases() => new()
    {
        new object[] { Received(), Accepted() },
        new object[] { Received(), new ComplaintRejected(Id, RejectionReason.OutsideScope, null, "x", "a", At(2025, 2, 25)) },
    };

    [Fact]
    public void Rejecting_records_the_reason_and_the_competent_body()
    {
        var rejected = _spec.Given(Received())
            .When((s, ctx) => RejectComplaintDecision.Decide(s,
                new RejectComplaint(1, RejectionReason.OutsideJurisdiction, "青岛市黄岛区人社局", "用工地在黄岛区"), ctx))
            .ThenEmits<ComplaintRejected>();
        rejected.CompetentBody.Should().Be("青岛市黄岛区人社局");
        CaseSpecification.Fold([Received(), rejected]).Status.Should().Be(CaseStatus.Rejected);
    }

    [Fact]
    public void Outside_jurisdiction_without_naming_the_competent_body_is_a_field_error()
    {
        RejectComplaintDecision.Validate(new RejectComplaint(1, RejectionReason.OutsideJurisdiction, null, "x")).Any.Should().BeTrue();
        RejectComplaintDecision.Validate(new RejectComplaint(1, RejectionReason.OutsideScope, null, "x")).Any.Should().BeFalse();
        RejectComplaintDecision.Validate(new RejectComplaint(1, null, null, null)).ToProblem().Errors.Keys
            .Should().BeEquivalentTo("reason", "explanation");
    }

    [Fact]
    public void An_accepted_case_cannot_be_rejected()
    {
        _spec.Given(Received(), Accepted())
            .When((s, ctx) => RejectComplaintDecision.Decide(s, new RejectComplaint(2, RejectionReason.OutsideScope, null, "x"), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void Material_can_be_requested_only_while_the_acceptance_decision_is_pending()
    {
        _spec.Given(Received())
            .When((s, ctx) => MaterialDecisions.Decide(s, new RequestMaterial(1, "工资条"), ctx))
            .ThenEmits<MaterialRequested>();

        new CaseSpecification().Given(Received(), Accepted())
            .When((s, ctx) => MaterialDecisions.Decide(s, new RequestMaterial(2, "工资条"), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void Supplied_material_restarts_the_five_working_day_acceptance_period()
    {
        // Supplied Fri 2025-01-24: Sun 01-26 (调休) and Mon 01-27 count, 01-28..02-04 do not, then 02-05, 02-06, 02-07.
        var supplied = new CaseSpecification { Now = At(2025, 1, 24) }
            .Given(Received(at: At(2025, 1, 20)), new MaterialRequested(Id, "劳动合同", "inspector.li", At(2025, 1, 21)))
            .When((s, ctx) => MaterialDecisions.Decide(s, new RecordMaterialSupplied(2, "已补交"), ctx))
            .ThenEmits<MaterialSupplied>();
        supplied.AcceptanceDueOn.Should().Be(new DateOnly(2025, 2, 7));
    }

    [Fact]
    public void Material_cannot_be_recorded_as_supplied_when_none_was_requested()
    {
        _spec.Given(Received())
            .When((s, ctx) => MaterialDecisions.Decide(s, new RecordMaterialSupplied(1, null), ctx))
            .ThenRefused("not-allowed-in-status");
    }
}
