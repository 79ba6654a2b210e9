namespace LaborRights.WageArrears;

/// <summary>
/// The numbers of the wage-arrears procedure beyond the inspection periods, bound from configuration section
/// "WageArrears" so that an unconfirmed figure (docs: domain-facts) is changed by configuration, not by code.
/// </summary>
public sealed record WageArrearsRules : LabourInspectionPeriods
{
    public const string Section = "WageArrears";

    /// <summary>
    /// "数额较大" for 拒不支付劳动报酬罪 (刑法 第276条之一), group form: wages owed to <see cref="CriminalThresholdGroupWorkers"/>
    /// or more workers adding up to this amount (法释〔2013〕3号 第3条: the province sets it within 30,000–100,000 yuan).
    /// Shandong's figure is unconfirmed: the national lower bound until the province's is configured.
    /// </summary>
    public decimal CriminalThresholdAmount { get; init; } = 30_000m;

    /// <summary>The group form's number of workers (法释〔2013〕3号 第3条: ten or more).</summary>
    public int CriminalThresholdGroupWorkers { get; init; } = 10;

    /// <summary>
    /// "数额较大", per-worker form: one worker owed three months' or more pay amounting to this (法释〔2013〕3号 第3条: the
    /// province sets it within 5,000–20,000 yuan). Unconfirmed for Shandong: the national lower bound until configured.
    /// </summary>
    public decimal CriminalThresholdPerWorkerAmount { get; init; } = 5_000m;

    /// <summary>
    /// Whether wages still outstanding reach "数额较大": the group form (enough workers, enough in all), or the per-worker
    /// form — read on the average per worker, since a case records the total: when the average reaches the amount, at
    /// least one worker is owed that much (whether it is three months' pay is for the inspector to confirm).
    /// </summary>
    public bool ReachesCriminalThreshold(decimal wagesOutstanding, int workersOwed) =>
        (workersOwed >= CriminalThresholdGroupWorkers && wagesOutstanding >= CriminalThresholdAmount)
        || (workersOwed > 0 && wagesOutstanding / workersOwed >= CriminalThresholdPerWorkerAmount);

    /// <summary>
    /// Workers on one case that make it a mass incident for the blacklist (失信联合惩戒) candidate flag — this purpose
    /// only (<see cref="MassCaseDefinitions"/>; unconfirmed: the national assessment treats 50+ people as a mass incident).
    /// </summary>
    public int MassCaseWorkers { get; init; } = 50;

    public decimal MinimumExtraCompensationRate { get; init; } = 0.5m;
    public decimal MaximumExtraCompensationRate { get; init; } = 1.0m;
}

