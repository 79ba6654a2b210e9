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

    /// <summary>
    /// 劳动保障监察条例 第15条 (as for wage arrears): an employer that cannot be identified means asking for more; the
    /// filer is given the office's period (working days) to supply it.
    /// </summary>
    public static Decision Decide(DiscriminationCase state, RequestDiscriminationMaterial command, CaseContext<DiscriminationRules> ctx)
    {
        if (state.Status != DiscriminationStatus.PendingAcceptance) return CaseRefusals.NotAllowedIn(state.Status, "要求补正材料", "ask for more material");
        var supplyBy = ctx.Calendar.AddWorkingDays(ctx.Today, ctx.Rules.MaterialSupplyWorkingDays);
        return Decision.Emit(new DiscriminationMaterialRequested(state.Id, command.Missing!.Trim(), ctx.Actor, ctx.Now, supplyBy.DueOn, supplyBy.IsProvisional));
    }

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
    [EndpointSummary("要求补正就业歧视案件材料 · Ask the filer for missing material")]
    [EndpointDescription("监察员在受理审查期间要求投诉人或举报人补正材料（例如无法确定用人单位时），须写明需补正的内容；案件转为“待补正材料”，" +
        "受理期限暂不计算（劳动保障监察条例第15条）；投诉人或举报人须在配置的期限（默认10个工作日）内补正，逾期按配置处理（默认视为未补正、不予受理）。须提交所看到的案件 version，已过期返回 409。案件不在受理审查中的返回 422。\n\n" +
        "While acceptance is pending, an inspector asks the filer for missing material (e.g. when the employer cannot be identified), saying what " +
        "is missing; the case then awaits material and has no acceptance deadline meanwhile (Labour Security Supervision Regulations Art. 15); " +
        "the filer has the office's period (10 working days unless configured) to supply it, after which the configured rule applies (by " +
        "default the complaint is not accepted). " +
        "Send the case version you saw; a stale one gets 409. 422 unless the case is awaiting the acceptance decision.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/request-material", OperationId = "requestDiscriminationMaterial")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        RequestDiscriminationMaterial command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, DiscriminationMaterialDecisions.Decide(@case, command, services.ContextFor(user)));
}

public static class RecordDiscriminationMaterialSuppliedEndpoint
{
    public static ProblemDetails Validate(RecordDiscriminationMaterialSupplied command) => DiscriminationMaterialDecisions.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("登记已补正材料 · Record that the filer supplied the material")]
    [EndpointDescription("监察员登记投诉人或举报人已补正材料（可附备注）；案件回到受理审查中，5个工作日的受理期限从当日重新起算。" +
        "须提交所看到的案件 version，已过期返回 409。案件不在“待补正材料”状态的返回 422。\n\n" +
        "An inspector records that the filer supplied the material asked for (with an optional note); the case again awaits the acceptance " +
        "decision, and the 5-working-day acceptance period starts again that day. Send the case version you saw; a stale one gets 409. 422 unless " +
        "the case is awaiting material.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/material-supplied", OperationId = "recordDiscriminationMaterialSupplied")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        RecordDiscriminationMaterialSupplied command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, DiscriminationMaterialDecisions.Decide(@case, command, services.ContextFor(user)));
}
