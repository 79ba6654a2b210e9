using LaborRights.WageArrears;
using LaborRights.WageArrears.Extending;
using LaborRights.WageArrears.ImposingCompensation;
using LaborRights.WageArrears.OrderingPayment;
using LaborRights.WageArrears.RecordingRecovery;
using LaborRights.WageArrears.TransferringToPolice;
using static LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.WageArrears;

/// <summary>The refusals not already shown beside their transitions.</summary>
public class RemainingRefusalTests
{
    [Fact]
    public void Payment_cannot_be_ordered_when_everything_was_already_recovered()
    {
        new CaseSpecification().Given([.. UnderInvestigation(), Confirmed(10_000m), Recovered(10_000m)])
            .When((s, ctx) => OrderPaymentDecision.Decide(s, new OrderPayment(5, new DateOnly(2025, 3, 20)), ctx))
            .ThenRefused("nothing-owed");
    }

    [Fact]
    public void Payment_cannot_be_ordered_nor_a_transfer_made_before_two_inspectors_are_assigned()
    {
        new CaseSpecification().Given(Received(), Accepted())
            .When((s, ctx) => OrderPaymentDecision.Decide(s, new OrderPayment(2, new DateOnly(2025, 3, 20)), ctx))
            .ThenRefused("inspectors-required");
        new CaseSpecification().Given(Received(), Accepted())
            .When((s, ctx) => TransferToPoliceDecision.Decide(s, new TransferToPolice(2, "公安分局", "x"), ctx))
            .ThenRefused("inspectors-required");
    }

    [Fact]
    public void A_complaint_not_yet_accepted_has_no_investigation_period_to_extend()
    {
        // Was an exception (the period's due date read before the state was checked): a 500 instead of a refusal.
        new CaseSpecification().Given(Received())
            .When((s, ctx) => ExtendInvestigationDecision.Decide(s, new ExtendInvestigation(1, "赵强", "案情复杂"), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void A_recovery_dated_before_the_complaint_is_refused()
    {
        new CaseSpecification { Now = At(2025, 3, 3) }.Given(PaymentOrderedCase())
            .When((s, ctx) => RecordRecoveryDecision.Decide(s, new RecordRecovery(5, 100m, 1, new DateOnly(2025, 2, 23)), ctx))
            .ThenRefused("paid-before-complaint");
    }

    [Fact]
    public void No_extra_compensation_and_no_transfer_once_everything_is_paid()
    {
        object[] paid = [.. PaymentOrderedCase(new DateOnly(2025, 3, 10)), Recovered(45_000m, 6)];
        new CaseSpecification { Now = At(2025, 3, 11) }.Given(paid)
            .When((s, ctx) => ImposeExtraCompensationDecision.Decide(s, new ImposeExtraCompensation(6, 0.5m), ctx))
            .ThenRefused("nothing-owed");
        new CaseSpecification { Now = At(2025, 3, 11) }.Given(paid)
            .When((s, ctx) => TransferToPoliceDecision.Decide(s, new TransferToPolice(6, "公安分局", "x"), ctx))
            .ThenRefused("nothing-owed");
    }

    [Fact]
    public void A_deadline_far_beyond_the_calendar_is_flagged_provisional()
    {
        // Accepted late in 2026: 60 working days reach into 2027, which the holiday file does not cover.
        var accepted = new CaseSpecification { Now = At(2026, 11, 20) }
            .Given(Received(at: At(2026, 11, 18), employedTo: new DateOnly(2026, 10, 31)))
            .When((s, ctx) => LaborRights.WageArrears.Accepting.AcceptComplaintDecision.Decide(s, "n", ctx))
            .ThenEmits<ComplaintAccepted>();
        accepted.InvestigationDueIsProvisional.Should().BeTrue();
    }
}
