using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Extending;

public sealed record ExtendDiscriminationInvestigation(int Version, string? ApprovedBy, string? Reason);

/// <summary>
/// 劳动保障监察条例 第17条, which governs discrimination cases as labour-inspection matters (妇女权益保障法 第49条,
/// 鲁政发〔2024〕14号 十九): one extension of 30 working days, approved by someone else, before the period ends.
/// </summary>
public static class ExtendDiscriminationInvestigationDecision
{
    public static FieldErrors Validate(ExtendDiscriminationInvestigation command) => InvestigationExtension.Validate(command.ApprovedBy, command.Reason);

    /// <summary>Approves the pending request (the approver is the caller; the command's fields are not read).</summary>
    public static Decision Decide(DiscriminationCase state, ExtendDiscriminationInvestigation command, CaseContext<DiscriminationRules> ctx) =>
        InvestigationExtension.Approve(state.ExtensionPeriod, ctx, (due, newDue, request) => new DiscriminationInvestigationExtended(state.Id, due,
            newDue.DueOn, newDue.IsProvisional, ctx.Actor, request.Reason, ctx.Actor, ctx.Now));
}

public static class ExtendDiscriminationInvestigationEndpoint
{
    public static ProblemDetails Validate(ExtendDiscriminationInvestigation command) => ExtendDiscriminationInvestigationDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Supervisor)]
    [EndpointSummary("批准延期 · Approve the extension of the investigation period")]
    [EndpointDescription("批准承办人员的延期申请：办案期限延长一次，延长30个工作日（劳动保障监察条例第17条）。只有案件所在市或省级的督查人员可以批准，批准人就是当前登录的账号，不再填写批准人姓名（approvedBy 和 reason 字段不再读取，仅为兼容保留；理由以申请为准）。须提交所看到的案件 version（已过期返回 409）。没有等待批准的申请（须先调用 request-extension）、调用者不是该案件的批准人、申请人是本人、已延长过、期限已届满或办案期限不在计算中的，返回 422。\n\n" +
        "Approves the staff's pending extension request: the investigation period is extended once, by 30 working days (Labour Security Supervision Regulations Art. 17). Only a supervisor of the county's city or of the province may approve; the approver is the signed-in account, never a typed name (approvedBy and reason are no longer read and are kept only for compatibility; the request states the reason). Send the case version you saw (409 when stale). 422 when no request is pending (call request-extension first), the caller does not approve this case's extensions or made the request, it was already extended, the period has ended, or the period is not running.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/extend", OperationId = "extendDiscriminationCase")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        ExtendDiscriminationInvestigation command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, ExtendDiscriminationInvestigationDecision.Decide(@case, command, services.ContextFor(user)));
}
