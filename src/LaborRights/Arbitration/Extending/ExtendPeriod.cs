using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Extending;

/// <summary>The chair approves the pending extension request.</summary>
/// <param name="ApprovedBy">No longer read: the approver is the signed-in chair (仲裁委员会主任).</param>
/// <param name="Reason">No longer needed: the request states the reason.</param>
public sealed record ExtendPeriod(int Version, string? ApprovedBy, string? Reason);

public static class ExtendPeriodDecision
{
    public static FieldErrors Validate(ExtendPeriod command) => InvestigationExtension.Validate(command.ApprovedBy, command.Reason);

    /// <summary>
    /// 劳动争议调解仲裁法 第43条: a complex case may be extended once, by at most 15 days, with the chair's approval —
    /// the chair approving the arbitrator's pending request in the system (<see cref="ExtensionRequests"/>).
    /// </summary>
    public static Decision Decide(ArbitrationCase state, ExtendPeriod command, ArbitrationContext ctx)
    {
        var period = state.ExtensionPeriod;
        if (ExtensionRequests.RefuseApproval(period, ctx.Actor, ctx.Scope, ctx.Today) is { } refusal) return refusal;
        var newDue = AwardClock.DueOn(state, ctx.Calendar, extraPeriodDays: ctx.Rules.ExtensionDays);
        return Decision.Emit(new ArbitrationPeriodExtended(state.Id, ctx.Rules.ExtensionDays, period.CurrentDue!.Value, newDue.DueOn,
            newDue.IsProvisional, ctx.Actor, period.Pending!.Reason, ctx.Actor, ctx.Now));
    }
}

public static class ExtendPeriodEndpoint
{
    public static ProblemDetails Validate(ExtendPeriod command) => ExtendPeriodDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.ArbitrationChair)]
    [EndpointSummary("批准延期 · Approve the extension of the award period")]
    [EndpointDescription("批准承办人员的延期申请：审理期限延长一次，延长15日（劳动争议调解仲裁法第43条）。只有仲裁委员会主任可以批准，批准人就是当前登录的账号，不再填写批准人姓名（approvedBy 和 reason 字段不再读取，仅为兼容保留；理由以申请为准）。须提交所看到的案件 version（已过期返回 409）。没有等待批准的申请（须先调用 request-extension）、调用者不是该案件的批准人、申请人是本人、已延长过、期限已届满或审理期限不在计算中的，返回 422。\n\n" +
        "Approves the staff's pending extension request: the award period is extended once, by 15 days (Labour Dispute Mediation and Arbitration Law Art. 43). Only the commission's chair may approve; the approver is the signed-in account, never a typed name (approvedBy and reason are no longer read and are kept only for compatibility; the request states the reason). Send the case version you saw (409 when stale). 422 when no request is pending (call request-extension first), the caller does not approve this case's extensions or made the request, it was already extended, the period has ended, or the period is not running.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/extend", OperationId = "extendArbitrationPeriod")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        ExtendPeriod command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, ExtendPeriodDecision.Decide(@case, command, services.ContextFor(user)));
}
