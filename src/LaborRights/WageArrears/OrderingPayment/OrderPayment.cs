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
    [EndpointSummary("责令限期支付 · Order the employer to pay by a date")]
    [EndpointDescription("监察员责令用人单位在指定日期（须晚于今天）前支付尚欠的工资，即核定金额减去已追回的部分。" +
        "须已指派至少2名监察员并已核定欠薪金额。须提交所看到的案件 version，已过期返回 409。已下达过限期支付决定、尚未核定金额、" +
        "支付期限不晚于今天或欠薪已全部追回的，返回 422。\n\n" +
        "An inspector orders the employer to pay what is still owed (the confirmed arrears less what was recovered) by a date after today " +
        "(责令限期支付). At least two inspectors must be assigned and the arrears confirmed. Send the case version you saw; a stale one gets 409. " +
        "422 when payment was already ordered, the arrears are not confirmed, the date is not after today, or nothing is owed.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/order-payment", OperationId = "orderWageArrearsPayment")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        OrderPayment command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, OrderPaymentDecision.Decide(@case, command, services.ContextFor(user)));
}
