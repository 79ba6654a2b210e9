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
    [WolverinePost("/api/discrimination/{id}/reject")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        RejectDiscriminationComplaint command, [WriteAggregate] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, RejectDiscriminationComplaintDecision.Decide(@case, command, services.ContextFor(user)));
}
