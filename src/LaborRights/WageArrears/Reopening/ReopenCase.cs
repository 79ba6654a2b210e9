using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Reopening;

public sealed record ReopenCase(int Version, string? Reason);

public static class ReopenCaseDecision
{
    public static FieldErrors Validate(ReopenCase command) => new FieldErrors()
        .Text("reason", command.Reason, 2000, "重新办理理由", "Reason");

    public static Decision Decide(WageArrearsCase state, ReopenCase command, CaseContext<WageArrearsRules> ctx) =>
        state.Status != CaseStatus.Closed
            ? CaseRefusals.NotAllowedIn(state.Status, "重新办理", "be reopened")
            : Decision.Emit(new CaseReopened(state.Id, command.Reason!.Trim(), ctx.Actor, ctx.Now));
}

public static class ReopenCaseEndpoint
{
    public static ProblemDetails Validate(ReopenCase command) => ReopenCaseDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("重新办理已结案的欠薪案件 · Reopen a closed wage-arrears case")]
    [EndpointDescription("监察员重新办理已结案的欠薪案件，须写明理由；案件回到结案前的办理状态（已责令限期支付的仍为该状态）。" +
        "须提交所看到的案件 version，已过期返回 409。案件未结案的返回 422。\n\n" +
        "An inspector reopens a closed wage-arrears case, giving the reason; it returns to where it was before closing (under an order to pay if " +
        "one was made). Send the case version you saw; a stale one gets 409. 422 unless the case is closed.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/reopen", OperationId = "reopenWageArrearsCase")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        ReopenCase command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, ReopenCaseDecision.Decide(@case, command, services.ContextFor(user)));
}
