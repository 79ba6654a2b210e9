namespace LaborRights.Cases;

/// <summary>
/// "Mass case" (群体性) means different things for different purposes, each with its own source; none borrows another's
/// number (issue 14, item 13). This is the one list of them (docs/mass-cases.md says the same for people).
/// </summary>
public static class MassCaseDefinitions
{
    /// <summary>
    /// The employer registry's blacklist-candidate flag (拖欠农民工工资失信联合惩戒对象名单管理暂行办法, 2021, 第5条:
    /// arrears that caused a mass incident, 群体性事件): configured as <c>WageArrears:MassCaseWorkers</c> (default 50,
    /// unconfirmed: the national assessment of wage-arrears work counts 50 or more people as a mass incident).
    /// </summary>
    public static int BlacklistMassIncidentWorkers(WageArrears.WageArrearsRules rules) => rules.MassCaseWorkers;

    /// <summary>
    /// The benchmark method's "mass arrears" indicator (治理欠薪标杆评价, method v1, docs: benchmark-method-v1):
    /// fixed by the method at 10 or more workers, so that every county is scored by one yardstick; a new method
    /// version, not configuration, changes it.
    /// </summary>
    public const int BenchmarkMassArrearsWorkers = Benchmark.Scoring.V1.RulesV1.MassWorkers;

    /// <summary>The benchmark method's veto (一票否决) case: 50 or more workers on one case (method v1, fixed).</summary>
    public const int BenchmarkVetoWorkers = Benchmark.Scoring.V1.RulesV1.VetoWorkers;

    /// <summary>
    /// A collective labour dispute in arbitration (劳动争议调解仲裁法 第7条: ten or more workers with a common claim),
    /// which needs a tribunal of three (第31条): configured as <c>Arbitration:CollegiatePanelWorkerThreshold</c>.
    /// </summary>
    public static int ArbitrationCollectiveDisputeWorkers(Arbitration.ArbitrationRules rules) => rules.CollegiatePanelWorkerThreshold;

    /// <summary>
    /// The criminal threshold's group form (法释〔2013〕3号 第3条: ten or more workers): configured as
    /// <c>WageArrears:CriminalThresholdGroupWorkers</c> (ADR 0025).
    /// </summary>
    public static int CriminalThresholdGroupWorkers(WageArrears.WageArrearsRules rules) => rules.CriminalThresholdGroupWorkers;
}
