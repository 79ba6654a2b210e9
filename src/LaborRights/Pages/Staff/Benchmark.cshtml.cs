using LaborRights.Benchmark;
using LaborRights.Benchmark.Ranking;
using LaborRights.Benchmark.Scoring;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff;

/// <summary>
/// 治理欠薪标杆: the benchmark ranking of counties, parks or cities for a year or a quarter (the API's ranking, the same
/// reader), with the ratings and ranks, a city filter, a count per rating and the CSV download. Supervisors land here.
/// </summary>
[Staff(StaffRoles.Supervisor)]
public sealed class BenchmarkModel(IQuerySession session, BenchmarkReader reader, ShandongRegions regions, TimeProvider clock) : PageModel
{
    /// <summary>The first year the demo history and the method cover.</summary>
    public const int FirstYear = 2024;

    [BindProperty(SupportsGet = true)] public string Units { get; set; } = "counties";
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? City { get; set; }

    public BenchmarkRanking? Ranking { get; private set; }
    public IReadOnlyList<UnitBenchmark> Shown { get; private set; } = [];
    public FieldErrors Errors { get; } = new();
    public ShandongRegions Regions => regions;

    /// <summary>The periods offered: every year from <see cref="FirstYear"/> and every quarter that has begun, newest first.</summary>
    public IReadOnlyList<string> Periods { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = ShanghaiTime.Today(clock);
        Periods = PeriodsUpTo(today);
        Period ??= LastEndedQuarter(today).ToString();
        var (kind, period) = BenchmarkUnits.Parse(Units, Period);
        if (kind is null) Errors.Add("units", "统计单位应为县、园区或地级市", "Units must be counties, parks or cities");
        if (period is null) Errors.Add("period", "统计期应为年份（如2025）或季度（如2025Q3）", "The period must be a year (e.g. 2025) or a quarter (e.g. 2025Q3)");
        if (City is { Length: > 0 } city && regions.FindCity(city) is null) Errors.Add("city", "不是山东省的地级市代码", "Not a city code of Shandong");
        if (Errors.Any)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Ranking = await reader.RankAsync(session, kind!.Value, period!, ct);
        Shown = string.IsNullOrEmpty(City) ? Ranking.Units : Ranking.Units.Where(u => u.CityCode == City).ToList();
        return Page();
    }

    public static BenchmarkPeriod LastEndedQuarter(DateOnly today)
    {
        var quarter = (today.Month - 1) / 3 + 1;
        return quarter == 1 ? BenchmarkPeriod.OfQuarter(today.Year - 1, 4) : BenchmarkPeriod.OfQuarter(today.Year, quarter - 1);
    }

    private static IReadOnlyList<string> PeriodsUpTo(DateOnly today)
    {
        var periods = new List<string>();
        for (var year = today.Year; year >= FirstYear; year--)
        {
            var lastQuarter = year == today.Year ? (today.Month - 1) / 3 + 1 : 4;
            for (var q = lastQuarter; q >= 1; q--) periods.Add(BenchmarkPeriod.OfQuarter(year, q).ToString());
            periods.Add(BenchmarkPeriod.OfYear(year).ToString());
        }
        return periods;
    }

    public string CsvLink => $"/api/benchmarks/{Units}/export.csv?period={Uri.EscapeDataString(Period ?? "")}";

    public string CityName(string code) => regions.FindCity(code)?.Name ?? code;

    /// <summary>Whether the unit's page (with the cases behind its figures) is the person's to open: wholly in their divisions.</summary>
    public bool Opens(string code) => BenchmarkUnits.InScope(Units, code, StaffScope.Of(User, regions), regions);

    public string UnitLink(string code) => $"/staff/benchmark/{Units}/{code}?period={Uri.EscapeDataString(Period ?? "")}";
}
