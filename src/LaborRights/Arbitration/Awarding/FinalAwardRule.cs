namespace LaborRights.Arbitration.Awarding;

/// <summary>
/// 劳动争议调解仲裁法 第47条 — which award items are final (终局裁决: the employer cannot sue, only ask the
/// intermediate court to set aside; the worker may still sue within 15 days):
/// (1) claims for labour remuneration, work-injury medical costs, severance or compensation whose amount does not
///     exceed 12 months of the local monthly minimum wage — measured per claim item (unconfirmed, domain-facts);
/// (2) disputes over national standards on working time, rest and leave, and social insurance — whatever the amount.
/// Everything else is not final: either party may sue within 15 days of receiving the award (第48条, 第50条).
/// </summary>
public static class FinalAwardRule
{
    public static decimal Limit(decimal monthlyMinimumWage, int months) => monthlyMinimumWage * months;

    public static bool IsFinal(ClaimCategory category, decimal? awardedAmount, decimal limit) => category switch
    {
        // Overtime pay is labour remuneration too (《关于工资总额组成的规定》第4条 counts 加班加点工资 as wages).
        ClaimCategory.Pay or ClaimCategory.Overtime or ClaimCategory.WorkInjuryMedical or ClaimCategory.Severance or ClaimCategory.Compensation =>
            awardedAmount is { } amount && amount <= limit,
        ClaimCategory.WorkingTimeRestStandards or ClaimCategory.SocialInsurance => true,
        _ => false,
    };

    /// <summary>Categories whose claims must state an amount; the standards disputes may have none.</summary>
    public static bool IsMoneyClaim(ClaimCategory category) => category is ClaimCategory.Pay or ClaimCategory.Overtime
        or ClaimCategory.Severance or ClaimCategory.Compensation or ClaimCategory.WorkInjuryMedical;
}
