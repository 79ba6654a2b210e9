namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>The v1 constants. Changing any of them is a new method version, not an edit here.</summary>
internal static class RulesV1
{
    public const string Version = "v1";

    /// <summary>Working days to decide on acceptance after receipt.</summary>
    public const int AcceptanceWorkingDays = 5;

    /// <summary>Working days to close after acceptance, and with a recorded extension.</summary>
    public const int ClosureWorkingDays = 60;
    public const int ExtendedClosureWorkingDays = 90;

    /// <summary>Workers affected from which a case is a mass case (群体性欠薪), and a veto case (一票否决).</summary>
    public const int MassWorkers = 10;
    public const int VetoWorkers = 50;

    /// <summary>An employer's earlier accepted case received this many calendar days before makes a repeat.</summary>
    public const int RepeatWindowFirstDay = 1;
    public const int RepeatWindowLastDay = 365;

    /// <summary>A cohort smaller than this is 样本不足: not rated, not ranked.</summary>
    public const int MinimumCases = 5;

    public static readonly Rational BenchmarkThreshold = Rational.FromInt(90);
    public static readonly Rational GreenThreshold = Rational.FromInt(75);
    public static readonly Rational YellowThreshold = Rational.FromInt(60);
}
