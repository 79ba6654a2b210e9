using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Inspections.Extending;

public sealed record ExtendInspection(int Version, string? ApprovedBy, string? Reason);

public static class ExtendInspectionDecision
{
    public static FieldErrors Validate(ExtendInspection command) => InvestigationExtension.Validate(command.ApprovedBy, command.Reason);

    /// <summary>Approves the pending request (the approver is the caller; the command's fields are not read).</summary>
    public static Decision Decide(InspectionCase state, ExtendInspection command, CaseContext<InspectionRules> ctx) =>
        InvestigationExtension.Approve(state.ExtensionPeriod, ctx, (currentDue, newDue, request) => new InspectionPeriodExtended(state.Id, currentDue,
            newDue.DueOn, newDue.IsProvisional, ctx.Actor, request.Reason, ctx.Actor, ctx.Now));
}

public static class ExtendInspectionEndpoint
{
    public static ProblemDetails Validate(ExtendInspection command) => ExtendInspectionDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Supervisor)]
    [EndpointSummary("批准延期 · Approve the extension of the investigation period")]
    [EndpointDescription("批准承办人员的延期申请：办案期限延长一次，延长30个工作日（劳动保障监察条例第17条）。只有案件所在市或省级的督查人员可以批准，批准人就是当前登录的账号，不再填写批准人姓名（approvedBy 和 reason 字段不再读取，仅为兼容保留；理由以申请为准）。须提交所看到的案件 version（已过期返回 409）。没有等待批准的申请（须先调用 request-extension）、调用者不是该案件的批准人、申请人是本人、已延长过、期限已届满或办案期限不在计算中的，返回 422。\n\n" +
        "Approves the staff's pending extension request: the investigation period is extended once, by 30 working days (Labour Security Supervision Regulations Art. 17). Only a supervisor of the county's city or of the province may approve; the approver is the signed-in account, never a typed name (approvedBy and reason are no longer read and are kept only for compatibility; the request states the reason). Send the case version you saw (409 when stale). 422 when no request is pending (call request-extension first), the caller does not approve this case's extensions or made the request, it was already extended, the period has ended, or the period is not running.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/extend", OperationId = "extendInspection")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        ExtendInspection command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, ExtendInspectionDecision.Decide(@case, command, services.ContextFor(user)));
}
