using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Inspections.Penalising;

/// <param name="LegalBasis">The article the fine rests on, e.g. "劳动保障监察条例第二十五条".</param>
public sealed record ImposePenalty(int Version, decimal? Amount, string? LegalBasis);

public static class ImposePenaltyDecision
{
    public static FieldErrors Validate(ImposePenalty command) => new FieldErrors()
        .Required("amount", command.Amount, "罚款金额", "Fine amount")
        .Money("amount", command.Amount, "罚款金额", "Fine amount")
        .Text("legalBasis", command.LegalBasis, 500, "处罚依据", "Legal basis");

    /// <summary>
    /// 行政处罚法 第44条、第45条、第62条: no penalty decision before the party was heard on the facts it rests on.
    /// While a rectification order runs the employer still has time to correct, so no penalty either.
    /// </summary>
    public static Decision Decide(InspectionCase state, ImposePenalty command, CaseContext<InspectionRules> ctx)
    {
        if (CaseRefusals.RequireTwoInspectors(state.IsOpen, state.Status, state.Inspectors.Count, "作出行政处罚", "impose a penalty") is { } refusal) return refusal;
        if (state.RectifyBy is { } pending) return InspectionRefusals.RectificationPending(pending, "作出行政处罚", "impose a penalty");
        if (state.ViolationsFound == 0)
            return new Refusal("no-violation-found", "尚未认定违法事实，不能处罚。", "No violation has been found; there is nothing to penalise.");
        if (!state.EmployerHeardOnAllFindings)
            return new Refusal("employer-not-heard",
                "作出行政处罚决定前，须听取用人单位对全部违法事实的陈述申辩（行政处罚法第四十四条、第四十五条）。",
                "The employer must be heard on every violation found before a penalty is decided (Administrative Penalty Law Art. 44, 45).");
        if (state.Penalised)
            return new Refusal("penalty-already-imposed", "本案已作出行政处罚决定。", "A penalty has already been imposed in this case.");
        return Decision.Emit(new PenaltyImposed(state.Id, command.Amount!.Value, command.LegalBasis!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class ImposePenaltyEndpoint
{
    public static ProblemDetails Validate(ImposePenalty command) => ImposePenaltyDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector)]
    [EndpointSummary("作出行政处罚 · Impose a fine on the employer")]
    [EndpointDescription("监察员对用人单位作出罚款决定，写明金额和处罚依据（例如劳动保障监察条例第二十五条）；每件案件只能处罚一次。" +
        "处罚前须已听取用人单位对全部违法事实的陈述申辩（行政处罚法第44条、第45条、第62条），且没有待复查的责令改正。须已指派至少2名监察员，" +
        "并提交所看到的案件 version（已过期返回 409）。尚未认定违法事实、未听取陈述申辩、有待复查的责令改正、已处罚过或案件已结束的，返回 422。\n\n" +
        "An inspector fines the employer, stating the amount and the legal basis (e.g. Labour Security Supervision Regulations Art. 25); one " +
        "penalty per case. The employer must have been heard on every violation found (Administrative Penalty Law Arts. 44, 45 and 62), and no " +
        "rectification order may await its follow-up. At least two inspectors must be assigned; send the case version you saw (409 when stale). " +
        "422 when no violation was found, the employer was not heard, an order awaits its check, a penalty was already imposed, or the case has " +
        "ended.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/impose-penalty", OperationId = "imposeInspectionPenalty")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        ImposePenalty command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, ImposePenaltyDecision.Decide(@case, command, services.ContextFor(user)));
}
