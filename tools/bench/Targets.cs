using System.Globalization;

namespace LaborRights.Bench;

/// <summary>The targets of issue 18, checked against the rows of a run; a target whose scenario did not run is left out.</summary>
internal static class Targets
{
    private const double RssLimitMb = 400;

    public static void Evaluate(Report report)
    {
        var rows = report.Rows;
        var intake = rows.Where(r => r.Scenario.StartsWith("Intake", StringComparison.Ordinal)).ToList();
        if (intake.Where(r => Clients(r) <= 16).MaxBy(Clients) is { } at16)
        {
            Add(report, $"intake at {Clients(at16)} clients ≥ 35% of pgbench", Percent(at16.Ratio), at16.Ratio >= 0.35, Short(0.35, at16.Ratio, percent: true));
            Add(report, $"intake at {Clients(at16)} clients p99 ≤ 50 ms", Ms(at16.P99), at16.P99 <= 50, Over(50, at16.P99, "ms"));
        }
        if (intake.Count > 0)
        {
            var peak = intake.Max(r => r.PeakRssMb ?? 0);
            Add(report, "application RSS ≤ 400 MB under the intake load", $"{peak:0} MB", peak <= RssLimitMb, Over(RssLimitMb, peak, "MB"));
        }
        foreach (var import in rows.Where(r => r.Scenario.StartsWith("Legacy import", StringComparison.Ordinal)))
        {
            Add(report, $"import of {import.Measure}: ≥ 2,000 cases/s", $"{import.Value:N0} cases/s", import.Value >= 2_000, Short(2_000, import.Value, percent: false));
            Add(report, $"import of {import.Measure}: peak RSS ≤ 400 MB", $"{import.PeakRssMb:0} MB", import.PeakRssMb <= RssLimitMb, Over(RssLimitMb, import.PeakRssMb, "MB"));
        }
        if (rows.FirstOrDefault(r => r.Scenario.StartsWith("Projection rebuild", StringComparison.Ordinal)) is { } rebuild)
            Add(report, "projection rebuild ≥ 50% of the COPY rate", Percent(rebuild.Ratio), rebuild.Ratio >= 0.5, Short(0.5, rebuild.Ratio, percent: true));
        var largestReads = rows.Where(r => r.Scenario.StartsWith("Reads", StringComparison.Ordinal)).GroupBy(r => r.Scenario).LastOrDefault();
        foreach (var read in largestReads ?? Enumerable.Empty<Row>())
        {
            var limit = read.Measure.StartsWith("unit detail", StringComparison.Ordinal) ? 50 : 20;
            Add(report, $"{largestReads!.Key[..largestReads.Key.IndexOf(" (", StringComparison.Ordinal)]}: {read.Measure} p99 ≤ {limit} ms",
                Ms(read.P99), read.P99 <= limit, Over(limit, read.P99, "ms"));
        }
        if (rows.FirstOrDefault(r => r.Scenario == "Start-up") is { } startup)
            Add(report, "start-up to ready ≤ 5 s", $"{startup.Value:0.0} s", startup.Value <= 5, Over(5, startup.Value, "s"));
    }

    private static void Add(Report report, string target, string measured, bool met, string gap) =>
        report.Targets.Add(new TargetCheck(target, measured, met, met ? "" : gap));

    private static int Clients(Row row) => int.Parse(row.Measure.Split(' ')[0], CultureInfo.InvariantCulture);

    private static string Percent(double? ratio) => ratio is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "n/a";

    private static string Ms(double? value) => value is { } v ? $"{v:0.0} ms" : "n/a";

    private static string Short(double target, double? value, bool percent) => value is not { } v ? "not measured"
        : percent ? $"{(target - v) * 100:0.0} points (×{target / Math.Max(v, 1e-9):0.0} needed)"
        : $"{target - v:N0} (×{target / Math.Max(v, 1e-9):0.0} needed)";

    private static string Over(double limit, double? value, string unit) => value is not { } v ? "not measured"
        : $"{v - limit:0.0} {unit} over (×{v / limit:0.0})";
}
