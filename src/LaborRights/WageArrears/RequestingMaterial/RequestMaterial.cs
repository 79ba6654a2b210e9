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

    /// <summary>The complainant is given the office's period (working days) to supply what is missing.</summary>
    public static Decision Decide(WageArrearsCase state, RequestMaterial command, CaseContext<WageArrearsRules> ctx)
    {
        if (state.Status != CaseStatus.PendingAcceptance) return CaseRefusals.NotAllowedIn(state.Status, "要求补正材料", "ask for more material");
        var supplyBy = ctx.Calendar.AddWorkingDays(ctx.Today, ctx.Rules.MaterialSupplyWorkingDays);
        return Decision.Emit(new MaterialRequested(state.Id, command.Missing!.Trim(), ctx.Actor, ctx.Now, supplyBy.DueOn, supplyBy.IsProvisional));
    }

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
    [EndpointSummary("要求投诉人补正材料 · Ask the complainant for missing material")]
    [EndpointDescription("监察员在受理审查期间要求投诉人补正材料，须写明需补正的内容；案件转为“待补正材料”，受理期限暂停计算，" +
        "已经逾期的仍标为逾期。投诉人应在本机关规定的工作日内补正（配置 WageArrears:MaterialSupplyWorkingDays），逾期未补正的按本机关规定处理" +
        "（不予受理并说明理由，或继续等待并标为逾期）。须提交所看到的案件 version，已过期返回 409。案件不在受理审查中的返回 422。\n\n" +
        "While acceptance is pending, an inspector asks the complainant for missing material, saying what is missing; the acceptance clock " +
        "pauses, and a deadline already missed stays marked. The complainant has the office's period (working days, configured) to supply it; " +
        "when it lapses the office's rule applies (the complaint ends, not accepted, with the reason; or the case keeps waiting, marked late). " +
        "Send the case version you saw; a stale one gets 409. 422 unless the case is awaiting the acceptance decision.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/request-material", OperationId = "requestWageArrearsMaterial")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        RequestMaterial command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, MaterialDecisions.Decide(@case, command, services.ContextFor(user)));
}

public static class RecordMaterialSuppliedEndpoint
{
    public static ProblemDetails Validate(RecordMaterialSupplied command) => MaterialDecisions.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("登记投诉人已补正材料 · Record that the material was supplied")]
    [EndpointDescription("监察员登记投诉人已补正材料（可附备注）；案件回到受理审查中，5个工作日的受理期限从当日重新起算。" +
        "须提交所看到的案件 version，已过期返回 409。案件不在“待补正材料”状态的返回 422。\n\n" +
        "An inspector records that the complainant supplied the material asked for (with an optional note); the case again awaits the acceptance " +
        "decision, and the 5-working-day acceptance period starts again that day. Send the case version you saw; a stale one gets 409. 422 unless " +
        "the case is awaiting material.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/material-supplied", OperationId = "recordWageArrearsMaterialSupplied")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        RecordMaterialSupplied command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, MaterialDecisions.Decide(@case, command, services.ContextFor(user)));
}
