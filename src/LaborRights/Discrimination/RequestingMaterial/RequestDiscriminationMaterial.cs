using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.RequestingMaterial;

public sealed record RequestDiscriminationMaterial(int Version, string? Missing);

/// <summary>The filer supplied the material (recorded by staff): the acceptance period starts again.</summary>
public sealed record RecordDiscriminationMaterialSupplied(int Version, string? Note);

public static class DiscriminationMaterialDecisions
{
    public static FieldErrors Validate(RequestDiscriminationMaterial command) => new FieldErrors()
        .Text("missing", command.Missing, 2000, "需补正的材料", "Missing material");

    public static FieldErrors Validate(RecordDiscriminationMaterialSupplied command) => new FieldErrors()
        .MaxLength("note", command.Note, 2000, "备注", "Note");

    /// <summary>劳动保障监察条例 第15条 (as for wage arrears): an employer that cannot be identified means asking for more.</summary>
    public static Decision Decide(DiscriminationCase state, RequestDiscriminationMaterial command, CaseContext<DiscriminationRules> ctx) =>
        state.Status != DiscriminationStatus.PendingAcceptance
            ? CaseRefusals.NotAllowedIn(state.Status, "要求补正材料", "ask for more material")
            : Decision.Emit(new DiscriminationMaterialRequested(state.Id, command.Missing!.Trim(), ctx.Actor, ctx.Now));

    public static Decision Decide(DiscriminationCase state, RecordDiscriminationMaterialSupplied command, CaseContext<DiscriminationRules> ctx)
    {
        if (state.Status != DiscriminationStatus.AwaitingMaterial)
            return CaseRefusals.NotAllowedIn(state.Status, "登记补正材料", "record supplied material");
        var due = ctx.Calendar.AddWorkingDays(ctx.Today, ctx.Rules.AcceptanceWorkingDays);
        return Decision.Emit(new DiscriminationMaterialSupplied(state.Id, command.Note?.Trim() ?? "", due.DueOn, due.IsProvisional, ctx.Actor, ctx.Now));
    }
}

public static class RequestDiscriminationMaterialEndpoint
{
    public static ProblemDetails Validate(RequestDiscriminationMaterial command) => DiscriminationMaterialDecisions.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [WolverinePost("/api/discrimination/{id}/request-material")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        RequestDiscriminationMaterial command, [WriteAggregate] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, DiscriminationMaterialDecisions.Decide(@case, command, services.ContextFor(user)));
}

public static class RecordDiscriminationMaterialSuppliedEndpoint
{
    public static ProblemDetails Validate(RecordDiscriminationMaterialSupplied command) => DiscriminationMaterialDecisions.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [WolverinePost("/api/discrimination/{id}/material-supplied")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        RecordDiscriminationMaterialSupplied command, [WriteAggregate] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, DiscriminationMaterialDecisions.Decide(@case, command, services.ContextFor(user)));
}
