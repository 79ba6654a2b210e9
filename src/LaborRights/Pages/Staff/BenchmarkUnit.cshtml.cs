using System.Globalization;
using LaborRights.Benchmark;
using LaborRights.Benchmark.Explaining;
using LaborRights.Benchmark.Scoring;
using LaborRights.CaseIndex;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff;

/// <summary>
/// One unit of the benchmark (a county, park or city wholly in the supervisor's divisions): each indicator as a bar
/// with its numerator and denominator, the cases behind a chosen indicator (paged, linking to the case pages), and the
/// score over the last 8 quarters as a chart drawn on the server (SVG). The same explainer as the API's unit detail.
/// </summary>
[Staff(StaffRoles.Supervisor)]
public sealed class BenchmarkUnitModel(IQuerySession session, BenchmarkExplainer explainer, ShandongRegions regions, TimeProvider clock) : PageModel
{
    public const int CasesPerPage = 20;

    [FromRoute] public string Units { get; set; } = "";
    [FromRoute] public string Code { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? Indicator { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public UnitBenchmarkDetail? Detail { get; private set; }
    public BenchmarkTrend? Trend { get; private set; }

    /// <summary>The chosen indicator's cases on this page, with the index rows that name them.</summary>
    public IReadOnlyList<(IndicatorCase Share, CaseIndexEntry? Case)> IndicatorCases { get; private set; } = [];
    public int IndicatorPages { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Period ??= BenchmarkModel.LastEndedQuarter(ShanghaiTime.Today(clock)).ToString();
        var (kind, period) = BenchmarkUnits.Parse(Units, Period);
        // Only units wholly in the person's divisions, as the API: anything else is the same 404.
        if (kind is null || period is null || !BenchmarkUnits.InScope(Units, Code, StaffScope.Of(User, regions), regions)) return NotFoundPage();
        Detail = await explainer.DetailAsync(session, kind.Value, Code, period, ct);
        if (Detail is null) return NotFoundPage();
        Trend = await explainer.TrendAsync(session, kind.Value, Code, ct);

        if (Indicator is not null && Detail.Indicators.TryGetValue(Indicator, out var chosen))
        {
            IndicatorPages = Math.Max(1, (chosen.Cases.Count + CasesPerPage - 1) / CasesPerPage);
            PageNumber = Math.Clamp(PageNumber, 1, IndicatorPages);
            var shares = chosen.Cases.Skip((PageNumber - 1) * CasesPerPage).Take(CasesPerPage).ToList();
            var entries = await session.LoadManyAsync<CaseIndexEntry>(ct, shares.Select(s => s.CaseId));
            var byId = entries.ToDictionary(e => e.Id);
            IndicatorCases = shares.Select(s => (s, byId.GetValueOrDefault(s.CaseId))).ToList();
        }
        return Page();
    }

    private IActionResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Detail = null;
        return Page();
    }

    public string Link(string? indicator = null, int page = 1) =>
        $"/staff/benchmark/{Units}/{Code}?period={Uri.EscapeDataString(Period ?? "")}" +
        (indicator is null ? "" : $"&indicator={Uri.EscapeDataString(indicator)}") + (page == 1 ? "" : $"&page={page}") +
        (indicator is null ? "" : "#indicator-cases");

    /// <summary>A number as a page shows it: whole counts without decimals, yuan with two.</summary>
    public static string Amount(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>The trend chart's geometry: 8 quarters across, score 0–100 upwards, in a 640×240 view box (x from 60 to 585).</summary>
    public static (double X, double? Y) PointOf(int index, decimal? score) =>
        (60 + index * 75, score is { } s ? 200 - (double)s * 1.8 : null);
}
