using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Extending;

/// <summary>申请延期: the case's staff ask for the one extension of its award period; the approver decides (<see cref="ExtensionRequests"/>).</summary>
public static class RequestArbitrationExtensionEndpoint
{
    public static ProblemDetails Validate(RequestExtension command) => ExtensionRequests.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("申请延长审理期限 · Ask for an extension of an arbitration case")]
    [EndpointDescription("案情复杂的，承办的仲裁员可申请将审理期限延长一次，延长15日（劳动争议调解仲裁法第43条），须写明理由；" +
        "申请在仲裁委员会主任批准后才生效，等待批准的申请列在批准人的待办中。须提交所看到的案件 version（已过期返回 409）。" +
        "已延长过、已有申请在等待、期限已届满或审理期限不在计算中的，返回 422。\n\n" +
        "Arbitrators handling a complex case may ask once for its award period to be extended by 15 days (Labour Dispute Mediation and Arbitration Law Art. 43), stating why; " +
        "the extension takes effect only when the commission's chair approves it, and pending requests are listed in the approver's queue. Send the " +
        "case version you saw (409 when stale). 422 when it was already extended, a request is already pending, the period has ended, or the " +
        "period is not running.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/request-extension", OperationId = "requestArbitrationExtension")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        RequestExtension command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services)
    {
        var ctx = services.ContextFor(user);
        return CaseCommandAnswer.From(@case, ExtensionRequests.Request(@case.Id, @case.ExtensionPeriod, command, ctx.Actor, ctx.Now));
    }
}

/// <summary>不予批准延期: the approver declines the pending request, with the reason; the period stays as it was.</summary>
public static class DeclineArbitrationExtensionEndpoint
{
    public static ProblemDetails Validate(DeclineExtension command) => ExtensionRequests.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.ArbitrationChair)]
    [EndpointSummary("不予批准延期 · Decline the extension request of an arbitration case")]
    [EndpointDescription("仲裁委员会主任对等待批准的延期申请不予批准，须写明理由；审理期限不变，承办人员可再次申请。" +
        "须提交所看到的案件 version（已过期返回 409）。没有等待批准的申请、或调用者不是该案件的批准人的，返回 422。\n\n" +
        "The commission's chair declines the pending extension request, stating why; the period stays as it was and the staff may ask again. " +
        "Send the case version you saw (409 when stale). 422 when no request is pending or the caller does not approve this case's extensions.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/decline-extension", OperationId = "declineArbitrationExtension")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        DeclineExtension command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services)
    {
        var ctx = services.ContextFor(user);
        return CaseCommandAnswer.From(@case, ExtensionRequests.Decline(@case.Id, @case.ExtensionPeriod, command, ctx.Actor, ctx.Scope, ctx.Now));
    }
}
