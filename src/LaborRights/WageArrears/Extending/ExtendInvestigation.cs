using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Extending;

public sealed record ExtendInvestigation(int Version, string? ApprovedBy, string? Reason);

public static class ExtendInvestigationDecision
{
    public static FieldErrors Validate(ExtendInvestigation command) => new FieldErrors()
        .Required("approvedBy", command.ApprovedBy, "批准人", "Approver")
        .MaxLength("approvedBy", command.ApprovedBy, 50, "批准人", "Approver")
        .Required("reason", command.Reason, "延期理由", "Reason")
        .MaxLength("reason", command.Reason, 2000, "延期理由", "Reason");

    /// <summary>劳动保障监察条例 第17条: complex cases may be extended once by 30 working days, with approval, before the period ends.</summary>
    public static Decision Decide(WageArrearsCase state, ExtendInvestigation command, CaseContext<WageArrearsRules> ctx)
    {
        if (!state.IsOpen) return CaseRefusals.NotAllowedIn(state.Status, "延长办案期限", "be extended");
        if (state.Extended)
            return new Refusal("already-extended", "办案期限只能延长一次。", "The investigation period can be extended only once.");
        if (string.Equals(command.ApprovedBy!.Trim(), ctx.Actor, StringComparison.OrdinalIgnoreCase))
            return new Refusal("self-approval", "延期须由他人批准。", "An extension must be approved by someone other than the requester.");
        var currentDue = state.InvestigationDueOn!.Value;
        if (ctx.Today > currentDue)
            return new Refusal("period-already-expired",
                $"办案期限已于{currentDue:yyyy-MM-dd}届满，不能再延长。", $"The period ended on {currentDue:yyyy-MM-dd}; it can no longer be extended.");
        var newDue = ctx.Calendar.AddWorkingDays(currentDue, ctx.Rules.ExtensionWorkingDays);
        return Decision.Emit(new InvestigationExtended(
            state.Id, currentDue, newDue.DueOn, newDue.IsProvisional, command.ApprovedBy.Trim(), command.Reason!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class ExtendInvestigationEndpoint
{
    public static ProblemDetails Validate(ExtendInvestigation command) => ExtendInvestigationDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverinePost("/api/wage-arrears/{id}/extend")]
    public static (IResult, Events, OutgoingMessages) Post(
        ExtendInvestigation command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, ExtendInvestigationDecision.Decide(@case, command, services.ContextFor(user)));
}
