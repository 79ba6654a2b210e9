using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Extending;

/// <summary>申请延期: the case's staff ask for the one extension of its investigation period; the approver decides (<see cref="ExtensionRequests"/>).</summary>
public static class RequestDiscriminationExtensionEndpoint
{
    public static ProblemDetails Validate(RequestExtension command) => ExtensionRequests.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("申请延长办案期限 · Ask for an extension of a discrimination case")]
    [EndpointDescription(ExtensionRequestTexts.LabourRequestDescription)]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/request-extension", OperationId = "requestDiscriminationExtension")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        RequestExtension command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services)
    {
        var ctx = services.ContextFor(user);
        return CaseCommandAnswer.From(@case, ExtensionRequests.Request(@case.Id, @case.ExtensionPeriod, command, ctx.Actor, ctx.Now));
    }
}

/// <summary>不予批准延期: the approver declines the pending request, with the reason; the period stays as it was.</summary>
public static class DeclineDiscriminationExtensionEndpoint
{
    public static ProblemDetails Validate(DeclineExtension command) => ExtensionRequests.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Supervisor)]
    [EndpointSummary("不予批准延期 · Decline the extension request of a discrimination case")]
    [EndpointDescription(ExtensionRequestTexts.LabourDeclineDescription)]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/decline-extension", OperationId = "declineDiscriminationExtension")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        DeclineExtension command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services)
    {
        var ctx = services.ContextFor(user);
        return CaseCommandAnswer.From(@case, ExtensionRequests.Decline(@case.Id, @case.ExtensionPeriod, command, ctx.Actor, ctx.Scope, ctx.Now));
    }
}
