using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Inspections.Extending;

/// <summary>申请延期: the case's staff ask for the one extension of its investigation period; the approver decides (<see cref="ExtensionRequests"/>).</summary>
public static class RequestInspectionExtensionEndpoint
{
    public static ProblemDetails Validate(RequestExtension command) => ExtensionRequests.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector)]
    [EndpointSummary("申请延长办案期限 · Ask for an extension of a labour inspection")]
    [EndpointDescription("案情复杂的，承办的监察员可申请将办案期限延长一次，延长30个工作日（劳动保障监察条例第17条），须写明理由；" +
        "申请在案件所在市或省级的督查人员批准后才生效，等待批准的申请列在批准人的待办中。须提交所看到的案件 version（已过期返回 409）。" +
        "已延长过、已有申请在等待、期限已届满或办案期限不在计算中的，返回 422。\n\n" +
        "Inspectors handling a complex case may ask once for its investigation period to be extended by 30 working days (Labour Security Supervision Regulations Art. 17), stating why; " +
        "the extension takes effect only when a supervisor of the county's city or of the province approves it, and pending requests are listed in the approver's queue. Send the " +
        "case version you saw (409 when stale). 422 when it was already extended, a request is already pending, the period has ended, or the " +
        "period is not running.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/request-extension", OperationId = "requestInspectionExtension")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        RequestExtension command, [WriteAggregate] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services)
    {
        var ctx = services.ContextFor(user);
        return CaseCommandAnswer.From(@case, ExtensionRequests.Request(@case.Id, @case.ExtensionPeriod, command, ctx.Actor, ctx.Now));
    }
}

/// <summary>不予批准延期: the approver declines the pending request, with the reason; the period stays as it was.</summary>
public static class DeclineInspectionExtensionEndpoint
{
    public static ProblemDetails Validate(DeclineExtension command) => ExtensionRequests.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Supervisor)]
    [EndpointSummary("不予批准延期 · Decline the extension request of a labour inspection")]
    [EndpointDescription("案件所在市或省级的督查人员对等待批准的延期申请不予批准，须写明理由；办案期限不变，承办人员可再次申请。" +
        "须提交所看到的案件 version（已过期返回 409）。没有等待批准的申请、或调用者不是该案件的批准人的，返回 422。\n\n" +
        "A supervisor of the county's city or of the province declines the pending extension request, stating why; the period stays as it was and the staff may ask again. " +
        "Send the case version you saw (409 when stale). 422 when no request is pending or the caller does not approve this case's extensions.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/decline-extension", OperationId = "declineInspectionExtension")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        DeclineExtension command, [WriteAggregate] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services)
    {
        var ctx = services.ContextFor(user);
        return CaseCommandAnswer.From(@case, ExtensionRequests.Decline(@case.Id, @case.ExtensionPeriod, command, ctx.Actor, ctx.Scope, ctx.Now));
    }
}
