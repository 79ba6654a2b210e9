using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Rejecting;

/// <param name="CompetentBody">For <see cref="RejectionReason.OutsideJurisdiction"/>: the body the complainant should go to.</param>
public sealed record RejectComplaint(int Version, RejectionReason? Reason, string? CompetentBody, string? Explanation);

public static class RejectComplaintDecision
{
    public static FieldErrors Validate(RejectComplaint command)
    {
        var errors = new FieldErrors()
            .Required("reason", command.Reason, "不予受理理由", "Reason")
            .Text("explanation", command.Explanation, 2000, "书面说明", "Explanation")
            .MaxLength("competentBody", command.CompetentBody, 200, "有权处理机关", "Competent body");
        if (command.Reason == RejectionReason.OutsideJurisdiction && string.IsNullOrWhiteSpace(command.CompetentBody))
            errors.Add("competentBody", "不属于本机关管辖的，须告知有权处理的机关", "A complaint outside our jurisdiction must name the competent body");
        return errors;
    }

    public static Decision Decide(WageArrearsCase state, RejectComplaint command, CaseContext<WageArrearsRules> ctx)
    {
        if (!state.AwaitsDecision)
            return CaseRefusals.NotAllowedIn(state.Status, "作出不予受理决定", "be rejected");
        return Decision.Emit(new ComplaintRejected(
            state.Id, command.Reason!.Value, command.CompetentBody?.Trim(), command.Explanation!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class RejectComplaintEndpoint
{
    public static ProblemDetails Validate(RejectComplaint command) => RejectComplaintDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("不予受理欠薪投诉 · Reject a wage-arrears complaint")]
    [EndpointDescription("监察员对受理审查中或待补正材料的投诉作出不予受理决定，须选择理由（超过时效、不属于受理范围或不属于本机关管辖）" +
        "并写明书面说明；不属于本机关管辖的，须写明有权处理的机关。须提交所看到的案件 version，已过期返回 409。案件已受理或已结束的返回 422。\n\n" +
        "An inspector rejects a complaint awaiting the acceptance decision or material, with the reason (time-barred, outside the scope or outside " +
        "the jurisdiction) and a written explanation; outside the jurisdiction, name the competent body. Send the case version you saw; a stale " +
        "one gets 409. 422 when the complaint was already accepted or the case has ended.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/reject", OperationId = "rejectWageArrearsComplaint")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        RejectComplaint command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, RejectComplaintDecision.Decide(@case, command, services.ContextFor(user)));
}
