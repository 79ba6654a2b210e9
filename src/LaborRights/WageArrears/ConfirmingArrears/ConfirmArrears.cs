using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.ConfirmingArrears;

public sealed record ConfirmArrears(int Version, decimal? Amount, int? WorkersOwed);

public static class ConfirmArrearsDecision
{
    public static FieldErrors Validate(ConfirmArrears command)
    {
        var errors = new FieldErrors()
            .Required("amount", command.Amount, "核定欠薪金额", "Confirmed amount")
            .Money("amount", command.Amount, "核定欠薪金额", "Confirmed amount")
            .Required("workersOwed", command.WorkersOwed, "被欠薪人数", "Workers owed");
        if (command.WorkersOwed is < 1 or > 100_000)
            errors.Add("workersOwed", "被欠薪人数应在1至100000之间", "Workers owed must be between 1 and 100,000");
        return errors;
    }

    public static Decision Decide(WageArrearsCase state, ConfirmArrears command, CaseContext<WageArrearsRules> ctx)
    {
        if (CaseRefusals.RequireTwoInspectors(state.IsOpen, state.Status, state.Inspectors.Count, "核定欠薪金额", "have its arrears confirmed") is { } refusal) return refusal;
        if (state.Status == CaseStatus.PaymentOrdered)
            return new Refusal("payment-already-ordered",
                "已下达限期支付决定，不能再更改核定金额。", "Payment has been ordered; the confirmed amount can no longer change.");
        return Decision.Emit(new ArrearsConfirmed(state.Id, command.Amount!.Value, command.WorkersOwed!.Value, ctx.Actor, ctx.Now));
    }
}

public static class ConfirmArrearsEndpoint
{
    public static ProblemDetails Validate(ConfirmArrears command) => ConfirmArrearsDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("核定欠薪金额 · Confirm the wages owed")]
    [EndpointDescription("监察员核定用人单位拖欠的工资金额和被欠薪人数；下达限期支付决定前可重新核定，以最后一次为准。须已指派至少2名监察员。" +
        "须提交所看到的案件 version，已过期返回 409。已下达限期支付决定后不能再改金额，返回 422；案件未立案或已结案的也返回 422。\n\n" +
        "An inspector confirms the amount of wages owed and the number of workers owed; until payment is ordered it may be confirmed again, the " +
        "last figure counting. At least two inspectors must be assigned. Send the case version you saw; a stale one gets 409. 422 once payment has " +
        "been ordered (the amount can no longer change), or when the case is not filed or is closed.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/confirm-arrears", OperationId = "confirmWageArrearsAmount")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        ConfirmArrears command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, ConfirmArrearsDecision.Decide(@case, command, services.ContextFor(user)));
}
