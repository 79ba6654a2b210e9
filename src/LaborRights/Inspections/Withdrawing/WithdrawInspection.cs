using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Inspections.Withdrawing;

public sealed record WithdrawInspection(int Version, string? Reason);

public static class WithdrawInspectionDecision
{
    public static FieldErrors Validate(WithdrawInspection command) => new FieldErrors()
        .Text("reason", command.Reason, 2000, "撤销立案理由", "Reason");

    /// <summary>
    /// 劳动保障监察条例 第18条第(三)项: 撤销立案 fits a case whose violation was minor and has been corrected (or was never established): a violation
    /// still uncorrected, or one already penalised, cannot be made to disappear by withdrawing the filing.
    /// </summary>
    public static Decision Decide(InspectionCase state, WithdrawInspection command, CaseContext<InspectionRules> ctx)
    {
        if (!state.IsOpen) return CaseRefusals.NotAllowedIn(state.Status, "撤销立案", "be withdrawn");
        if (state.RectifyBy is { } pending) return InspectionRefusals.RectificationPending(pending, "撤销立案", "be withdrawn");
        if (state.Penalised)
            return new Refusal("penalty-imposed", "已作出行政处罚的案件不能撤销立案。", "A case with a penalty decision cannot be withdrawn.");
        if (state.ViolationsFound > 0 && state.LastFollowUpRectified != true)
            return new Refusal("not-corrected",
                "违法行为尚未确认改正，不能撤销立案。", "The violations found have not been confirmed corrected; the case cannot be withdrawn.");
        return Decision.Emit(new InspectionCaseWithdrawn(state.Id, command.Reason!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class WithdrawInspectionEndpoint
{
    public static ProblemDetails Validate(WithdrawInspection command) => WithdrawInspectionDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector)]
    [WolverinePost("/api/inspections/{id}/withdraw")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        WithdrawInspection command, [WriteAggregate] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, WithdrawInspectionDecision.Decide(@case, command, services.ContextFor(user)));
}
