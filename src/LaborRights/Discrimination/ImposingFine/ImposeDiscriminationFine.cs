using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.ImposingFine;

/// <param name="Amount">Yuan, within the configured range (10,000–50,000 by 妇女权益保障法 第83条).</param>
public sealed record ImposeDiscriminationFine(int Version, decimal? Amount, string? Reason);

public static class ImposeDiscriminationFineDecision
{
    /// <summary>An amount outside the statutory range is wrong whatever the case's state: a field error (400; docs/adr/0006).</summary>
    public static FieldErrors Validate(ImposeDiscriminationFine command, DiscriminationRules rules)
    {
        var errors = new FieldErrors()
            .Required("amount", command.Amount, "罚款金额", "Amount")
            .Money("amount", command.Amount, "罚款金额", "Amount")
            .Text("reason", command.Reason, 2000, "处罚理由", "Reason");
        if (command.Amount is { } amount && (amount < rules.MinimumFine || amount > rules.MaximumFine))
            errors.Add("amount", $"罚款金额应在{rules.MinimumFine:0}元至{rules.MaximumFine:0}元之间",
                $"The fine must be between {rules.MinimumFine:0} and {rules.MaximumFine:0} yuan");
        return errors;
    }

    /// <summary>
    /// 妇女权益保障法 第83条: a discriminatory recruitment ad is first ordered corrected; only if it is not corrected by
    /// the ordered date may a fine of 10,000–50,000 yuan follow. 行政处罚法 第29条: the same act is fined only once.
    /// </summary>
    public static Decision Decide(DiscriminationCase state, ImposeDiscriminationFine command, CaseContext<DiscriminationRules> ctx)
    {
        if (DiscriminationRefusals.RequireSubstantiated(state, "罚款", "impose a fine") is { } refusal) return refusal;
        if (state.Stage != DiscriminationStage.RecruitmentAd)
            return new Refusal("fine-only-for-recruitment-ads",
                "罚款仅适用于招聘广告中的就业歧视（妇女权益保障法第83条）。",
                "A fine applies only to discriminatory recruitment ads (Women's Rights Protection Law Art. 83).");
        if (state.CorrectBy is not { } correctBy)
            return new Refusal("correction-order-required",
                "须先责令改正，逾期不改正的才能罚款。", "Order a correction first; a fine follows only if it is not made in time.");
        if (ctx.Today <= correctBy)
            return new Refusal("correction-deadline-not-passed",
                $"改正期限（{correctBy:yyyy-MM-dd}）尚未届满。", $"The correct-by date ({correctBy:yyyy-MM-dd}) has not passed yet.");
        // 第83条 fines an employer that does not correct: a follow-up check must have found no correction.
        if (state.Corrected is not false)
            return new Refusal(state.Corrected is true ? "corrected-in-time" : "correction-check-required",
                state.Corrected is true ? "用人单位已按期改正，不予罚款。" : "须先复查改正情况，逾期未改正的才能罚款。",
                state.Corrected is true ? "The employer corrected in time: no fine." : "Check the correction first; only an employer that did not correct is fined.");
        if (state.Fined)
            return new Refusal("fine-already-imposed",
                "已处罚款，同一违法行为不得两次罚款（行政处罚法第29条）。", "A fine was already imposed; the same act is not fined twice (Administrative Penalty Law Art. 29).");
        return Decision.Emit(new DiscriminationFineImposed(state.Id, command.Amount!.Value, correctBy, command.Reason!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class ImposeDiscriminationFineEndpoint
{
    public static ProblemDetails Validate(ImposeDiscriminationFine command, CaseServices<DiscriminationRules> services) =>
        ImposeDiscriminationFineDecision.Validate(command, services.Rules).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("处以罚款 · Fine the employer for a discriminatory recruitment ad")]
    [EndpointDescription("招聘广告中的就业歧视经责令改正、逾期仍未改正的，监察员处以1万元至5万元罚款，须写明处罚理由（妇女权益保障法第83条）；" +
        "金额超出范围返回 400。须已认定歧视成立、改正期限已过且复查认定未改正。须提交所看到的案件 version，已过期返回 409。不是招聘广告、" +
        "未责令改正、期限未过、未复查、已按期改正或已罚过款（同一违法行为不得两次罚款，行政处罚法第29条）的，返回 422。\n\n" +
        "When a discriminatory recruitment ad was ordered corrected and was not corrected in time, an inspector fines the employer 10,000 to " +
        "50,000 yuan, giving the reason (Women's Rights Protection Law Art. 83); an amount outside that range gets 400. Discrimination must be " +
        "found substantiated, the correct-by date passed and a check must have found no correction. Send the case version you saw; a stale one " +
        "gets 409. 422 when the case is not about a recruitment ad, no correction was ordered, the date has not passed, there was no check, the " +
        "employer corrected in time, or a fine was already imposed (one fine per act, Administrative Penalty Law Art. 29).")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/impose-fine", OperationId = "imposeDiscriminationFine")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        ImposeDiscriminationFine command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, ImposeDiscriminationFineDecision.Decide(@case, command, services.ContextFor(user)));
}
