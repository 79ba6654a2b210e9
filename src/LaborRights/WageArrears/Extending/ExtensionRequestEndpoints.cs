using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Extending;

/// <summary>申请延期: the case's staff ask for the one extension of its investigation period; the approver decides (<see cref="ExtensionRequests"/>).</summary>
public static class RequestWageArrearsExtensionEndpoint
{
    public static ProblemDetails Validate(RequestExtension command) => ExtensionRequests.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("申请延长办案期限 · Ask for an extension of a wage-arrears case")]
    [EndpointDescription(ExtensionRequestTexts.LabourRequestDescription)]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/request-extension", OperationId = "requestWageArrearsExtension")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        RequestExtension command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services)
    {
        var ctx = services.ContextFor(user);
        return CaseCommandAnswer.From(@case, ExtensionRequests.Request(@case.Id, @case.ExtensionPeriod, command, ctx.Actor, ctx.Now));
    }
}

/// <summary>不予批准延期: the approver declines the pending request, with the reason; the period stays as it was.</summary>
public static class DeclineWageArrearsExtensionEndpoint
{
    public static ProblemDetails Validate(DeclineExtension command) => ExtensionRequests.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Supervisor)]
    [EndpointSummary("不予批准延期 · Decline the extension request of a wage-arrears case")]
    [EndpointDescription(ExtensionRequestTexts.LabourDeclineDescription)]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/decline-extension", OperationId = "declineWageArrearsExtension")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        DeclineExtension command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services)
    {
        var ctx = services.ContextFor(user);
        return CaseCommandAnswer.From(@case, ExtensionRequests.Decline(@case.Id, @case.ExtensionPeriod, command, ctx.Actor, ctx.Scope, ctx.Now));
    }
}
