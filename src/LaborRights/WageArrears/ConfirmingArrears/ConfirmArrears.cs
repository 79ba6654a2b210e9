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
    [WolverinePost("/api/wage-arrears/{id}/confirm-arrears")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        ConfirmArrears command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, ConfirmArrearsDecision.Decide(@case, command, services.ContextFor(user)));
}
