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
    [EndpointSummary("撤回仲裁申请 · Record the withdrawal of an arbitration application")]
    [EndpointDescription("申请人撤回仲裁申请的（例如已自行和解），仲裁员记录撤回和理由，案件结束（劳动争议调解仲裁法第41条）；" +
        "案件结束前都可以撤回。须提交所看到的案件 version，已过期返回 409。案件已结束的返回 422。\n\n" +
        "When the applicant withdraws (e.g. after settling), an arbitrator records the withdrawal and its reason, and the case ends (Labour " +
        "Dispute Mediation and Arbitration Law Art. 41); it may be withdrawn until the case has ended. Send the case version you saw; a stale one " +
        "gets 409. 422 when the case has ended.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/withdraw", OperationId = "withdrawArbitrationApplication")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        WithdrawApplication command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, WithdrawApplicationDecision.Decide(@case, command, services.ContextFor(user)));
}
