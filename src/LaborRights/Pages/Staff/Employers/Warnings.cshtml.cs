using LaborRights.Employers;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.Employers;

/// <summary>
/// 欠薪预警名单: the employers of the supervisor's divisions that cross an early-warning threshold today, most signals
/// first, each signal with the cases behind it (<see cref="EmployerRecords.WarningsAsync"/>, as the API lists them).
/// </summary>
[Staff(StaffRoles.Supervisor)]
public sealed class WarningsModel(IQuerySession session, ShandongRegions regions, EmployerReading reading) : PageModel
{
    public const string Path = LaborRights.Web.Staff.SignedInStaff.EmployerWarningsPath;
    public const int PageSize = 20;

    [FromQuery(Name = "code")] public string? Code { get; set; }

    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public Page<EmployerWarningRow> Rows { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Code is not null && !EmployerWarnings.Codes.Contains(Code)) Code = null;
        PageNumber = Math.Max(1, PageNumber);
        Rows = await EmployerRecords.WarningsAsync(session, StaffScope.Of(User, regions), reading, null, Code, PageNumber, PageSize, ct);
    }

    public static string Link(string? code, int page = 1) =>
        Path + (code is null ? "" : $"?code={code}") + (page > 1 ? (code is null ? "?" : "&") + $"page={page}" : "");

    public string PlacesOf(IEnumerable<string> counties) =>
        string.Join("、", counties.Select(c => regions.FindCounty(c) is { } county ? county.CityName + county.Name : c));
}
