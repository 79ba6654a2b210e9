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

    public static Decision Decide(InspectionCase state, ExtendInspection command, CaseContext<InspectionRules> ctx) =>
        InvestigationExtension.Decide(state.IsOpen, state.Status, state.Extended, state.InvestigationDueOn, command.ApprovedBy!,
            ctx, (currentDue, newDue) => new InspectionPeriodExtended(state.Id, currentDue, newDue.DueOn,
                newDue.IsProvisional, command.ApprovedBy!.Trim(), command.Reason!.Trim(), ctx.Actor, ctx.Now));
}

public static class ExtendInspectionEndpoint
{
    public static ProblemDetails Validate(ExtendInspection command) => ExtendInspectionDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("延长办案期限 · Extend a labour inspection")]
    [EndpointDescription("案情复杂的，经他人批准，办案期限可延长一次，延长30个工作日（劳动保障监察条例第17条）；须写明批准人和延期理由。" +
        "监察员和督查人员可操作；须提交所看到的案件 version（已过期返回 409）。已延长过、批准人是本人、期限已届满或案件已结束的，返回 422。\n\n" +
        "A complex case's period may be extended once, by 30 working days, with someone else's approval (Labour Security Supervision Regulations " +
        "Art. 17); name the approver and the reason. Inspectors and supervisors may do it; send the case version you saw (409 when stale). 422 " +
        "when it was already extended, the approver is the caller, the period has already ended, or the case has ended.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/extend", OperationId = "extendInspection")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        ExtendInspection command, [WriteAggregate] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, ExtendInspectionDecision.Decide(@case, command, services.ContextFor(user)));
}
