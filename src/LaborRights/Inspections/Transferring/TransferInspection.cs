using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Inspections.Transferring;

/// <param name="Department">The department the matter goes to, e.g. 市场监督管理局, or the police for a suspected crime.</param>
public sealed record TransferInspection(int Version, string? Department, string? Reason);

public static class TransferInspectionDecision
{
    public static FieldErrors Validate(TransferInspection command) => new FieldErrors()
        .Text("department", command.Department, 200, "移送部门", "Department")
        .Text("reason", command.Reason, 2000, "移送理由", "Reason");

    /// <summary>
    /// 劳动保障监察条例 第18条: a matter outside labour inspection goes to the competent department; a suspected crime
    /// goes to the judicial organs even after a penalty (行政执法机关移送涉嫌犯罪案件的规定), so a penalty does not block it.
    /// </summary>
    public static Decision Decide(InspectionCase state, TransferInspection command, CaseContext<InspectionRules> ctx)
    {
        if (!state.IsOpen) return CaseRefusals.NotAllowedIn(state.Status, "移送", "be transferred");
        return Decision.Emit(new InspectionCaseTransferred(state.Id, command.Department!.Trim(), command.Reason!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class TransferInspectionEndpoint
{
    public static ProblemDetails Validate(TransferInspection command) => TransferInspectionDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector)]
    [WolverinePost("/api/inspections/{id}/transfer")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        TransferInspection command, [WriteAggregate] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, TransferInspectionDecision.Decide(@case, command, services.ContextFor(user)));
}
