using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Inspections.Closing;

public sealed record CloseInspection(int Version, InspectionOutcome? Outcome, string? Summary);

public static class CloseInspectionDecision
{
    public static FieldErrors Validate(CloseInspection command) => new FieldErrors()
        .Required("outcome", command.Outcome, "结案结果", "Outcome")
        .Text("summary", command.Summary, 4000, "结案说明", "Summary");

    /// <summary>The outcome must be what the case's own events show.</summary>
    public static Decision Decide(InspectionCase state, CloseInspection command, CaseContext<InspectionRules> ctx)
    {
        if (CaseRefusals.RequireTwoInspectors(state.IsOpen, state.Status, state.Inspectors.Count, "结案", "be closed") is { } refusal) return refusal;
        if (state.RectifyBy is { } pending) return InspectionRefusals.RectificationPending(pending, "结案", "be closed");
        var outcome = command.Outcome!.Value;
        Refusal? mismatch = outcome switch
        {
            InspectionOutcome.Penalised when !state.Penalised => new Refusal("outcome-mismatch",
                "本案未作出行政处罚，不能以“行政处罚”结案。", "No penalty was imposed; the case cannot close as 'penalised'."),
            InspectionOutcome.Rectified when state.LastFollowUpRectified != true => new Refusal("outcome-mismatch",
                "复查未确认已改正，不能以“已改正”结案。", "No follow-up check confirmed the rectification."),
            InspectionOutcome.NoViolationFound when state.ViolationsFound > 0 || state.SiteVisits == 0 => new Refusal("outcome-mismatch",
                "须经现场检查且未认定违法事实，才能以“未发现违法行为”结案。",
                "'No violation found' needs at least one site visit and no violation found."),
            _ => null,
        };
        return mismatch ?? Decision.Emit(new InspectionCaseClosed(state.Id, outcome, command.Summary!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class CloseInspectionEndpoint
{
    public static ProblemDetails Validate(CloseInspection command) => CloseInspectionDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector)]
    [EndpointSummary("劳动保障监察结案 · Close a labour inspection")]
    [EndpointDescription("监察员选择结案结果（行政处罚、已改正或未发现违法行为）并写明结案说明，结果须与案件记录相符：“行政处罚”须已处罚，" +
        "“已改正”须经复查确认，“未发现违法行为”须经现场检查且未认定违法。须已指派至少2名监察员，并提交所看到的案件 version（已过期返回 409）。" +
        "结果与记录不符、有待复查的责令改正或案件已结束的，返回 422。\n\n" +
        "An inspector closes a case with an outcome (penalised, rectified or no violation found) and a summary; the outcome must agree with the " +
        "record: 'penalised' needs a penalty, 'rectified' a follow-up check that confirmed it, 'no violation found' a site visit and no violation. " +
        "At least two inspectors must be assigned; send the case version you saw (409 when stale). 422 when the outcome does not agree, a " +
        "rectification order awaits its check, or the case has ended.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/close", OperationId = "closeInspection")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        CloseInspection command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, CloseInspectionDecision.Decide(@case, command, services.ContextFor(user)));
}
