using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Extending;

public sealed record ExtendInvestigation(int Version, string? ApprovedBy, string? Reason);

public static class ExtendInvestigationDecision
{
    public static FieldErrors Validate(ExtendInvestigation command) => InvestigationExtension.Validate(command.ApprovedBy, command.Reason);

    public static Decision Decide(WageArrearsCase state, ExtendInvestigation command, CaseContext<WageArrearsRules> ctx) =>
        // Not yet accepted: there is no investigation period to extend.
        state.InvestigationDueOn is not { } due
            ? CaseRefusals.NotAllowedIn(state.Status, "延长办案期限", "be extended")
            : InvestigationExtension.Decide(state.IsOpen, state.Status, state.Extended, due, command.ApprovedBy!,
                ctx, (currentDue, newDue) => new InvestigationExtended(state.Id, currentDue, newDue.DueOn,
                    newDue.IsProvisional, command.ApprovedBy!.Trim(), command.Reason!.Trim(), ctx.Actor, ctx.Now));
}

public static class ExtendInvestigationEndpoint
{
    public static ProblemDetails Validate(ExtendInvestigation command) => ExtendInvestigationDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("延长办案期限 · Extend a wage-arrears investigation")]
    [EndpointDescription("案情复杂的，经他人批准，办案期限可延长一次，延长30个工作日（劳动保障监察条例第17条）；须写明批准人和延期理由。" +
        "监察员和督查人员可操作。须提交所看到的案件 version，已过期返回 409。已延长过、批准人是本人、期限已届满或案件不在办理中的，返回 422。\n\n" +
        "A complex case's investigation period may be extended once, by 30 working days, with someone else's approval (Labour Security Supervision " +
        "Regulations Art. 17); name the approver and the reason. Inspectors and supervisors may do it. Send the case version you saw; a stale one " +
        "gets 409. 422 when it was already extended, the approver is the caller, the period has already ended, or the case is not open.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/extend", OperationId = "extendWageArrearsInvestigation")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        ExtendInvestigation command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, ExtendInvestigationDecision.Decide(@case, command, services.ContextFor(user)));
}
