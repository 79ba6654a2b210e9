using System.Text;
using LaborRights.Benchmark.Scoring;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Benchmark.Ranking;

/// <summary>The governance benchmark (治理欠薪县域标杆、园区标杆) by county, park or city: the ranking of a period, and as CSV.</summary>
public static class RankingEndpoints
{
    [Staff(StaffRoles.Supervisor)]
    [EndpointSummary("治理欠薪标杆排名 · Rank counties, parks or cities")]
    [EndpointDescription("督查人员查看某一统计期（period：年份如2025，或季度如2025Q3）各县（counties）、园区（parks）或地级市（cities）" +
        "的治理欠薪标杆指数：每个单位的案件数、得分、亮灯（标杆、绿、黄、红或样本不足）、排名和各项指标。统计对象为该期内收到的欠薪投诉，" +
        "样本不足的单位不排名。统计期格式错误返回 400，单位类型错误返回 404。\n\n" +
        "Supervisors read the wage-arrears governance benchmark of a period (period: a year such as 2025 or a quarter such as 2025Q3) for " +
        "counties, parks or cities: each unit's cases, score, light (benchmark, green, yellow, red or insufficient), rank and indicators. The " +
        "cohort is the complaints received in the period; units with too few cases are not ranked. 400 for a malformed period, 404 for an unknown " +
        "unit kind.")]
    [Tags("治理欠薪标杆 · Benchmark")]
    [WolverineGet("/api/benchmarks/{units}", OperationId = "getBenchmarkRanking")]
    public static async Task<Answer<BenchmarkRanking>> GetRanking(string units, string? period, IQuerySession session, BenchmarkReader reader, CancellationToken ct)
    {
        var (kind, p) = BenchmarkUnits.Parse(units, period);
        if (kind is null || p is null) return BenchmarkUnits.Invalid(units, period);
        return await reader.RankAsync(session, kind.Value, p, ct);
    }

    /// <summary>The ranking as CSV, UTF-8 with a byte-order mark so that Excel shows the Chinese names.</summary>
    [Staff(StaffRoles.Supervisor)]
    [EndpointSummary("导出标杆排名 CSV · Export the benchmark ranking as CSV")]
    [EndpointDescription("督查人员下载某一统计期（period）各县、园区或地级市的标杆排名，内容与排名接口相同，每个单位一行。文件为 UTF-8 带 BOM、" +
        "中文表头，可直接用 Excel 打开。统计期格式错误返回 400，单位类型错误返回 404。\n\n" +
        "Supervisors download a period's benchmark ranking of counties, parks or cities, one row per unit, with the same content as the ranking. " +
        "The file is UTF-8 with a byte-order mark and Chinese headers, so Excel opens it as is. 400 for a malformed period, 404 for an unknown " +
        "unit kind.")]
    [Tags("治理欠薪标杆 · Benchmark")]
    [WolverineGet("/api/benchmarks/{units}/export.csv", OperationId = "exportBenchmarkCsv")]
    public static async Task<CsvAnswer> Export(string units, string? period, IQuerySession session, BenchmarkReader reader, CancellationToken ct)
    {
        var (kind, p) = BenchmarkUnits.Parse(units, period);
        if (kind is null || p is null) return BenchmarkUnits.Invalid(units, period);
        var ranking = await reader.RankAsync(session, kind.Value, p, ct);
        return CsvAnswer.File(BenchmarkCsv.Write(ranking), $"benchmark-{units}-{p}.csv");
    }
}
