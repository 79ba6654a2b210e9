using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Extending;

public sealed record ExtendDiscriminationInvestigation(int Version, string? ApprovedBy, string? Reason);

/// <summary>
/// 劳动保障监察条例 第17条, which governs discrimination cases as labour-inspection matters (妇女权益保障法 第49条,
/// 鲁政发〔2024〕14号 十九): one extension of 30 working days, approved by someone else, before the period ends.
/// </summary>
public static class ExtendDiscriminationInvestigationDecision
{
    public static FieldErrors Validate(ExtendDiscriminationInvestigation command) => InvestigationExtension.Validate(command.ApprovedBy, command.Reason);

    public static Decision Decide(DiscriminationCase state, ExtendDiscriminationInvestigation command, CaseContext<DiscriminationRules> ctx) =>
        state.InvestigationDueOn is not { } currentDue
            ? CaseRefusals.NotAllowedIn(state.Status, "延长办案期限", "be extended")
            : InvestigationExtension.Decide(state.IsOpen, state.Status, state.Extended, currentDue, command.ApprovedBy!, ctx,
                (due, newDue) => new DiscriminationInvestigationExtended(state.Id, due, newDue.DueOn, newDue.IsProvisional,
                    command.ApprovedBy!.Trim(), command.Reason!.Trim(), ctx.Actor, ctx.Now));
}

public static class ExtendDiscriminationInvestigationEndpoint
{
    public static ProblemDetails Validate(ExtendDiscriminationInvestigation command) => ExtendDiscriminationInvestigationDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("延长就业歧视案件办案期限 · Extend a discrimination case")]
    [EndpointDescription("案情复杂的，经他人批准，办案期限可延长一次，延长30个工作日（劳动保障监察条例第17条）；须写明批准人和延期理由。" +
        "监察员和督查人员可操作；须提交所看到的案件 version（已过期返回 409）。未立案、已延长过、批准人是本人、期限已届满或案件已结束的，返回 422。\n\n" +
        "A complex case's period may be extended once, by 30 working days, with someone else's approval (Labour Security Supervision Regulations " +
        "Art. 17); name the approver and the reason. Inspectors and supervisors may do it; send the case version you saw (409 when stale). 422 when the case was not accepted, was " +
        "already extended, the approver is the caller, the period has already ended, or the case has ended.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/extend", OperationId = "extendDiscriminationCase")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        ExtendDiscriminationInvestigation command, [WriteAggregate] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, ExtendDiscriminationInvestigationDecision.Decide(@case, command, services.ContextFor(user)));
}
