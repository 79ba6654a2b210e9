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
    [EndpointSummary("移送其他部门 · Transfer an inspection to another department")]
    [EndpointDescription("不属于劳动保障监察范围的事项，监察员移送有权处理的部门（如市场监督管理局），" +
        "涉嫌犯罪的移送司法机关（劳动保障监察条例第18条），须写明部门和理由；已作出行政处罚的也可以移送，移送后案件结束。" +
        "须提交所看到的案件 version，已过期返回 409。案件已结束的返回 422。\n\n" +
        "A matter outside labour inspection goes to the competent department (e.g. market regulation), a suspected crime to the judicial organs " +
        "(Labour Security Supervision Regulations Art. 18): an inspector transfers the case, naming the department and the reason; a penalty does " +
        "not prevent it, and the case ends. Send the case version you saw; a stale one gets 409. 422 when the case has ended.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/transfer", OperationId = "transferInspection")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        TransferInspection command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, TransferInspectionDecision.Decide(@case, command, services.ContextFor(user)));
}
