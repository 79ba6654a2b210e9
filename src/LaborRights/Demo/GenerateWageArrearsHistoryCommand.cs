using System.Diagnostics;
using System.Globalization;
using System.Text;
using JasperFx.CommandLine;
using LaborRights.Calendar;
using LaborRights.ReferenceData;
using LaborRights.WageArrears;

namespace LaborRights.Demo;

public sealed class GenerateWageArrearsHistoryInput
{
    [Description("The NDJSON file to write (legacy-import-v1); an existing file is overwritten")]
    public string File { get; set; } = "";

    [Description("Number of cases (lines), default 100000")]
    public int SizeFlag { get; set; } = 100_000;

    [Description("Random seed; the same seed, size and today give the same file")]
    [FlagAlias("seed", 'r')]
    public int SeedFlag { get; set; } = LegacyHistoryGenerator.DefaultSeed;

    [Description("Last day of the history, yyyy-MM-dd; default today in Asia/Shanghai")]
    public string? TodayFlag { get; set; }

    [Description("Start of every legacyId, default LS; use another for each file meant for the same store")]
    public string IdPrefixFlag { get; set; } = LegacyHistoryOptions.DefaultIdPrefix;
}

/// <summary><c>dotnet run --project src/LaborRights -- generate-wage-arrears-history cases.ndjson --size 1000000 --seed 7 --today 2026-06-30</c></summary>
[Description("Writes a generated Shandong wage-arrears history in the legacy import format, for demos and load tests", Name = "generate-wage-arrears-history")]
public sealed class GenerateWageArrearsHistoryCommand : JasperFxCommand<GenerateWageArrearsHistoryInput>
{
    public override bool Execute(GenerateWageArrearsHistoryInput input)
    {
        var today = ShanghaiTime.DateOf(TimeProvider.System.GetUtcNow());
        if (input.TodayFlag is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            Console.Error.WriteLine($"日期格式应为yyyy-MM-dd / --today must be yyyy-MM-dd: {text}");
            return false;
        }
        if (input.SizeFlag < 0)
        {
            Console.Error.WriteLine("--size 不能为负数 / --size cannot be negative");
            return false;
        }
        if (string.IsNullOrWhiteSpace(input.IdPrefixFlag))
        {
            Console.Error.WriteLine("--id-prefix 不能为空 / --id-prefix cannot be empty");
            return false;
        }
        var options = new LegacyHistoryOptions(input.SizeFlag, today, input.SeedFlag, IdPrefix: input.IdPrefixFlag.Trim());
        if (options.FirstDay > today)
        {
            Console.Error.WriteLine($"--today 不能早于 {options.FirstDay:yyyy-MM-dd} / --today cannot be before {options.FirstDay:yyyy-MM-dd}");
            return false;
        }

        var generator = new LegacyHistoryGenerator(ShandongRegions.LoadEmbedded(), WorkingDayCalendar.LoadEmbedded(), new WageArrearsRules());
        var watch = Stopwatch.StartNew();
        using (var writer = new StreamWriter(input.File, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
            generator.WriteTo(writer, options, written => ShowProgress(written, input.SizeFlag));
        Console.Error.WriteLine();
        Console.WriteLine($"已生成 / generated {input.SizeFlag:N0} cases ({options.FirstDay:yyyy-MM-dd} … {today:yyyy-MM-dd}, seed {input.SeedFlag}) " +
                          $"in {watch.Elapsed.TotalSeconds:N1} s → {input.File}");
        return true;
    }

    private static void ShowProgress(int written, int size)
    {
        var fraction = size == 0 ? 1 : (double)written / size;
        var bar = new string('#', (int)(fraction * 30)).PadRight(30, '.');
        Console.Error.Write($"\r生成 / generating [{bar}] {fraction,4:P0}  lines {written:N0}   ");
    }
}
