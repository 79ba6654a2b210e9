using LaborRights.Leads;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.Leads;

/// <summary>
/// 举报线索: the reports of the person's divisions (as <c>GET /api/leads</c>), by state with counts, oldest first, so
/// the open ones waiting longest are at the top.
/// </summary>
[Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
public sealed class IndexModel(IQuerySession session, ShandongRegions regions) : PageModel
{
    public const string Path = LaborRights.Web.Staff.SignedInStaff.LeadsPath;
    public const int PageSize = 20;

    [FromQuery(Name = "status")] public LeadStatus Status { get; set; } = LeadStatus.Open;

    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public IPagedList<InspectionLead> Rows { get; private set; } = null!;
    public IReadOnlyList<(LeadStatus Status, int Count)> Counts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var scope = StaffScope.Of(User, regions);
        var counts = new List<(LeadStatus, int)>();
        foreach (var status in Enum.GetValues<LeadStatus>())
            counts.Add((status, await session.Query<InspectionLead>().InScopeAndPlace(scope, null, null).Where(x => x.Status == status).CountAsync(ct)));
        Counts = counts;
        Rows = await session.Query<InspectionLead>().InScopeAndPlace(scope, null, null).Where(x => x.Status == Status)
            .OrderBy(x => x.ReportedAt).ThenBy(x => x.Id).ToPagedListAsync(PageNumber, PageSize, ct);
    }

    public static string Link(LeadStatus status, int page = 1) => $"{Path}?status={status}" + (page > 1 ? $"&page={page}" : "");

    public string PlaceOf(string countyCode) =>
        regions.FindCounty(countyCode) is { } county ? county.CityName + " " + county.Name : countyCode;
}
