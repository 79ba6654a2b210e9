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
    [EndpointDescription(ExtensionRequestTexts.LabourRequestDescription)]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/request-extension", OperationId = "requestInspectionExtension")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        RequestExtension command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services)
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
    [EndpointDescription(ExtensionRequestTexts.LabourDeclineDescription)]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/decline-extension", OperationId = "declineInspectionExtension")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        DeclineExtension command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services)
    {
        var ctx = services.ContextFor(user);
        return CaseCommandAnswer.From(@case, ExtensionRequests.Decline(@case.Id, @case.ExtensionPeriod, command, ctx.Actor, ctx.Scope, ctx.Now));
    }
}
