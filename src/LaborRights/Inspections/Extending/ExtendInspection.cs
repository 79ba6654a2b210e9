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
    [WolverinePost("/api/inspections/{id}/extend")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        ExtendInspection command, [WriteAggregate] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, ExtendInspectionDecision.Decide(@case, command, services.ContextFor(user)));
}
