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
    [WolverinePost("/api/inspections/{id}/close")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        CloseInspection command, [WriteAggregate] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, CloseInspectionDecision.Decide(@case, command, services.ContextFor(user)));
}
