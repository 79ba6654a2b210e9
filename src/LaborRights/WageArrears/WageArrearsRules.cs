namespace LaborRights.WageArrears;

/// <summary>
/// The numbers of the wage-arrears procedure, bound from configuration section "WageArrears" so that an
/// unconfirmed figure (docs: domain-facts) is changed by configuration, not by code.
/// </summary>
public sealed record WageArrearsRules
{
    public const string Section = "WageArrears";

    /// <summary>劳动保障监察条例 第15条: decide on acceptance within 5 working days of receipt.</summary>
    public int AcceptanceWorkingDays { get; init; } = 5;

    /// <summary>劳动保障监察条例 第17条: close within 60 working days of filing.</summary>
    public int InvestigationWorkingDays { get; init; } = 60;

    /// <summary>劳动保障监察条例 第17条: one extension of at most 30 working days.</summary>
    public int ExtensionWorkingDays { get; init; } = 30;

    /// <summary>劳动保障监察条例 第20条: violations older than 2 years are not investigated.</summary>
    public int LimitationYears { get; init; } = 2;

    /// <summary>
    /// "Large amount" for 拒不支付劳动报酬罪 in Shandong (unconfirmed; the national range is 30,000–100,000 yuan
    /// for 10+ workers). Below it a transfer to police is still allowed, with a warning.
    /// </summary>
    public decimal CriminalThresholdAmount { get; init; } = 30_000m;

    /// <summary>
    /// Workers on one case that make it a mass case for the blacklist (失信联合惩戒) candidate flag
    /// (unconfirmed: the national assessment treats 50+ people as a mass incident).
    /// </summary>
    public int MassCaseWorkers { get; init; } = 50;

    public decimal MinimumExtraCompensationRate { get; init; } = 0.5m;
    public decimal MaximumExtraCompensationRate { get; init; } = 1.0m;
}
