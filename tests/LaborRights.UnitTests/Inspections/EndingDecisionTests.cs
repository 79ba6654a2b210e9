using LaborRights.Inspections;
using LaborRights.Inspections.Closing;
using LaborRights.Inspections.Extending;
using LaborRights.Inspections.Transferring;
using LaborRights.Inspections.Withdrawing;
using static LaborRights.UnitTests.Inspections.InspectionEvents;

namespace LaborRights.UnitTests.Inspections;

/// <summary>Closing, withdrawing (撤销立案), transferring and extending the period (劳动保障监察条例 第17条、第18条).</summary>
public class EndingDecisionTests
{
    private readonly InspectionSpecification _spec = new();

    private static CloseInspection Close(InspectionOutcome outcome) => new(9, outcome, "结案说明");
    private static readonly WithdrawInspection Withdraw = new(9, "情节轻微且已改正");

    [Fact]
    public void Closing_as_penalised_rectified_or_no_violation_found_when_the_events_show_it()
    {
        _spec.Given([.. WithViolation(), Heard(), Penalty()]).When((s, ctx) => CloseInspectionDecision.Decide(s, Close(InspectionOutcome.Penalised), ctx))
            .ThenEmits<InspectionCaseClosed>().Outcome.Should().Be(InspectionOutcome.Penalised);
        new InspectionSpecification().Given([.. AwaitingRectification(), Checked(rectified: true)])
            .When((s, ctx) => CloseInspectionDecision.Decide(s, Close(InspectionOutcome.Rectified), ctx))
            .ThenEmits<InspectionCaseClosed>();
        new InspectionSpecification().Given([.. WithTeam(), Visit(findings: 0)])
            .When((s, ctx) => CloseInspectionDecision.Decide(s, Close(InspectionOutcome.NoViolationFound), ctx))
            .ThenEmits<InspectionCaseClosed>();
    }

    [Fact]
    public void An_outcome_the_events_do_not_show_is_refused()
    {
        _spec.Given(WithViolation()).When((s, ctx) => CloseInspectionDecision.Decide(s, Close(InspectionOutcome.Penalised), ctx))
            .ThenRefused("outcome-mismatch");
        new InspectionSpecification().Given([.. AwaitingRectification(), Checked(rectified: false)])
            .When((s, ctx) => CloseInspectionDecision.Decide(s, Close(InspectionOutcome.Rectified), ctx))
            .ThenRefused("outcome-mismatch");
        new InspectionSpecification().Given(WithViolation())
            .When((s, ctx) => CloseInspectionDecision.Decide(s, Close(InspectionOutcome.NoViolationFound), ctx))
            .ThenRefused("outcome-mismatch");
        new InspectionSpecification().Given(WithTeam())
            .When((s, ctx) => CloseInspectionDecision.Decide(s, Close(InspectionOutcome.NoViolationFound), ctx))
            .ThenRefused("outcome-mismatch");
    }

    [Fact]
    public void A_case_cannot_close_while_a_rectification_order_runs_or_twice()
    {
        _spec.Given(AwaitingRectification()).When((s, ctx) => CloseInspectionDecision.Decide(s, Close(InspectionOutcome.Rectified), ctx))
            .ThenRefused("rectification-pending");
        new InspectionSpecification().Given([.. WithViolation(), Heard(), Penalty(), Closed()])
            .When((s, ctx) => CloseInspectionDecision.Decide(s, Close(InspectionOutcome.Penalised), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void A_filing_is_withdrawn_when_the_minor_violation_was_corrected_or_none_was_found()
    {
        _spec.Given([.. AwaitingRectification(), Checked(rectified: true)]).When((s, ctx) => WithdrawInspectionDecision.Decide(s, Withdraw, ctx))
            .ThenEmits<InspectionCaseWithdrawn>();
        new InspectionSpecification().Given(Opened()).When((s, ctx) => WithdrawInspectionDecision.Decide(s, Withdraw, ctx))
            .ThenEmits<InspectionCaseWithdrawn>();
    }

    [Fact]
    public void An_uncorrected_or_penalised_violation_cannot_be_withdrawn()
    {
        _spec.Given(WithViolation()).When((s, ctx) => WithdrawInspectionDecision.Decide(s, Withdraw, ctx)).ThenRefused("not-corrected");
        new InspectionSpecification().Given([.. AwaitingRectification(), Checked(rectified: false)])
            .When((s, ctx) => WithdrawInspectionDecision.Decide(s, Withdraw, ctx)).ThenRefused("not-corrected");
        new InspectionSpecification().Given([.. AwaitingRectification(), Checked(rectified: true), Heard(), Penalty()])
            .When((s, ctx) => WithdrawInspectionDecision.Decide(s, Withdraw, ctx)).ThenRefused("penalty-imposed");
        new InspectionSpecification().Given(AwaitingRectification())
            .When((s, ctx) => WithdrawInspectionDecision.Decide(s, Withdraw, ctx)).ThenRefused("rectification-pending");
        new InspectionSpecification().Given([.. WithTeam(), Withdrawn()])
            .When((s, ctx) => WithdrawInspectionDecision.Decide(s, Withdraw, ctx)).ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void An_open_case_is_transferred_to_the_department_named_even_after_a_penalty()
    {
        _spec.Given([.. WithViolation(), Heard(), Penalty()])
            .When((s, ctx) => TransferInspectionDecision.Decide(s, new TransferInspection(9, " 济南市公安局 ", "涉嫌拒不支付劳动报酬罪"), ctx))
            .ThenEmits<InspectionCaseTransferred>().Department.Should().Be("济南市公安局");
        new InspectionSpecification().Given([.. WithTeam(), Closed()])
            .When((s, ctx) => TransferInspectionDecision.Decide(s, new TransferInspection(3, "市场监管局", "x"), ctx))
            .ThenRefused("not-allowed-in-status");
        TransferInspectionDecision.Validate(new TransferInspection(1, null, null)).ToProblem().Errors.Keys.Should().Contain(["department", "reason"]);
    }

    private static ExtensionRequested Requested() => new(Id, new DateOnly(2025, 5, 22), "案情复杂", "inspector.zhang", At(2025, 3, 3));

    private static Decision Approve(InspectionCase s, CaseContext<InspectionRules> ctx) =>
        ExtendInspectionDecision.Decide(s, new ExtendInspection(s.Version, null, null), ctx);

    [Fact]
    public void The_period_is_extended_once_by_thirty_working_days_when_a_supervisor_approves_the_request()
    {
        var requested = _spec.Given(WithTeam())
            .When((s, ctx) => ExtensionRequests.Request(s.Id, s.ExtensionPeriod, new RequestExtension(2, "案情复杂"), ctx.Actor, ctx.Now))
            .ThenEmits<ExtensionRequested>();
        var extended = new InspectionSpecification { Actor = "supervisor.jinan", Scope = StaffScopes.JinanSupervisor }.Given([.. WithTeam(), requested])
            .When(Approve)
            .ThenEmits<InspectionPeriodExtended>();
        extended.PreviousDueOn.Should().Be(new DateOnly(2025, 5, 22));
        extended.NewDueOn.Should().Be(InspectionSpecification.Calendar.AddWorkingDays(new DateOnly(2025, 5, 22), 30).DueOn);
        extended.ApprovedBy.Should().Be("supervisor.jinan");
    }

    [Fact]
    public void A_second_extension_is_refused()
    {
        _spec.Given([.. WithTeam(), Extended()])
            .When((s, ctx) => ExtensionRequests.Request(s.Id, s.ExtensionPeriod, new RequestExtension(3, "再延"), ctx.Actor, ctx.Now))
            .ThenRefused("already-extended");
    }

    [Fact]
    public void Extending_needs_an_approver_above_the_county_a_running_period_and_an_open_case()
    {
        new InspectionSpecification { Scope = StaffScopes.Of(LaborRights.Security.StaffRoles.Inspector, "370102") }.Given([.. WithTeam(), Requested()])
            .When(Approve).ThenRefused("not-an-approver");
        new InspectionSpecification { Now = At(2025, 5, 23), Actor = "supervisor.jinan", Scope = StaffScopes.JinanSupervisor }.Given([.. WithTeam(), Requested()])
            .When(Approve).ThenRefused("period-already-expired");
        new InspectionSpecification { Actor = "supervisor.jinan", Scope = StaffScopes.JinanSupervisor }.Given([.. WithTeam(), Requested(), Withdrawn()])
            .When(Approve).ThenRefused("not-allowed-in-status");
    }
}
