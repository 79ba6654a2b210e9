namespace LaborRights.Arbitration;

/// <summary>
/// The numbers of the arbitration procedure, bound from configuration section "Arbitration" so that an
/// unconfirmed figure (docs: domain-facts) is changed by configuration, not by code.
/// </summary>
public sealed record ArbitrationRules
{
    public const string Section = "Arbitration";

    /// <summary>劳动争议调解仲裁法 第29条: accept or refuse within 5 days of receipt (calendar days).</summary>
    public int AcceptanceDays { get; init; } = 5;

    /// <summary>劳动争议调解仲裁法 第43条: the award within 45 days of acceptance.</summary>
    public int AwardDays { get; init; } = 45;

    /// <summary>劳动争议调解仲裁法 第43条: one extension of at most 15 days, approved by the commission's chair.</summary>
    public int ExtensionDays { get; init; } = 15;

    /// <summary>劳动争议调解仲裁法 第35条: written notice of the hearing at least 5 days before it.</summary>
    public int HearingNoticeDays { get; init; } = 5;

    /// <summary>劳动争议调解仲裁法 第31条: a dispute concerning 10 or more workers needs a three-arbitrator tribunal.</summary>
    public int CollegiatePanelWorkerThreshold { get; init; } = 10;

    /// <summary>劳动争议调解仲裁法 第47条: small claims up to 12 months of the local minimum wage are final.</summary>
    public int FinalAwardMonthsOfMinimumWage { get; init; } = 12;

    /// <summary>
    /// Shandong's monthly minimum wage by tier, each version in force from its date (劳动部《最低工资规定》).
    /// 2,100 / 1,900 / 1,700 from 2021-10-01 is confirmed as of 2022; later adjustments are unconfirmed: add
    /// them here in configuration. Empty means <see cref="MinimumWage.MinimumWageTable.DefaultVersions"/>.
    /// </summary>
    public MinimumWageVersion[] MinimumWages { get; init; } = [];
}

/// <summary>One province-wide minimum wage notice: monthly yuan per tier (档), in force from <see cref="EffectiveFrom"/>.</summary>
public sealed record MinimumWageVersion
{
    public DateOnly EffectiveFrom { get; init; }
    public decimal Tier1 { get; init; }
    public decimal Tier2 { get; init; }
    public decimal Tier3 { get; init; }

    public decimal ForTier(int tier) => tier switch
    {
        1 => Tier1,
        2 => Tier2,
        3 => Tier3,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Shandong has three minimum-wage tiers."),
    };
}
