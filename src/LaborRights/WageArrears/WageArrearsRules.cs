namespace LaborRights.WageArrears;

/// <summary>
/// The numbers of the wage-arrears procedure beyond the inspection periods, bound from configuration section
/// "WageArrears" so that an unconfirmed figure (docs: domain-facts) is changed by configuration, not by code.
/// </summary>
public sealed record WageArrearsRules : LabourInspectionPeriods
{
    public const string Section = "WageArrears";

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
