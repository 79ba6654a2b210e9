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
    [EndpointSummary("撤销立案 · Withdraw the filing of an inspection")]
    [EndpointDescription("违法行为轻微且已改正或未能认定违法的，监察员撤销立案并写明理由（劳动保障监察条例第18条第（三）项），案件结束。" +
        "须提交所看到的案件 version，已过期返回 409。有待复查的责令改正、已作出行政处罚、认定的违法行为尚未经复查确认改正或案件已结束的，返回 422。\n\n" +
        "When the violation was minor and has been corrected, or none was established, an inspector withdraws the filing, giving the reason " +
        "(Labour Security Supervision Regulations Art. 18(3)), and the case ends. Send the case version you saw; a stale one gets 409. 422 when a " +
        "rectification order awaits its check, a penalty was imposed, a violation found is not confirmed corrected, or the case has ended.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/withdraw", OperationId = "withdrawInspection")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        WithdrawInspection command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, WithdrawInspectionDecision.Decide(@case, command, services.ContextFor(user)));
}
