using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.OrderingPayment;

/// <param name="PayBy">The last day the employer may pay (限期支付).</param>
public sealed record OrderPayment(int Version, DateOnly? PayBy);

public static class OrderPaymentDecision
{
    public static FieldErrors Validate(OrderPayment command) =>
        new FieldErrors().Required("payBy", command.PayBy, "支付期限", "Pay-by date");

    public static Decision Decide(WageArrearsCase state, OrderPayment command, CaseContext<WageArrearsRules> ctx)
    {
        if (CaseRefusals.RequireTwoInspectors(state.IsOpen, state.Status, state.Inspectors.Count, "责令限期支付", "order payment") is { } refusal) return refusal;
        if (state.Status == CaseStatus.PaymentOrdered)
            return new Refusal("payment-already-ordered", "已下达限期支付决定。", "Payment has already been ordered.");
        if (state.ConfirmedAmount is null)
            return new Refusal("arrears-not-confirmed",
                "须先核定欠薪金额，才能责令限期支付。", "Confirm the arrears before ordering payment.");
        if (command.PayBy!.Value <= ctx.Today)
            return new Refusal("pay-by-not-in-future", "支付期限须晚于今天。", "The pay-by date must be after today.");
        var owed = state.Outstanding;
        if (owed == 0)
            return new Refusal("nothing-owed", "欠薪已全部追回，无需责令支付。", "Everything has been recovered; there is nothing to order.");
        return Decision.Emit(new PaymentOrdered(state.Id, owed, command.PayBy.Value, ctx.Actor, ctx.Now));
    }
}

public static class OrderPaymentEndpoint
{
    public static ProblemDetails Validate(OrderPayment command) => OrderPaymentDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [WolverinePost("/api/wage-arrears/{id}/order-payment")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        OrderPayment command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, OrderPaymentDecision.Decide(@case, command, services.ContextFor(user)));
}
