using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Mediating;

public sealed record SettlementItemForm(ClaimCategory? Category, string? Description, decimal? Amount);

public sealed record RecordMediationAgreement(int Version, IReadOnlyList<SettlementItemForm>? Items, string? Summary);

public sealed record RecordMediationFailure(int Version, string? Note);

/// <summary>劳动争议调解仲裁法 第42条: the tribunal tries mediation before it awards.</summary>
public static class MediationDecisions
{
    public static FieldErrors Validate(RecordMediationAgreement command)
    {
        var errors = new FieldErrors()
            .Text("summary", command.Summary, 4000, "调解协议内容", "Summary");
        if (command.Items is not { Count: > 0 and <= 50 })
            errors.Add("items", "调解协议须列明1至50项约定", "The agreement must list 1 to 50 agreed items");
        for (var i = 0; i < (command.Items?.Count ?? 0); i++)
        {
            var item = command.Items![i];
            if (item is null)
            {
                errors.Add($"items[{i}]", "约定事项不能为空", "An agreed item cannot be empty");
                continue;
            }
            errors.Required($"items[{i}].category", item.Category, "事项类别", "Category")
                .Required($"items[{i}].description", item.Description, "约定内容", "Description")
                .MaxLength($"items[{i}].description", item.Description, 500, "约定内容", "Description")
                .Money($"items[{i}].amount", item.Amount, "约定金额", "Amount", allowZero: true);
        }
        return errors;
    }

    public static FieldErrors Validate(RecordMediationFailure command) => new FieldErrors()
        .Text("note", command.Note, 2000, "调解情况", "Note");

    public static Decision Decide(ArbitrationCase state, RecordMediationAgreement command, ArbitrationContext ctx)
    {
        if (CannotMediate(state) is { } refusal) return refusal;
        var items = command.Items!.Select(i => new SettlementItem(i.Category!.Value, i.Description!.Trim(), i.Amount)).ToList();
        return Decision.Emit(new MediationAgreementReached(state.Id, items, command.Summary!.Trim(), ctx.Actor, ctx.Now));
    }

    public static Decision Decide(ArbitrationCase state, RecordMediationFailure command, ArbitrationContext ctx) =>
        CannotMediate(state) ?? Decision.Emit(new MediationFailed(state.Id, command.Note!.Trim(), ctx.Actor, ctx.Now));

    private static Decision? CannotMediate(ArbitrationCase state)
    {
        if (state.Status is not (ArbitrationStatus.PanelFormed or ArbitrationStatus.HearingScheduled or ArbitrationStatus.Heard))
            return CaseRefusals.NotAllowedIn(state.Status, "进行调解", "be mediated");
        if (state.RespondentAbsent)
            return new Refusal("respondent-absent",
                "被申请人未到庭，无法调解，可以缺席裁决（劳动争议调解仲裁法第36条）。",
                "The respondent did not appear: mediation is impossible, a default award may be made (Art. 36).");
        return null;
    }
}

public static class RecordMediationAgreementEndpoint
{
    public static ProblemDetails Validate(RecordMediationAgreement command) => MediationDecisions.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("记录调解协议 · Record a mediation agreement")]
    [EndpointDescription("仲裁庭在裁决前先行调解（劳动争议调解仲裁法第42条）。调解达成协议的，仲裁员记录协议约定的事项（1至50项）和协议内容，" +
        "案件以调解结案。须提交所看到的案件 version，已过期返回 409。尚未组成仲裁庭、案件已中止或已结束，或被申请人未到庭（只能缺席裁决）的，" +
        "返回 422。\n\n" +
        "The tribunal tries mediation before it awards (Labour Dispute Mediation and Arbitration Law Art. 42). When the parties agree, an " +
        "arbitrator records the agreed items (1 to 50) and the agreement, and the case closes by mediation. Send the case version you saw; a stale " +
        "one gets 409. 422 when no tribunal is formed, the case is suspended or has ended, or the respondent did not appear (only a default award " +
        "is possible).")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/record-mediation-agreement", OperationId = "recordArbitrationMediationAgreement")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        RecordMediationAgreement command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, MediationDecisions.Decide(@case, command, services.ContextFor(user)));
}

public static class RecordMediationFailureEndpoint
{
    public static ProblemDetails Validate(RecordMediationFailure command) => MediationDecisions.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("记录调解不成 · Record that mediation failed")]
    [EndpointDescription("调解未达成协议的，仲裁员记录调解情况，案件状态不变，此后可以作出裁决（劳动争议调解仲裁法第42条：裁决前应先行调解）。" +
        "须提交所看到的案件 version，已过期返回 409。尚未组成仲裁庭、案件已中止或已结束，或被申请人未到庭的，返回 422。\n\n" +
        "When mediation ends without agreement, an arbitrator records how it went; the case's status does not change, and an award may follow " +
        "(Labour Dispute Mediation and Arbitration Law Art. 42: mediation before an award). Send the case version you saw; a stale one gets 409. " +
        "422 when no tribunal is formed, the case is suspended or has ended, or the respondent did not appear.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/record-mediation-failure", OperationId = "recordArbitrationMediationFailure")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        RecordMediationFailure command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, MediationDecisions.Decide(@case, command, services.ContextFor(user)));
}
