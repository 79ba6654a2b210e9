namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>The six v1 indicators, in the documented order. Weights sum to 100.</summary>
public static class IndicatorsV1
{
    public const string AcceptanceTimeliness = "acceptanceTimeliness";
    public const string ClosureRate = "closureRate";
    public const string OnTimeClosure = "onTimeClosure";
    public const string RecoveryRate = "recoveryRate";
    public const string MassArrearsControl = "massArrearsControl";
    public const string RepeatOffenderControl = "repeatOffenderControl";

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new(AcceptanceTimeliness, "受理及时率", 15),
        new(ClosureRate, "结案率（到期）", 20),
        new(OnTimeClosure, "按期办结率", 20),
        new(RecoveryRate, "追欠到位率", 25),
        new(MassArrearsControl, "群体性欠薪控制", 10),
        new(RepeatOffenderControl, "重复欠薪控制", 10),
    ];
}

/// <param name="Name">What people read.</param>
public sealed record IndicatorDefinition(string Key, string Name, int Weight);
