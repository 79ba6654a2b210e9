using LaborRights.CreditSanctions;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.CreditListings;

/// <summary>失信联合惩戒: the listing procedures of the person's divisions by state, newest first (as <c>GET /api/credit-listings</c>).</summary>
[Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
public sealed class IndexModel(IQuerySession session, ShandongRegions regions) : PageModel
{
    public const string Path = LaborRights.Web.Staff.SignedInStaff.CreditListingsPath;
    public const int PageSize = 20;

    public static readonly ListingStatus[] States = [ListingStatus.Proposed, ListingStatus.NoticeServed, ListingStatus.Listed];

    [FromQuery(Name = "status")] public ListingStatus? Status { get; set; }

    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public IPagedList<CreditListing> Rows { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = session.Query<CreditListing>().InScopeAndPlace(StaffScope.Of(User, regions), null, null);
        if (Status is { } status) query = query.Where(x => x.Status == status);
        Rows = await query.OrderByDescending(x => x.ProposedAt).ThenBy(x => x.Id).ToPagedListAsync(PageNumber, PageSize, ct);
    }

    public static string Link(ListingStatus? status, int page = 1) =>
        Path + (status is null ? "" : $"?status={status}") + (page > 1 ? (status is null ? "?" : "&") + $"page={page}" : "");

    public string PlaceOf(string countyCode) =>
        regions.FindCounty(countyCode) is { } county ? county.CityName + " " + county.Name : countyCode;
}
