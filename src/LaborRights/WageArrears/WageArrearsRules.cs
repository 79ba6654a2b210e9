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

    /// <summary>
    /// Working days the complainant has to supply the material asked for (the office's rule: the statutes require the
    /// request to say what is missing at once, 一次性告知, but set no period; configure the office's own).
    /// </summary>
    public int MaterialSupplyWorkingDays { get; init; } = 10;

    /// <summary>What happens when that period lapses without the material (the office's rule).</summary>
    public MaterialLapseRule MaterialLapse { get; init; } = MaterialLapseRule.CloseAsNotSupplemented;

    public decimal MinimumExtraCompensationRate { get; init; } = 0.5m;
    public decimal MaximumExtraCompensationRate { get; init; } = 1.0m;
}

/// <summary>What an office does with a complaint whose material was not supplied in time.</summary>
public enum MaterialLapseRule
{
    /// <summary>The complaint ends, not accepted, with the reason (视为未补正，不予受理).</summary>
    CloseAsNotSupplemented,

    /// <summary>The case keeps waiting, marked late on the complainant's period, for staff to decide.</summary>
    KeepWaiting,
}
