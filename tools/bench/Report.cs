using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LaborRights.Bench;

/// <summary>One figure of the run beside the server's own figure for the same work, and their ratio.</summary>
internal sealed record Row(
    string Scenario, string Measure, double Value, string Unit,
    double? P50 = null, double? P99 = null, int? Errors = null,
    double? Baseline = null, string? BaselineWhat = null, double? PeakRssMb = null)
{
    public double? Ratio => Baseline is > 0 ? Value / Baseline : null;

    /// <summary>CPU milliseconds per request in the application, PostgreSQL and the load generator (load scenarios).</summary>
    public CpuShare? Cpu { get; init; }

    /// <summary>The same for one transaction of the baseline (pgbench: PostgreSQL and pgbench itself).</summary>
    public CpuShare? BaselineCpu { get; init; }
}

internal sealed record CpuShare(double AppMs, double PostgresMs, double ClientMs)
{
    public double TotalMs => AppMs + PostgresMs + ClientMs;

    public static CpuShare? Of(CpuTotals? cpu, int requests) => cpu is null || requests == 0 ? null
        : new CpuShare(cpu.App * 1000 / requests, cpu.Postgres * 1000 / requests, cpu.Client * 1000 / requests);
}

/// <summary>A target of issue 18 and whether this run met it; when not, by how much.</summary>
internal sealed record TargetCheck(string Target, string Measured, bool Met, string Gap);

internal sealed record Machine(int Cores, double MemoryGiB, string Os, string Dotnet, string PostgreSql, string Database, string Build);

internal sealed class Report
{
    public required DateTimeOffset Date { get; init; }
    public required string Size { get; init; }
    public required Machine Machine { get; init; }
    public bool Profiled { get; init; }
    public List<Row> Rows { get; } = [];
    public List<TargetCheck> Targets { get; } = [];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Marks where the generated tables end; what follows (history, profiles) is written by hand and kept.</summary>
    public const string KeptMarker = "<!-- Generated above by tools/bench; everything below this line is kept by it. -->";

    public async Task WriteAsync(string directory)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "performance.json"), JsonSerializer.Serialize(this, Json) + "\n");
        var markdown = Path.Combine(directory, "performance.md");
        var kept = File.Exists(markdown) && (await File.ReadAllTextAsync(markdown)).Split(KeptMarker, 2) is [_, var tail] ? tail : "\n";
        await File.WriteAllTextAsync(markdown, Markdown() + KeptMarker + kept);
    }

    private string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Performance").AppendLine();
        text.AppendLine($"Measured {Date:yyyy-MM-dd HH:mm} UTC by `tools/bench` (size `{Size}`) on {Machine.Cores} cores, {Machine.MemoryGiB:0} GiB, " +
                        $"{Machine.Os}; .NET {Machine.Dotnet}; PostgreSQL {Machine.PostgreSql} ({Machine.Database}, fsync on). The load generator, the " +
                        $"application ({Machine.Build}, Production profile) and PostgreSQL share the machine; every baseline was taken on the same server in " +
                        "the same run. The machine-readable figures are in `performance.json`; how to run it is in the README." +
                        (Profiled ? " This run was profiled (`--profile`): perf sampled the whole machine during intake at 16 clients and " +
                                    "during the writing pass of the largest import and the projection rebuild, which costs those figures a few per cent; " +
                                    "the summaries are in `performance-profiles/`." : ""));
        text.AppendLine();
        text.AppendLine("## Targets (issue 18)").AppendLine();
        text.AppendLine("| target | measured | met | short by |").AppendLine("|---|---|---|---|");
        foreach (var t in Targets) text.AppendLine($"| {t.Target} | {t.Measured} | {(t.Met ? "yes" : "**no**")} | {t.Gap} |");
        var measuredCpu = Rows.Where(r => r.Cpu is not null).ToList();
        if (measuredCpu.Count > 0)
        {
            text.AppendLine().AppendLine("## Where the CPU goes").AppendLine();
            text.AppendLine($"CPU milliseconds per request (per transaction for the baseline), from /proc during the measured period. On " +
                            $"{Machine.Cores} cores the throughput cannot exceed {Machine.Cores} × 1000 ms ÷ the total.").AppendLine();
            text.AppendLine("| scenario | measure | application | PostgreSQL | load generator | total | ceiling on these cores | baseline: PostgreSQL + pgbench per transaction |");
            text.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var r in measuredCpu)
            {
                var c = r.Cpu!;
                text.AppendLine($"| {r.Scenario} | {r.Measure} | {c.AppMs:0.00} | {c.PostgresMs:0.00} | {c.ClientMs:0.00} | {c.TotalMs:0.00} | " +
                                $"{Machine.Cores * 1000 / c.TotalMs:N0}/s | {(r.BaselineCpu is { } b ? $"{b.PostgresMs:0.00} + {b.ClientMs:0.00} = {b.TotalMs:0.00}" : "")} |");
            }
        }
        foreach (var scenario in Rows.GroupBy(r => r.Scenario))
        {
            text.AppendLine().AppendLine($"## {scenario.Key}").AppendLine();
            text.AppendLine("| measure | figure | p50 ms | p99 ms | errors | baseline (same server, same run) | ratio | peak RSS |");
            text.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var r in scenario)
            {
                text.AppendLine($"| {r.Measure} | {Number(r.Value)} {r.Unit} | {Number(r.P50)} | {Number(r.P99)} | {r.Errors?.ToString(CultureInfo.InvariantCulture) ?? ""} | " +
                                $"{(r.Baseline is { } b ? $"{Number(b)} {r.BaselineWhat}" : "")} | {(r.Ratio is { } q ? q.ToString("P1", CultureInfo.InvariantCulture) : "")} | " +
                                $"{(r.PeakRssMb is { } m ? $"{m:0} MB" : "")} |");
            }
        }
        return text.AppendLine().ToString();
    }

    private static string Number(double? value) => value switch
    {
        null => "",
        >= 100 => value.Value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.Value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
