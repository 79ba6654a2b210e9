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
    [WolverinePost("/api/arbitration/{id}/extend")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        ExtendPeriod command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, ExtendPeriodDecision.Decide(@case, command, services.ContextFor(user)));
}
