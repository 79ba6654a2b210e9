using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.RequestingMaterial;

public sealed record RequestMaterial(int Version, string? Missing);

/// <summary>The complainant supplied the material (recorded by staff): the acceptance period starts again.</summary>
public sealed record RecordMaterialSupplied(int Version, string? Note);

public static class MaterialDecisions
{
    public static FieldErrors Validate(RequestMaterial command) => new FieldErrors()
        .Text("missing", command.Missing, 2000, "需补正的材料", "Missing material");

    public static FieldErrors Validate(RecordMaterialSupplied command) => new FieldErrors()
        .MaxLength("note", command.Note, 2000, "备注", "Note");

    public static Decision Decide(WageArrearsCase state, RequestMaterial command, CaseContext<WageArrearsRules> ctx) =>
        state.Status != CaseStatus.PendingAcceptance
            ? CaseRefusals.NotAllowedIn(state.Status, "要求补正材料", "ask for more material")
            : Decision.Emit(new MaterialRequested(state.Id, command.Missing!.Trim(), ctx.Actor, ctx.Now));

    public static Decision Decide(WageArrearsCase state, RecordMaterialSupplied command, CaseContext<WageArrearsRules> ctx)
    {
        if (state.Status != CaseStatus.AwaitingMaterial)
            return CaseRefusals.NotAllowedIn(state.Status, "登记补正材料", "record supplied material");
        var due = ctx.Calendar.AddWorkingDays(ctx.Today, ctx.Rules.AcceptanceWorkingDays);
        return Decision.Emit(new MaterialSupplied(state.Id, command.Note?.Trim() ?? "", due.DueOn, due.IsProvisional, ctx.Actor, ctx.Now));
    }
}

public static class RequestMaterialEndpoint
{
    public static ProblemDetails Validate(RequestMaterial command) => MaterialDecisions.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [WolverinePost("/api/wage-arrears/{id}/request-material")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        RequestMaterial command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, MaterialDecisions.Decide(@case, command, services.ContextFor(user)));
}

public static class RecordMaterialSuppliedEndpoint
{
    public static ProblemDetails Validate(RecordMaterialSupplied command) => MaterialDecisions.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [WolverinePost("/api/wage-arrears/{id}/material-supplied")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        RecordMaterialSupplied command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, MaterialDecisions.Decide(@case, command, services.ContextFor(user)));
}
