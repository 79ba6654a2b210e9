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
    [EndpointDescription(ExtensionRequestTexts.ArbitrationRequestDescription)]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/request-extension", OperationId = "requestArbitrationExtension")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        RequestExtension command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services)
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
    [EndpointDescription(ExtensionRequestTexts.ArbitrationDeclineDescription)]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/decline-extension", OperationId = "declineArbitrationExtension")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        DeclineExtension command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services)
    {
        var ctx = services.ContextFor(user);
        return CaseCommandAnswer.From(@case, ExtensionRequests.Decline(@case.Id, @case.ExtensionPeriod, command, ctx.Actor, ctx.Scope, ctx.Now));
    }
}
