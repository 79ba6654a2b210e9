using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Rejecting;

/// <param name="CompetentBody">For <see cref="DiscriminationRejectionReason.OutsideJurisdiction"/>: where the filer should go.</param>
public sealed record RejectDiscriminationComplaint(int Version, DiscriminationRejectionReason? Reason, string? CompetentBody, string? Explanation);

public static class RejectDiscriminationComplaintDecision
{
    public static FieldErrors Validate(RejectDiscriminationComplaint command)
    {
        var errors = new FieldErrors()
            .Required("reason", command.Reason, "不予受理理由", "Reason")
            .Text("explanation", command.Explanation, 2000, "书面说明", "Explanation")
            .MaxLength("competentBody", command.CompetentBody, 200, "有权处理机关", "Competent body");
        if (command.Reason == DiscriminationRejectionReason.OutsideJurisdiction && string.IsNullOrWhiteSpace(command.CompetentBody))
            errors.Add("competentBody", "不属于本机关管辖的，须告知有权处理的机关", "A filing outside our jurisdiction must name the competent body");
        return errors;
    }

    /// <summary>劳动保障监察条例 第15条: a refusal is given in writing, with its reason.</summary>
    public static Decision Decide(DiscriminationCase state, RejectDiscriminationComplaint command, CaseContext<DiscriminationRules> ctx) =>
        !state.AwaitsDecision
            ? CaseRefusals.NotAllowedIn(state.Status, "作出不予受理决定", "be rejected")
            : Decision.Emit(new DiscriminationComplaintRejected(
                state.Id, command.Reason!.Value, command.CompetentBody?.Trim(), command.Explanation!.Trim(), ctx.Actor, ctx.Now));
}

public static class RejectDiscriminationComplaintEndpoint
{
    public static ProblemDetails Validate(RejectDiscriminationComplaint command) =>
        RejectDiscriminationComplaintDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("不予受理就业歧视投诉、举报 · Reject a discrimination filing")]
    [EndpointDescription("监察员对受理审查中或待补正材料的投诉、举报作出书面不予受理决定（劳动保障监察条例第15条），须选择理由（超过时效、" +
        "不属于受理范围或不属于本机关管辖）并写明说明；不属于本机关管辖的，须写明有权处理的机关。须提交所看到的案件 version，已过期返回 409。" +
        "已受理或已结束的案件返回 422。\n\n" +
        "An inspector rejects a complaint or report awaiting the acceptance decision or material, in writing (Labour Security Supervision " +
        "Regulations Art. 15), with the reason (time-barred, outside the scope or outside the jurisdiction) and an explanation; outside the " +
        "jurisdiction, name the competent body. Send the case version you saw; a stale one gets 409. 422 when the filing was already accepted or " +
        "the case has ended.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/reject", OperationId = "rejectDiscriminationComplaint")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        RejectDiscriminationComplaint command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, RejectDiscriminationComplaintDecision.Decide(@case, command, services.ContextFor(user)));
}
