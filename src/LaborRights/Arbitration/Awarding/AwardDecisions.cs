using LaborRights.Arbitration.MinimumWage;

namespace LaborRights.Arbitration.Awarding;

/// <summary>The tribunal's ruling on one claim: the amount granted (0 dismisses a money claim) and the reasons.</summary>
public sealed record AwardItemForm(int? ClaimNumber, decimal? GrantedAmount, string? Ruling);

/// <summary>What a partial award (先行裁决) and the final award share: checks on the items and the finality of each.</summary>
public static class AwardDecisions
{
    public static FieldErrors Validate(IReadOnlyList<AwardItemForm>? items)
    {
        var errors = new FieldErrors();
        if (items is not { Count: > 0 and <= 50 })
            return errors.Add("items", "裁决须就1至50项仲裁请求作出", "An award must decide 1 to 50 claim items");
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                errors.Add($"items[{i}]", "裁决事项不能为空", "An award item cannot be empty");
                continue;
            }
            errors.Required($"items[{i}].claimNumber", items[i].ClaimNumber, "仲裁请求序号", "Claim number")
                .Money($"items[{i}].grantedAmount", items[i].GrantedAmount, "裁决金额", "Granted amount", allowZero: true)
                .Required($"items[{i}].ruling", items[i].Ruling, "裁决理由", "Ruling")
                .MaxLength($"items[{i}].ruling", items[i].Ruling, 2000, "裁决理由", "Ruling");
        }
        if (items.Where(i => i?.ClaimNumber is not null).GroupBy(i => i.ClaimNumber).Any(g => g.Count() > 1))
            errors.Add("items", "同一仲裁请求不能重复裁决", "A claim item appears twice");
        return errors;
    }

    /// <summary>
    /// The awarded items, or the refusal. 第42条: mediation first, unless the respondent stayed away (default award,
    /// 第36条). The minimum wage is the one of the commission's county on the day the application was received.
    /// </summary>
    public static (IReadOnlyList<AwardedItem> Items, MinimumWageApplied? MinimumWage, Refusal? Refusal) Build(
        ArbitrationCase state, IReadOnlyList<AwardItemForm> forms, ArbitrationContext ctx, string actionZh, string actionEn)
    {
        if (state.Status != ArbitrationStatus.Heard)
            return ([], null, CaseRefusals.NotAllowedIn(state.Status, actionZh, actionEn));
        if (!state.MediationAttempted && !state.RespondentAbsent)
            return ([], null, new Refusal("mediation-required",
                "裁决前应当先行调解（劳动争议调解仲裁法第42条）：请先记录调解情况。",
                "Mediation must be tried before an award (Art. 42): record the mediation first."));

        var wage = ctx.MinimumWages.Find(state.CountyCode, state.ReceivedOn);
        if (wage is null)
            return ([], null, new Refusal("minimum-wage-unknown",
                $"最低工资标准表中没有{state.CountyCode}在{state.ReceivedOn:yyyy-MM-dd}的标准，无法判断是否终局裁决。",
                $"The minimum-wage table has no figure for county {state.CountyCode} on {state.ReceivedOn:yyyy-MM-dd}; finality cannot be decided."));
        var limit = FinalAwardRule.Limit(wage.Monthly, ctx.Rules.FinalAwardMonthsOfMinimumWage);

        var items = new List<AwardedItem>();
        foreach (var form in forms)
        {
            var claim = state.Claims.FirstOrDefault(c => c.Number == form.ClaimNumber);
            if (claim is null)
                return ([], null, new Refusal("unknown-claim",
                    $"申请中没有第{form.ClaimNumber}项仲裁请求。", $"The application has no claim item {form.ClaimNumber}."));
            if (state.Decided.Any(d => d.ClaimNumber == claim.Number))
                return ([], null, new Refusal("claim-already-decided",
                    $"第{claim.Number}项仲裁请求已先行裁决。", $"Claim item {claim.Number} was already decided by a partial award."));
            if (FinalAwardRule.IsMoneyClaim(claim.Category) && form.GrantedAmount is null)
                return ([], null, new Refusal("granted-amount-required",
                    $"第{claim.Number}项为金钱请求，须写明裁决金额（驳回写0）。",
                    $"Claim item {claim.Number} is a money claim: state the amount granted (0 to dismiss it)."));
            if (form.GrantedAmount > claim.Amount)
                return ([], null, new Refusal("granted-exceeds-claim",
                    $"第{claim.Number}项裁决金额超过请求金额（{claim.Amount:0.00}元）。",
                    $"The amount granted for item {claim.Number} exceeds the amount claimed ({claim.Amount:0.00} yuan)."));
            items.Add(new AwardedItem(claim.Number, claim.Category, form.GrantedAmount, form.Ruling!.Trim(),
                FinalAwardRule.IsFinal(claim.Category, form.GrantedAmount, limit)));
        }
        var applied = new MinimumWageApplied(state.CountyCode, state.ReceivedOn, wage.Tier, wage.Monthly, wage.EffectiveFrom, limit);
        return (items, applied, null);
    }
}
