using LaborRights.WageArrears;
using LaborRights.WageArrears.AssigningInspectors;
using LaborRights.WageArrears.ConfirmingArrears;
using LaborRights.WageArrears.OrderingPayment;
using LaborRights.WageArrears.RecordingRecovery;
using static LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.WageArrears;

public class InvestigationDecisionTests
{
    private readonly CaseSpecification _spec = new() { Now = At(2025, 3, 3) };

    [Fact]
    public void Two_distinct_inspectors_are_the_minimum()
    {
        AssignInspectorsDecision.Validate(new AssignInspectors(2, ["张伟"])).Any.Should().BeTrue();
        AssignInspectorsDecision.Validate(new AssignInspectors(2, ["张伟", " 张伟 "])).Any.Should().BeTrue();
        AssignInspectorsDecision.Validate(new AssignInspectors(2, null)).Any.Should().BeTrue();
        AssignInspectorsDecision.Validate(new AssignInspectors(2, ["张伟", "李娜"])).Any.Should().BeFalse();
    }

    [Fact]
    public void Assigning_inspectors_to_an_accepted_case()
    {
        var assigned = _spec.Given(Received(), Accepted())
            .When((s, ctx) => AssignInspectorsDecision.Decide(s, new AssignInspectors(2, ["张伟", "李娜"]), ctx))
            .ThenEmits<InspectorsAssigned>();
        assigned.Inspectors.Should().Equal("张伟", "李娜");
    }

    [Fact]
    public void Assigning_the_same_inspectors_again_changes_nothing()
    {
        _spec.Given(UnderInvestigation())
            .When((s, ctx) => AssignInspectorsDecision.Decide(s, new AssignInspectors(3, ["张伟", "李娜"]), ctx))
            .ThenNothing();
    }

    [Fact]
    public void Inspectors_cannot_be_assigned_before_acceptance()
    {
        _spec.Given(Received())
            .When((s, ctx) => AssignInspectorsDecision.Decide(s, new AssignInspectors(1, ["张伟", "李娜"]), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void Confirming_arrears_needs_two_assigned_inspectors()
    {
        _spec.Given(Received(), Accepted())
            .When((s, ctx) => ConfirmArrearsDecision.Decide(s, new ConfirmArrears(2, 45_000m, 6), ctx))
            .ThenRefused("inspectors-required");

        new CaseSpecification().Given(UnderInvestigation())
            .When((s, ctx) => ConfirmArrearsDecision.Decide(s, new ConfirmArrears(3, 45_000m, 6), ctx))
            .ThenEmits<ArrearsConfirmed>().Amount.Should().Be(45_000m);
    }

    [Theory]
    [InlineData("-1", true)]
    [InlineData("0", true)]
    [InlineData("100.005", true)]
    [InlineData("100.50", false)]
    [InlineData("100.5000", false)]
    public void Confirmed_amounts_are_positive_yuan_with_at_most_two_decimals(string amount, bool invalid)
    {
        ConfirmArrearsDecision.Validate(new ConfirmArrears(1, decimal.Parse(amount), 1)).Any.Should().Be(invalid);
    }

    [Fact]
    public void Ordering_payment_needs_a_confirmed_amount()
    {
        _spec.Given(UnderInvestigation())
            .When((s, ctx) => OrderPaymentDecision.Decide(s, new OrderPayment(3, new DateOnly(2025, 3, 20)), ctx))
            .ThenRefused("arrears-not-confirmed");
    }

    [Fact]
    public void Ordering_payment_orders_what_is_still_owed_by_a_future_date()
    {
        var ordered = _spec.Given([.. UnderInvestigation(), Confirmed(45_000m), Recovered(5_000m)])
            .When((s, ctx) => OrderPaymentDecision.Decide(s, new OrderPayment(5, new DateOnly(2025, 3, 20)), ctx))
            .ThenEmits<PaymentOrdered>();
        ordered.Amount.Should().Be(40_000m);
        ordered.PayBy.Should().Be(new DateOnly(2025, 3, 20));
    }

    [Fact]
    public void A_pay_by_date_of_today_or_earlier_is_refused()
    {
        _spec.Given([.. UnderInvestigation(), Confirmed()])
            .When((s, ctx) => OrderPaymentDecision.Decide(s, new OrderPayment(4, new DateOnly(2025, 3, 3)), ctx))
            .ThenRefused("pay-by-not-in-future");
    }

    [Fact]
    public void Payment_cannot_be_ordered_twice_and_the_amount_is_then_fixed()
    {
        _spec.Given(PaymentOrderedCase())
            .When((s, ctx) => OrderPaymentDecision.Decide(s, new OrderPayment(5, new DateOnly(2025, 3, 20)), ctx))
            .ThenRefused("payment-already-ordered");
        new CaseSpecification().Given(PaymentOrderedCase())
            .When((s, ctx) => ConfirmArrearsDecision.Decide(s, new ConfirmArrears(5, 1m, 1), ctx))
            .ThenRefused("payment-already-ordered");
    }

    [Fact]
    public void Several_partial_recoveries_add_up()
    {
        var spec = new CaseSpecification { Now = At(2025, 3, 5) }.Given([.. PaymentOrderedCase(), Recovered(20_000m, 3)]);
        var second = spec
            .When((s, ctx) => RecordRecoveryDecision.Decide(s, new RecordRecovery(6, 25_000m, 3, new DateOnly(2025, 3, 5)), ctx))
            .ThenEmits<RecoveryRecorded>();
        var state = CaseSpecification.Fold([.. PaymentOrderedCase(), Recovered(20_000m, 3), second]);
        state.Recovered.Should().Be(45_000m);
        state.Outstanding.Should().Be(0m);
    }

    [Fact]
    public void A_recovery_larger_than_what_is_owed_is_refused()
    {
        _spec.Given([.. PaymentOrderedCase(), Recovered(40_000m)])
            .When((s, ctx) => RecordRecoveryDecision.Decide(s, new RecordRecovery(6, 5_000.01m, 1, new DateOnly(2025, 3, 3)), ctx))
            .ThenRefused("recovery-exceeds-owed");
    }

    [Fact]
    public void A_recovery_dated_in_the_future_or_for_more_workers_than_the_case_has_is_refused()
    {
        RecordRecoveryDecision.Validate(new RecordRecovery(5, 100m, 1, new DateOnly(2025, 3, 4)), new DateOnly(2025, 3, 3))
            .ToProblem().Errors.Keys.Should().Equal("paidOn");
        RecordRecoveryDecision.Validate(new RecordRecovery(5, 100m, 1, new DateOnly(2025, 3, 3)), new DateOnly(2025, 3, 3)).Any.Should().BeFalse();
        new CaseSpecification { Now = At(2025, 3, 3) }.Given(PaymentOrderedCase())
            .When((s, ctx) => RecordRecoveryDecision.Decide(s, new RecordRecovery(5, 100m, 7, new DateOnly(2025, 3, 3)), ctx))
            .ThenRefused("too-many-workers");
    }

    [Fact]
    public void No_recovery_before_the_case_is_accepted()
    {
        _spec.Given(Received())
            .When((s, ctx) => RecordRecoveryDecision.Decide(s, new RecordRecovery(1, 100m, 1, new DateOnly(2025, 3, 3)), ctx))
            .ThenRefused("not-allowed-in-status");
    }
}
