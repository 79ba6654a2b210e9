using System.Security.Claims;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Benchmark.Scoring;
using Marten;
using Wolverine.Http;

namespace LaborRights.Benchmark.Explaining;

/// <summary>One unit of the benchmark: its indicators with numerators, denominators and the cases behind them, and its trend over 8 quarters.</summary>
public static class ExplainingEndpoints
{
    [Staff(StaffRoles.Supervisor)]
    [EndpointSummary("查看单位标杆得分明细 · Explain one unit's benchmark score")]
    [EndpointDescription("督查人员查看一个县、园区或地级市在某一统计期（period）的得分明细：各项指标的分子、分母和计入的案件，一票否决的案件，" +
        "以及因节假日安排尚未公布而可能变动的期限。各案件列表分页返回（page 从1开始，pageSize 1至100，默认100），caseCount 等字段给出总数；" +
        "分子、分母和得分始终按全部案件计算。只能查看完全在本人管辖范围内的单位，否则与单位不存在一样返回 404；统计期或分页参数错误返回 400。\n\n" +
        "Supervisors read one county's, park's or city's benchmark for a period with the arithmetic behind it: each indicator's numerator, " +
        "denominator and cases, the veto cases, and whether deadlines may still move because a holiday calendar is not yet published. The case " +
        "lists come a page at a time (page from 1, pageSize 1 to 100, default 100) with their totals in caseCount and its siblings; the figures " +
        "always count every case. Only units wholly in the caller's divisions; others get the same 404 as an unknown unit, and a malformed " +
        "period or paging parameter gets 400.")]
    [Tags("治理欠薪标杆 · Benchmark")]
    [WolverineGet("/api/benchmarks/{units}/{code}", OperationId = "getBenchmarkUnit")]
    public static async Task<Answer<UnitBenchmarkDetail>> GetUnit(
        string units, string code, string? period, IQuerySession session, BenchmarkExplainer explainer, ClaimsPrincipal user, ShandongRegions regions,
        CancellationToken ct, int page = 1, int pageSize = ListParameters.MaxPageSize)
    {
        // The detail lists the cases behind the figures: only for units wholly in the caller's divisions (404 otherwise).
        if (!BenchmarkUnits.InScope(units, code, StaffScope.Of(user, regions), regions)) return Problems.NotFound("该统计单位 / unit");
        var (kind, p) = BenchmarkUnits.Parse(units, period);
        if (kind is null) return BenchmarkUnits.Invalid(units, period);
        if (BenchmarkUnits.PeriodErrors(period, new FieldErrors()).Paging(page, pageSize) is { Any: true } errors) return errors.ToProblem();
        var detail = await explainer.DetailAsync(session, kind.Value, code, p!, ct);
        return detail is null ? Problems.NotFound("该统计单位 / unit") : detail.Paged(page, pageSize);
    }

    /// <summary>One unit's score and rating per quarter, the 8 quarters up to and including the current one.</summary>
    [Staff(StaffRoles.Supervisor)]
    [EndpointSummary("查看单位标杆趋势 · Get one unit's benchmark trend")]
    [EndpointDescription("督查人员查看一个县、园区或地级市最近8个季度（含当前季度）每季度的案件数、得分、亮灯和排名。" +
        "单位类型或代码不存在的返回 404。\n\n" +
        "Supervisors read one county's, park's or city's cases, score, light and rank in each of the last 8 quarters, the current one included. " +
        "404 for an unknown unit kind or code.")]
    [Tags("治理欠薪标杆 · Benchmark")]
    [WolverineGet("/api/benchmarks/{units}/{code}/trend", OperationId = "getBenchmarkTrend")]
    public static async Task<Answer<BenchmarkTrend>> GetTrend(string units, string code, IQuerySession session, BenchmarkExplainer explainer, CancellationToken ct)
    {
        if (BenchmarkUnits.KindOf(units) is not { } kind) return Problems.NotFound("该统计单位类型 / unit kind");
        var trend = await explainer.TrendAsync(session, kind, code, ct);
        return trend is null ? Problems.NotFound("该统计单位 / unit") : trend;
    }
}
