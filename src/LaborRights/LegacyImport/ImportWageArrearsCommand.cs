using JasperFx.CommandLine;
using Wolverine.Runtime;

namespace LaborRights.LegacyImport;

public sealed class ImportWageArrearsInput : NetCoreInput
{
    [Description("The NDJSON file of legacy wage-arrears cases (format v1)")]
    public string File { get; set; } = "";

    [Description("Check the whole file and report; import nothing")]
    public bool DryRunFlag { get; set; }
}

/// <summary><c>dotnet run --project src/LaborRights -- import-wage-arrears cases.ndjson [--dry-run]</c></summary>
[Description("Imports historical wage-arrears cases from an NDJSON file (legacy-import-v1)", Name = "import-wage-arrears")]
public sealed class ImportWageArrearsCommand : JasperFxAsyncCommand<ImportWageArrearsInput>
{
    public override async Task<bool> Execute(ImportWageArrearsInput input)
    {
        if (!System.IO.File.Exists(input.File))
        {
            Console.Error.WriteLine($"文件不存在 / No such file: {input.File}");
            return false;
        }
        using var host = input.BuildHost();
        // Only the messaging runtime is started (for the outbox of deadline messages), not the web server.
        var runtime = (IHostedService)host.Services.GetRequiredService<IWolverineRuntime>();
        await runtime.StartAsync(CancellationToken.None);
        try
        {
            var importer = host.Services.GetRequiredService<WageArrearsImporter>();
            await using var file = System.IO.File.OpenRead(input.File);
            var report = await importer.ImportAsync(file, input.DryRunFlag, $"cli:{Environment.UserName}", ShowProgress);
            Console.Error.WriteLine();
            Print(report);
            if (report.Imported > 0)
            {
                // The application's background worker would do it too; doing it here leaves the ranking ready.
                var updater = host.Services.GetRequiredService<LaborRights.Benchmark.Summarising.BenchmarkSummaryUpdater>();
                var cases = await updater.CatchUpAsync(CancellationToken.None, n => Console.Error.Write($"\r汇总 / summarising: {n:N0} cases   "));
                Console.Error.WriteLine();
                Console.WriteLine($"  标杆汇总 / benchmark summaries updated for {cases:N0} cases");
            }

            return report.Errors.Count == 0;
        }
        finally
        {
            await runtime.StopAsync(CancellationToken.None);
        }
    }

    private static ImportPhase _shownPhase = ImportPhase.Validating;

    private static void ShowProgress(ImportProgress p)
    {
        if (p.Phase != _shownPhase) Console.Error.WriteLine();
        _shownPhase = p.Phase;
        var fraction = p.Fraction ?? 0;
        var bar = new string('#', (int)(fraction * 30)).PadRight(30, '.');
        var phase = p.Phase switch { ImportPhase.Validating => "检查 / checking ", ImportPhase.Importing => "导入 / importing", _ => "完成 / done     " };
        Console.Error.Write($"\r{phase} [{bar}] {fraction,4:P0}  lines {p.LinesRead:N0}  imported {p.Imported:N0}   ");
    }

    private static void Print(ImportReport report)
    {
        Console.WriteLine(report.DryRun ? "试运行，未导入任何案件 / Dry run: nothing was imported" : "导入结果 / Import result");
        Console.WriteLine($"  读取行数 / lines read:                    {report.LinesRead:N0}");
        Console.WriteLine($"  新案件 / new cases:                       {report.NewCases:N0}");
        Console.WriteLine($"  已导入 / imported:                        {report.Imported:N0}");
        Console.WriteLine($"  已导入过，跳过 / skipped (already imported): {report.SkippedAsAlreadyImported:N0}");
        Console.WriteLine($"  错误 / errors:                            {report.Errors.Count:N0}");
        foreach (var e in report.Errors) Console.WriteLine($"  第{e.Line}行 / line {e.Line}  {e.Field}: {e.ReasonZh} / {e.ReasonEn}");
        if (report.Errors.Count > 0 && !report.DryRun) Console.WriteLine("文件有错误，未导入任何案件 / The file has errors: nothing was imported");
    }
}
