using LaborRights.Security;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Closing;
using LaborRights.WageArrears.Extending;
using LaborRights.WageArrears.ImposingCompensation;
using LaborRights.WageArrears.Reopening;
using LaborRights.WageArrears.TransferringToPolice;
using static LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.WageArrears;

public class EnforcementDecisionTests
{
    private static readonly DateOnly PayBy = new(2025, 3, 10);

    [Fact]
    public void Extra_compensation_is_a_share_of_what_is_owed_once_the_deadline_passed_unpaid()
    {
        var imposed = new CaseSpecification { Now = At(2025, 3, 11) }
            .Given([.. PaymentOrderedCase(PayBy), Recovered(5_000m)])
            .When((s, ctx) => ImposeExtraCompensationDecision.Decide(s, new ImposeExtraCompensation(6, 0.5m), ctx))
            .ThenEmits<ExtraCompensationImposed>();
        imposed.OwedAtImposition.Should().Be(40_000m);
        imposed.Amount.Should().Be(20_000m);
        CaseSpecification.Fold([.. PaymentOrderedCase(PayBy), Recovered(5_000m), imposed]).Outstanding.Should().Be(60_000m);
    }

    [Fact]
    public void Extra_compensation_before_the_pay_by_date_has_passed_is_refused()
    {
        new CaseSpecification { Now = At(2025, 3, 10, 23) }.Given(PaymentOrderedCase(PayBy))
            .When((s, ctx) => ImposeExtraCompensationDecision.Decide(s, new ImposeExtraCompensation(5, 1m), ctx))
            .ThenRefused("payment-deadline-not-passed");
    }

    [Fact]
    public void Extra_compensation_without_an_order_to_pay_is_refused()
    {
        new CaseSpecification { Now = At(2025, 3, 11) }.Given(UnderInvestigation())
            .When((s, ctx) => ImposeExtraCompensationDecision.Decide(s, new ImposeExtraCompensation(3, 1m), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void Extra_compensation_is_imposed_once()
    {
        var spec = new CaseSpecification { Now = At(2025, 3, 11) }.Given(PaymentOrderedCase(PayBy));
        var first = spec.When((s, ctx) => ImposeExtraCompensationDecision.Decide(s, new ImposeExtraCompensation(5, 1m), ctx))
            .ThenEmits<ExtraCompensationImposed>();
        new CaseSpecification { Now = At(2025, 3, 12) }.Given([.. PaymentOrderedCase(PayBy), first])
            .When((s, ctx) => ImposeExtraCompensationDecision.Decide(s, new ImposeExtraCompensation(6, 1m), ctx))
            .ThenRefused("compensation-already-imposed");
    }

    [Theory]
    [InlineData("0.49", true)]
    [InlineData("0.5", false)]
    [InlineData("1.0", false)]
    [InlineData("1.01", true)]
    public void The_compensation_rate_is_between_half_and_all_of_what_is_owed(string rate, bool invalid)
    {
        ImposeExtraCompensationDecision.Validate(new ImposeExtraCompensation(1, decimal.Parse(rate)), new WageArrearsRules())
            .Any.Should().Be(invalid);
    }

    [Fact]
    public void One_extension_of_thirty_working_days_asked_for_by_the_inspector_and_approved_by_a_supervisor()
    {
        var asking = new CaseSpecification { Now = At(2025, 5, 6), Actor = "inspector.li" }.Given(UnderInvestigation());
        var requested = asking
            .When((s, ctx) => ExtensionRequests.Request(s.Id, s.ExtensionPeriod, new RequestExtension(3, "涉及人数多，需调取银行流水"), ctx.Actor, ctx.Now))
            .ThenEmits<ExtensionRequested>();
        requested.CurrentDueOn.Should().Be(new DateOnly(2025, 5, 23));
        asking.ThenState.AwaitsExtensionApproval.Should().BeTrue();
        asking.ThenState.NextDueOn.Should().Be(new DateOnly(2025, 5, 23), "a request changes no deadline");

        var approving = new CaseSpecification { Now = At(2025, 5, 7), Actor = "supervisor.jinan", Scope = StaffScopes.JinanSupervisor }
            .Given([.. UnderInvestigation(), requested]);
        var extended = approving
            .When((s, ctx) => ExtendInvestigationDecision.Decide(s, new ExtendInvestigation(4, null, null), ctx))
            .ThenEmits<InvestigationExtended>();
        extended.PreviousDueOn.Should().Be(new DateOnly(2025, 5, 23));
        // 30 working days after Fri 2025-05-23, skipping the Dragon Boat holiday (Mon 06-02): Mon 2025-07-07.
        extended.NewDueOn.Should().Be(new DateOnly(2025, 7, 7));
        extended.ApprovedBy.Should().Be("supervisor.jinan", "the approver is the signed-in account, not a typed name");
        extended.Reason.Should().Be("涉及人数多，需调取银行流水");
        approving.ThenState.AwaitsExtensionApproval.Should().BeFalse();

        new CaseSpecification { Now = At(2025, 5, 8), Actor = "inspector.li" }.Given([.. UnderInvestigation(), requested, extended])
            .When((s, ctx) => ExtensionRequests.Request(s.Id, s.ExtensionPeriod, new RequestExtension(5, "again"), ctx.Actor, ctx.Now))
            .ThenRefused("already-extended");
    }

    [Fact]
    public void Only_a_supervisor_of_the_city_or_the_province_approves_a_pending_request_before_the_period_ends()
    {
        object[] pending = [.. UnderInvestigation(), Requested()];
        CaseSpecification As(string actor, StaffScope scope, int day = 7) => new() { Now = At(2025, 5, day), Actor = actor, Scope = scope };
        Decision Approve(WageArrearsCase s, CaseContext<WageArrearsRules> ctx) => ExtendInvestigationDecision.Decide(s, new ExtendInvestigation(s.Version, "科长 赵强", null), ctx);

        As("supervisor.jinan", StaffScopes.JinanSupervisor).Given(UnderInvestigation()).When(Approve).ThenRefused("no-extension-request");
        As("inspector.wu", StaffScopes.Of(StaffRoles.Inspector, "370102")).Given(pending).When(Approve).ThenRefused("not-an-approver");
        As("supervisor.lixia", StaffScopes.Of(StaffRoles.Supervisor, "370102")).Given(pending).When(Approve)
            .ThenRefused("not-an-approver"); // the county's own level does not approve its extensions
        As("supervisor.qingdao", StaffScopes.Of(StaffRoles.Supervisor, "370200")).Given(pending).When(Approve).ThenRefused("not-an-approver");
        As("chair.lixia", StaffScopes.LixiaChair).Given(pending).When(Approve).ThenRefused("not-an-approver");
        As("inspector.li", StaffScopes.JinanSupervisor).Given(pending).When(Approve).ThenRefused("self-approval");
        As("supervisor.jinan", StaffScopes.JinanSupervisor, day: 26).Given(pending).When(Approve).ThenRefused("period-already-expired");
        As("supervisor.province", StaffScopes.Of(StaffRoles.Supervisor, StaffScope.ProvinceCode)).Given(pending).When(Approve)
            .ThenEmits<InvestigationExtended>().ApprovedBy.Should().Be("supervisor.province");
    }

    [Fact]
    public void A_declined_request_leaves_the_period_as_it_was_and_may_be_asked_for_again()
    {
        object[] pending = [.. UnderInvestigation(), Requested()];
        new CaseSpecification { Now = At(2025, 5, 7), Actor = "inspector.li" }.Given(pending)
            .When((s, ctx) => ExtensionRequests.Request(s.Id, s.ExtensionPeriod, new RequestExtension(4, "again"), ctx.Actor, ctx.Now))
            .ThenRefused("extension-pending");
        new CaseSpecification { Now = At(2025, 5, 7), Actor = "inspector.wu", Scope = StaffScopes.Of(StaffRoles.Inspector, "370102") }.Given(pending)
            .When((s, ctx) => ExtensionRequests.Decline(s.Id, s.ExtensionPeriod, new DeclineExtension(4, "x"), ctx.Actor, ctx.Scope, ctx.Now))
            .ThenRefused("not-an-approver");

        var declining = new CaseSpecification { Now = At(2025, 5, 7), Actor = "supervisor.jinan", Scope = StaffScopes.JinanSupervisor }.Given(pending);
        var declined = declining
            .When((s, ctx) => ExtensionRequests.Decline(s.Id, s.ExtensionPeriod, new DeclineExtension(4, "证据已足，按期办结"), ctx.Actor, ctx.Scope, ctx.Now))
            .ThenEmits<ExtensionRequestDeclined>();
        declined.DeclinedBy.Should().Be("supervisor.jinan");
        declining.ThenState.AwaitsExtensionApproval.Should().BeFalse();
        declining.ThenState.InvestigationDueOn.Should().Be(new DateOnly(2025, 5, 23));
        declining.ThenState.Extended.Should().BeFalse();

        new CaseSpecification { Now = At(2025, 5, 8), Actor = "inspector.li" }.Given([.. pending, declined])
            .When((s, ctx) => ExtensionRequests.Request(s.Id, s.ExtensionPeriod, new RequestExtension(5, "新情况"), ctx.Actor, ctx.Now))
            .ThenEmits<ExtensionRequested>();
    }

    [Fact]
    public void Transfer_to_police_needs_a_disobeyed_order_to_pay()
    {
        new CaseSpecification { Now = At(2025, 3, 11) }.Given([.. UnderInvestigation(), Confirmed()])
            .When((s, ctx) => TransferToPoliceDecision.Decide(s, new TransferToPolice(4, "公安分局", "拒不支付"), ctx))
            .ThenRefused("no-disobeyed-order");
        new CaseSpecification { Now = At(2025, 3, 10) }.Given(PaymentOrderedCase(PayBy))
            .When((s, ctx) => TransferToPoliceDecision.Decide(s, new TransferToPolice(5, "公安分局", "拒不支付"), ctx))
            .ThenRefused("no-disobeyed-order");
    }

    [Fact]
    public void Transfer_above_the_threshold_carries_no_warning()
    {
        var spec = new CaseSpecification { Now = At(2025, 3, 11) }.Given(PaymentOrderedCase(PayBy));
        spec.When((s, ctx) => TransferToPoliceDecision.Decide(s, new TransferToPolice(5, "济南市公安局历下区分局", "逾期不支付"), ctx))
            .ThenEmits<TransferredToPolice>().BelowCriminalThreshold.Should().BeFalse();
        spec.Decision.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Transfer_below_the_configurable_threshold_is_allowed_with_a_warning()
    {
        // 45,000 owed to 6 workers: below a group amount of 50,000 (and fewer than 10 workers) and a per-worker amount of 20,000.
        var spec = new CaseSpecification { Now = At(2025, 3, 11), Rules = new WageArrearsRules { CriminalThresholdAmount = 50_000m, CriminalThresholdPerWorkerAmount = 20_000m } }
            .Given(PaymentOrderedCase(PayBy));
        spec.When((s, ctx) => TransferToPoliceDecision.Decide(s, new TransferToPolice(5, "公安分局", "逾期不支付"), ctx))
            .ThenEmits<TransferredToPolice>().BelowCriminalThreshold.Should().BeTrue();
        spec.Decision.Warnings.Should().ContainSingle().Which.Code.Should().Be("below-criminal-threshold");
    }

    [Fact]
    public void A_case_is_transferred_once()
    {
        new CaseSpecification { Now = At(2025, 3, 13) }.Given([.. PaymentOrderedCase(PayBy), Transferred()])
            .When((s, ctx) => TransferToPoliceDecision.Decide(s, new TransferToPolice(6, "公安分局", "x"), ctx))
            .ThenRefused("already-transferred");
    }

    public static TheoryData<ClosureOutcome, object[]> AllowedClosures() => new()
    {
        { ClosureOutcome.FullyRecovered, [.. PaymentOrderedCase(), Recovered(45_000m, 6)] },
        { ClosureOutcome.PartlyRecovered, [.. PaymentOrderedCase(), Recovered(10_000m)] },
        { ClosureOutcome.Withdrawn, UnderInvestigation() },
        { ClosureOutcome.Transferred, [.. PaymentOrderedCase(), Transferred()] },
        { ClosureOutcome.NoViolationFound, UnderInvestigation() },
    };

    [Theory]
    [MemberData(nameof(AllowedClosures))]
    public void Closing_with_an_outcome_the_history_supports(ClosureOutcome outcome, object[] history)
    {
        new CaseSpecification().Given(history)
            .When((s, ctx) => CloseCaseDecision.Decide(s, new CloseCase(history.Length, outcome, "结案报告"), ctx))
            .ThenEmits<CaseClosed>().Outcome.Should().Be(outcome);
    }

    public static TheoryData<ClosureOutcome, object[]> MismatchedClosures() => new()
    {
        { ClosureOutcome.FullyRecovered, [.. PaymentOrderedCase(), Recovered(10_000m)] },
        { ClosureOutcome.FullyRecovered, UnderInvestigation() },
        { ClosureOutcome.PartlyRecovered, UnderInvestigation() },
        { ClosureOutcome.Transferred, PaymentOrderedCase() },
        { ClosureOutcome.NoViolationFound, PaymentOrderedCase() },
    };

    [Theory]
    [MemberData(nameof(MismatchedClosures))]
    public void Closing_with_an_outcome_the_history_contradicts_is_refused(ClosureOutcome outcome, object[] history)
    {
        new CaseSpecification().Given(history)
            .When((s, ctx) => CloseCaseDecision.Decide(s, new CloseCase(history.Length, outcome, "x"), ctx))
            .ThenRefused("outcome-mismatch");
    }

    [Fact]
    public void A_case_not_yet_accepted_cannot_be_closed()
    {
        new CaseSpecification().Given(Received())
            .When((s, ctx) => CloseCaseDecision.Decide(s, new CloseCase(1, ClosureOutcome.Withdrawn, "x"), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void A_closed_case_reopens_into_its_earlier_phase_and_an_open_one_cannot_be_reopened()
    {
        object[] history = [.. PaymentOrderedCase(), Recovered(10_000m), Closed(ClosureOutcome.PartlyRecovered)];
        var reopened = new CaseSpecification().Given(history)
            .When((s, ctx) => ReopenCaseDecision.Decide(s, new ReopenCase(history.Length, "发现新的欠薪事实", ReopeningGround.NewFacts, "投诉人补充的工资表"), ctx))
            .ThenEmits<CaseReopened>();
        CaseSpecification.Fold([.. history, reopened]).Status.Should().Be(CaseStatus.PaymentOrdered);

        new CaseSpecification().Given(UnderInvestigation())
            .When((s, ctx) => ReopenCaseDecision.Decide(s, new ReopenCase(3, "x", ReopeningGround.NewFacts, "x"), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void A_closed_case_refuses_every_investigation_step()
    {
        object[] history = [.. UnderInvestigation(), Closed(ClosureOutcome.Withdrawn)];
        new CaseSpecification().Given(history)
            .When((s, ctx) => CloseCaseDecision.Decide(s, new CloseCase(4, ClosureOutcome.Withdrawn, "x"), ctx))
            .ThenRefused("not-allowed-in-status");
        new CaseSpecification().Given(history)
            .When((s, ctx) => ExtendInvestigationDecision.Decide(s, new ExtendInvestigation(4, "赵强", "x"), ctx))
            .ThenRefused("not-allowed-in-status");
    }
}
