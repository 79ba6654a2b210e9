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
        InvestigationExtension.Decide(state.IsOpen, state.Status, state.Extended, state.InvestigationDueOn!.Value, command.ApprovedBy!,
            ctx, (currentDue, newDue) => new InvestigationExtended(state.Id, currentDue, newDue.DueOn,
                newDue.IsProvisional, command.ApprovedBy!.Trim(), command.Reason!.Trim(), ctx.Actor, ctx.Now));
}

public static class ExtendInvestigationEndpoint
{
    public static ProblemDetails Validate(ExtendInvestigation command) => ExtendInvestigationDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverinePost("/api/wage-arrears/{id}/extend")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        ExtendInvestigation command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, ExtendInvestigationDecision.Decide(@case, command, services.ContextFor(user)));
}
