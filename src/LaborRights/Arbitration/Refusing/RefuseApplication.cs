using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Refusing;

public sealed record RefuseApplication(int Version, string? Reason);

public static class RefuseApplicationDecision
{
    public static FieldErrors Validate(RefuseApplication command) => new FieldErrors()
        .Text("reason", command.Reason, 2000, "不予受理理由", "Reason");

    /// <summary>劳动争议调解仲裁法 第29条: refusal is in writing with the reason; the applicant may then sue in court.</summary>
    public static Decision Decide(ArbitrationCase state, RefuseApplication command, ArbitrationContext ctx)
    {
        if (!state.AwaitsAcceptance)
            return CaseRefusals.NotAllowedIn(state.Status, "作出不予受理决定", "be refused");
        return Decision.Emit(new ArbitrationApplicationRefused(state.Id, command.Reason!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class RefuseApplicationEndpoint
{
    public static ProblemDetails Validate(RefuseApplication command) => RefuseApplicationDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("不予受理仲裁申请 · Refuse an arbitration application")]
    [EndpointDescription("仲裁员对待受理审查的申请作出书面不予受理决定，须写明理由；" +
        "申请人可以就该劳动争议向人民法院起诉（劳动争议调解仲裁法第29条）。须提交所看到的案件 version，已过期返回 409。" +
        "申请不在待受理审查状态的返回 422。\n\n" +
        "An arbitrator refuses an application awaiting the acceptance decision, in writing with the reason; the applicant may then sue in court " +
        "(Labour Dispute Mediation and Arbitration Law Art. 29). Send the case version you saw; a stale one gets 409. 422 unless the application " +
        "awaits the acceptance decision.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/refuse", OperationId = "refuseArbitrationApplication")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        RefuseApplication command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, RefuseApplicationDecision.Decide(@case, command, services.ContextFor(user)));
}
