using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Extending;

/// <param name="ApprovedBy">The commission's chair (仲裁委员会主任) who approved the extension.</param>
public sealed record ExtendPeriod(int Version, string? ApprovedBy, string? Reason);

public static class ExtendPeriodDecision
{
    public static FieldErrors Validate(ExtendPeriod command) => new FieldErrors()
        .Required("approvedBy", command.ApprovedBy, "批准人（仲裁委员会主任）", "Approver (the commission's chair)")
        .MaxLength("approvedBy", command.ApprovedBy, 50, "批准人", "Approver")
        .Text("reason", command.Reason, 2000, "延期理由", "Reason");

    /// <summary>劳动争议调解仲裁法 第43条: a complex case may be extended once, by at most 15 days, with the chair's approval.</summary>
    public static Decision Decide(ArbitrationCase state, ExtendPeriod command, ArbitrationContext ctx)
    {
        if (!state.ClockRunning) return CaseRefusals.NotAllowedIn(state.Status, "延长审理期限", "be extended");
        if (state.Extended)
            return new Refusal("already-extended", "审理期限只能延长一次。", "The award period can be extended only once.");
        if (string.Equals(command.ApprovedBy!.Trim(), ctx.Actor, StringComparison.OrdinalIgnoreCase))
            return new Refusal("self-approval", "延期须经仲裁委员会主任批准，不能自行批准。",
                "An extension must be approved by the commission's chair, not by the requester.");
        var currentDue = state.AwardDueOn!.Value;
        if (ctx.Today > currentDue)
            return new Refusal("period-already-expired",
                $"审理期限已于{currentDue:yyyy-MM-dd}届满，不能再延长。", $"The period ended on {currentDue:yyyy-MM-dd}; it can no longer be extended.");
        var newDue = AwardClock.DueOn(state, ctx.Calendar, extraPeriodDays: ctx.Rules.ExtensionDays);
        return Decision.Emit(new ArbitrationPeriodExtended(state.Id, ctx.Rules.ExtensionDays, currentDue, newDue.DueOn, newDue.IsProvisional,
            command.ApprovedBy.Trim(), command.Reason!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class ExtendPeriodEndpoint
{
    public static ProblemDetails Validate(ExtendPeriod command) => ExtendPeriodDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [EndpointSummary("延长仲裁审理期限 · Extend the arbitration award period")]
    [EndpointDescription("案情复杂需要延期的，经仲裁委员会主任批准，审理期限可延长一次，延长15日（劳动争议调解仲裁法第43条）；须写明批准人和理由。" +
        "仲裁员和督查人员可操作；须提交所看到的案件 version（已过期返回 409）。已延长过、批准人是本人、期限已届满或案件不在审理中（含已中止）的，" +
        "返回 422。\n\n" +
        "A complex case's award period may be extended once, by 15 days, with the approval of the commission's chair (Labour Dispute Mediation and " +
        "Arbitration Law Art. 43); name the approver and the reason. Arbitrators and supervisors may do it; send the case version you saw (409 " +
        "when stale). 422 when it was already extended, the approver is the caller, the period has ended, or the proceedings are not running " +
        "(including while suspended).")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/extend", OperationId = "extendArbitrationPeriod")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        ExtendPeriod command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, ExtendPeriodDecision.Decide(@case, command, services.ContextFor(user)));
}
