using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Supervision;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.Supervisions;

/// <summary>
/// 挂牌督办事项: the supervisions in the person's reach (their divisions, the case kinds they read) — for a supervisor
/// the flags they watch, for case staff the flags on their cases — late ones first, with the time left, the state,
/// and where each case stands; counts per state on the chips.
/// </summary>
[Staff(StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor)]
public sealed class IndexModel(IQuerySession session, ShandongRegions regions, TimeProvider clock) : PageModel
{
    public const string Path = LaborRights.Web.Staff.SignedInStaff.SupervisionsPath;
    public const int PageSize = 20;

    public static readonly SupervisionListState[] States =
    [
        SupervisionListState.Active, SupervisionListState.Late, SupervisionListState.AwaitingReview, SupervisionListState.Escalated,
        SupervisionListState.Concluded,
    ];

    [FromQuery(Name = "state")] public SupervisionListState State { get; set; } = SupervisionListState.Active;

    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public IPagedList<PrioritySupervision>? Rows { get; private set; }
    public IReadOnlyList<SupervisionView> Views { get; private set; } = [];
    public IReadOnlyList<(SupervisionListState State, int Count)> Counts { get; private set; } = [];
    public ShandongRegions Regions => regions;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = StaffScope.Of(User, regions);
        var today = ShanghaiTime.Today(clock);
        PageNumber = Math.Max(1, PageNumber);
        var counts = new List<(SupervisionListState, int)>();
        foreach (var state in States) counts.Add((state, await SupervisionLists.For(session, scope, state, today).CountAsync(ct)));
        Counts = counts;
        Rows = await SupervisionLists.For(session, scope, State, today).ToPagedListAsync(PageNumber, PageSize, ct);
        Views = await SupervisionView.ReadAsync(session, Rows.ToList(), today, ct);
    }

    public static string Link(SupervisionListState state, int page = 1) =>
        $"{Path}?state={state}" + (page > 1 ? $"&page={page}" : "");

    public string PlaceOf(string countyCode) =>
        regions.FindCounty(countyCode) is { } county ? county.CityName + " " + county.Name : countyCode;
}
