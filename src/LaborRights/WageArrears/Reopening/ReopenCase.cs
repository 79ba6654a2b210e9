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
    [WolverinePost("/api/wage-arrears/{id}/reopen")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        ReopenCase command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, ReopenCaseDecision.Decide(@case, command, services.ContextFor(user)));
}
