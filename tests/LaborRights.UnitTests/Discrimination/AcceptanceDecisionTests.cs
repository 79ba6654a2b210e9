using LaborRights.Discrimination;
using LaborRights.Discrimination.Accepting;
using LaborRights.Discrimination.Rejecting;
using LaborRights.Discrimination.RequestingMaterial;
using static LaborRights.UnitTests.Discrimination.DiscriminationCaseEvents;

namespace LaborRights.UnitTests.Discrimination;

public class AcceptanceDecisionTests
{
    private readonly DiscriminationSpecification _spec = new() { Now = At(2025, 2, 26) };

    [Fact]
    public void Accepting_gives_the_case_its_number_and_the_case_is_called_by_it()
    {
        var accepted = _spec.Given(Received())
            .When((s, ctx) => AcceptDiscriminationComplaintDecision.Decide(s, "历下区劳监立〔2025〕00012号", ctx))
            .ThenEmitsLinked<DiscriminationComplaintAccepted>();

        accepted.CaseNumber.Should().Be("历下区劳监立〔2025〕00012号");
        _spec.ThenState.CaseNumber.Should().Be("历下区劳监立〔2025〕00012号");
        _spec.ThenState.Reference.Should().Be("历下区劳监立〔2025〕00012号");
    }

    [Fact]
    public void Accepting_files_the_case_today_and_carries_the_employer_and_county_for_linkage()
    {
        var accepted = _spec.Given(Received())
            .When((s, ctx) => AcceptDiscriminationComplaintDecision.Decide(s, ctx))
            .ThenEmitsLinked<DiscriminationComplaintAccepted>();

        accepted.FiledOn.Should().Be(new DateOnly(2025, 2, 26));
        accepted.InvestigationDueOn.Should().Be(new DateOnly(2025, 5, 26), "60 working days, skipping Qingming and Labour Day");
        accepted.Employer.Should().Be(DiscriminationCaseEvents.Employer);
        accepted.CountyCode.Should().Be("370102");
        accepted.ParkCode.Should().Be("370176");
        accepted.Grounds.Should().Equal(DiscriminationGround.Sex);
        accepted.AcceptedBy.Should().Be("inspector.zhang");
        _spec.ThenState.Status.Should().Be(DiscriminationStatus.UnderInvestigation);
    }

    [Fact]
    public void The_investigation_period_is_configurable()
    {
        var accepted = new DiscriminationSpecification { Now = At(2025, 2, 26), Rules = new DiscriminationRules { InvestigationWorkingDays = 30 } }
            .Given(Received())
            .When((s, ctx) => AcceptDiscriminationComplaintDecision.Decide(s, ctx))
            .ThenEmitsLinked<DiscriminationComplaintAccepted>();
        accepted.InvestigationDueOn.Should().Be(DiscriminationSpecification.Calendar.AddWorkingDays(new DateOnly(2025, 2, 26), 30).DueOn);
    }

    [Fact]
    public void A_case_awaiting_material_can_still_be_accepted()
    {
        _spec.Given(Received(), new DiscriminationMaterialRequested(Id, "招聘广告截图", "inspector.li", At(2025, 2, 25)))
            .When((s, ctx) => AcceptDiscriminationComplaintDecision.Decide(s, ctx))
            .ThenEmitsLinked<DiscriminationComplaintAccepted>();
    }

    [Fact]
    public void Discrimination_older_than_two_years_cannot_be_accepted()
    {
        _spec.Given(Received(occurredOn: new DateOnly(2023, 2, 23)))
            .When((s, ctx) => AcceptDiscriminationComplaintDecision.Decide(s, ctx))
            .ThenRefused("time-barred");
    }

    [Fact]
    public void Discrimination_exactly_two_years_old_can_still_be_accepted()
    {
        _spec.Given(Received(occurredOn: new DateOnly(2023, 2, 24)))
            .When((s, ctx) => AcceptDiscriminationComplaintDecision.Decide(s, ctx))
            .ThenEmitsLinked<DiscriminationComplaintAccepted>();
    }

    public static TheoryData<object[]> DecidedCases() => new()
    {
        new object[] { Received(), Accepted() },
        new object[] { Received(), new DiscriminationComplaintRejected(Id, DiscriminationRejectionReason.OutsideScope, null, "x", "a", At(2025, 2, 25)) },
        new object[] { Received(), Accepted(), Found(false), Closed(DiscriminationOutcome.NotSubstantiated) },
    };

    [Theory]
    [MemberData(nameof(DecidedCases))]
    public void A_decided_case_cannot_be_accepted_rejected_or_asked_for_material(object[] history)
    {
        new DiscriminationSpecification().Given(history)
            .When((s, ctx) => AcceptDiscriminationComplaintDecision.Decide(s, ctx)).ThenRefused("not-allowed-in-status");
        new DiscriminationSpecification().Given(history)
            .When((s, ctx) => RejectDiscriminationComplaintDecision.Decide(s,
                new RejectDiscriminationComplaint(2, DiscriminationRejectionReason.OutsideScope, null, "x"), ctx))
            .ThenRefused("not-allowed-in-status");
        new DiscriminationSpecification().Given(history)
            .When((s, ctx) => DiscriminationMaterialDecisions.Decide(s, new RequestDiscriminationMaterial(2, "x"), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void Rejecting_records_the_reason_and_the_competent_body()
    {
        var rejected = _spec.Given(Received())
            .When((s, ctx) => RejectDiscriminationComplaintDecision.Decide(s,
                new RejectDiscriminationComplaint(1, DiscriminationRejectionReason.OutsideJurisdiction, "青岛市黄岛区人社局", "用工地在黄岛区"), ctx))
            .ThenEmits<DiscriminationComplaintRejected>();
        rejected.CompetentBody.Should().Be("青岛市黄岛区人社局");
        _spec.ThenState.Status.Should().Be(DiscriminationStatus.Rejected);
    }

    [Fact]
    public void A_rejection_needs_a_reason_an_explanation_and_for_jurisdiction_the_competent_body()
    {
        RejectDiscriminationComplaintDecision.Validate(new(1, DiscriminationRejectionReason.OutsideJurisdiction, null, "x")).ToProblem().Errors.Keys
            .Should().BeEquivalentTo("competentBody");
        RejectDiscriminationComplaintDecision.Validate(new(1, null, null, null)).ToProblem().Errors.Keys
            .Should().BeEquivalentTo("reason", "explanation");
        RejectDiscriminationComplaintDecision.Validate(new(1, DiscriminationRejectionReason.OutsideScope, null, "x")).Any.Should().BeFalse();
    }

    [Fact]
    public void Material_can_be_requested_while_the_acceptance_decision_is_pending()
    {
        _spec.Given(Received())
            .When((s, ctx) => DiscriminationMaterialDecisions.Decide(s, new RequestDiscriminationMaterial(1, "用人单位全称"), ctx))
            .ThenEmits<DiscriminationMaterialRequested>();
        _spec.ThenState.Status.Should().Be(DiscriminationStatus.AwaitingMaterial);
    }

    [Fact]
    public void Material_cannot_be_requested_twice_in_a_row()
    {
        _spec.Given(Received(), new DiscriminationMaterialRequested(Id, "x", "a", At(2025, 2, 25)))
            .When((s, ctx) => DiscriminationMaterialDecisions.Decide(s, new RequestDiscriminationMaterial(2, "y"), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void Supplied_material_restarts_the_five_working_day_acceptance_period()
    {
        // Supplied Fri 2025-01-24: Sun 01-26 (调休) and Mon 01-27 count, 01-28..02-04 do not, then 02-05, 02-06, 02-07.
        var supplied = new DiscriminationSpecification { Now = At(2025, 1, 24) }
            .Given(Received(at: At(2025, 1, 20), occurredOn: new DateOnly(2025, 1, 10)),
                new DiscriminationMaterialRequested(Id, "用人单位全称", "inspector.li", At(2025, 1, 21)))
            .When((s, ctx) => DiscriminationMaterialDecisions.Decide(s, new RecordDiscriminationMaterialSupplied(2, "已补交"), ctx))
            .ThenEmits<DiscriminationMaterialSupplied>();
        supplied.AcceptanceDueOn.Should().Be(new DateOnly(2025, 2, 7));
    }

    [Fact]
    public void Material_cannot_be_recorded_as_supplied_when_none_was_requested()
    {
        _spec.Given(Received())
            .When((s, ctx) => DiscriminationMaterialDecisions.Decide(s, new RecordDiscriminationMaterialSupplied(1, null), ctx))
            .ThenRefused("not-allowed-in-status");
    }
}
