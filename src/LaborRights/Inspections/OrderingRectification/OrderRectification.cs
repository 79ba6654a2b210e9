using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Inspections.OrderingRectification;

/// <param name="RectifyBy">The last day the employer may correct the violations (限期改正).</param>
public sealed record OrderRectification(int Version, string? Requirements, DateOnly? RectifyBy);

public static class OrderRectificationDecision
{
    public static FieldErrors Validate(OrderRectification command) => new FieldErrors()
        .Text("requirements", command.Requirements, 4000, "改正要求", "Requirements")
        .Required("rectifyBy", command.RectifyBy, "改正期限", "Rectify-by date");

    /// <summary>
    /// 劳动保障监察条例 第18条: a violation found is ordered corrected. Ordering correction is not a penalty
    /// (行政处罚法 第28条), so it does not wait for the hearing; one order at a time, each followed up.
    /// </summary>
    public static Decision Decide(InspectionCase state, OrderRectification command, CaseContext<InspectionRules> ctx)
    {
        if (CaseRefusals.RequireTwoInspectors(state.IsOpen, state.Status, state.Inspectors.Count, "责令改正", "order rectification") is { } refusal) return refusal;
        if (state.RectifyBy is { } pending) return InspectionRefusals.RectificationPending(pending, "再次责令改正", "order rectification again");
        if (state.ViolationsFound == 0)
            return new Refusal("no-violation-found", "尚未认定违法事实，不能责令改正。", "No violation has been found; there is nothing to rectify.");
        if (command.RectifyBy!.Value <= ctx.Today)
            return new Refusal("rectify-by-not-in-future", "改正期限须晚于今天。", "The rectify-by date must be after today.");
        return Decision.Emit(new RectificationOrdered(state.Id, command.Requirements!.Trim(), command.RectifyBy.Value, ctx.Actor, ctx.Now));
    }
}

public static class OrderRectificationEndpoint
{
    public static ProblemDetails Validate(OrderRectification command) => OrderRectificationDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector)]
    [EndpointSummary("责令改正 · Order the employer to rectify by a date")]
    [EndpointDescription("认定违法事实后，监察员责令用人单位在指定日期（须晚于今天）前改正，并写明改正要求（劳动保障监察条例第18条）；" +
        "责令改正不是行政处罚，无需先听取陈述申辩。同一时间只能有一项待复查的责令改正，案件转为“责令改正中”；须已指派至少2名监察员，" +
        "并提交所看到的案件 version（已过期返回 409）。尚未认定违法事实、已有待复查的责令改正、改正期限不晚于今天或案件已结束的，返回 422。\n\n" +
        "Once a violation is found, an inspector orders the employer to rectify it by a date after today, saying what it must do (Labour Security " +
        "Supervision Regulations Art. 18); the order is not a penalty, so it does not wait for the employer's statement. One order awaits its " +
        "follow-up at a time, and the case awaits rectification meanwhile; at least two inspectors must be assigned; send the case version you saw " +
        "(409 when stale). 422 when no violation has been found, an order already awaits its follow-up, the date is not after today, or the case " +
        "has ended.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/order-rectification", OperationId = "orderInspectionRectification")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        OrderRectification command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, OrderRectificationDecision.Decide(@case, command, services.ContextFor(user)));
}
