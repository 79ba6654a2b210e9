using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Withdrawing;

public sealed record WithdrawApplication(int Version, string? Reason);

public static class WithdrawApplicationDecision
{
    public static FieldErrors Validate(WithdrawApplication command) => new FieldErrors()
        .Text("reason", command.Reason, 2000, "撤回理由", "Reason");

    /// <summary>劳动争议调解仲裁法 第41条: the applicant may withdraw (e.g. after settling) until the case has ended.</summary>
    public static Decision Decide(ArbitrationCase state, WithdrawApplication command, ArbitrationContext ctx)
    {
        if (state.IsClosed) return CaseRefusals.NotAllowedIn(state.Status, "撤回申请", "be withdrawn");
        return Decision.Emit(new ArbitrationWithdrawn(state.Id, command.Reason!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class WithdrawApplicationEndpoint
{
    public static ProblemDetails Validate(WithdrawApplication command) => WithdrawApplicationDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [WolverinePost("/api/arbitration/{id}/withdraw")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        WithdrawApplication command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, WithdrawApplicationDecision.Decide(@case, command, services.ContextFor(user)));
}
