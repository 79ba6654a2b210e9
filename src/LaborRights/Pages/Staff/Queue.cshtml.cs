using System.Globalization;
using LaborRights.Calendar;
using LaborRights.CaseIndex;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff;

/// <summary>
/// 待办: the unified queue of the caller's scope (the same filter and order as <c>GET /api/queue</c>), with a count
/// for each quick filter, nearest deadline first, due-soon and overdue marked. Filters are in the address (none of
/// them is personal data), so a view can be bookmarked and the back button works.
/// </summary>
[Staff(StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor)]
public sealed class QueueModel(IQuerySession session, ShandongRegions regions, WorkingDayCalendar calendar, TimeProvider clock) : PageModel
{
    /// <summary>Working days ahead that count as "due soon" (marked, and a quick filter).</summary>
    public const int DueSoonWorkingDays = 3;

    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public CaseKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? County { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Assignee { get; set; }
    [BindProperty(SupportsGet = true)] public int? Due { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Awaiting { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public FieldErrors Errors { get; } = new();
    public IPagedList<CaseIndexEntry>? Rows { get; private set; }
    public DateOnly Today { get; private set; }
    public DateOnly DueSoonCutoff { get; private set; }
    public StaffScope Scope { get; private set; } = null!;
    public ShandongRegions Regions => regions;

    /// <summary>Counts of the deadline quick filters (all, overdue, due soon), with the other filters as they are.</summary>
    public IReadOnlyList<(string Label, StaffQueueFilter Filter, int Count, bool Current)> DeadlineCounts { get; private set; } = [];

    /// <summary>Counts per kind the caller reads, with the other filters as they are.</summary>
    public IReadOnlyList<(string Label, StaffQueueFilter Filter, int Count, bool Current)> KindCounts { get; private set; } = [];

    public StaffQueueFilter Filter => new(
        string.IsNullOrWhiteSpace(County) ? null : County.Trim(), null, Kind, string.IsNullOrWhiteSpace(Status) ? null : Status.Trim(),
        string.IsNullOrWhiteSpace(Assignee) ? null : Assignee.Trim(), Due, Overdue, Awaiting);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Scope = StaffScope.Of(User, regions);
        Today = ShanghaiTime.Today(clock);
        DueSoonCutoff = StaffQueueFilter.DueCutoff(calendar, Today, DueSoonWorkingDays);
        var filter = Filter;
        filter.Validate(regions, Errors).Paging(PageNumber, PageSize);
        if (Errors.Any)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Rows = await StaffQueueFilter.Sorted(filter.Apply(session, Scope, calendar, Today)).ToPagedListAsync(PageNumber, PageSize, useCountQuery: true, ct);

        var anyDeadline = filter with { Overdue = null, DueWithinWorkingDays = null, AwaitingExtensionApproval = null };
        var deadlines = new List<(string, StaffQueueFilter, int, bool)>
        {
            ("Queue.All", anyDeadline, await CountAsync(anyDeadline, ct),
                filter.Overdue is null && filter.DueWithinWorkingDays is null && filter.AwaitingExtensionApproval is null),
            ("Queue.Overdue", anyDeadline with { Overdue = true }, await CountAsync(anyDeadline with { Overdue = true }, ct), filter.Overdue == true),
            ("Queue.DueSoon", anyDeadline with { DueWithinWorkingDays = DueSoonWorkingDays },
                await CountAsync(anyDeadline with { DueWithinWorkingDays = DueSoonWorkingDays }, ct), filter.DueWithinWorkingDays == DueSoonWorkingDays),
        };
        // Those who approve extensions see the requests waiting for them (ExtensionRequests).
        if (Scope.IsInRole(StaffRoles.Supervisor) || Scope.IsInRole(StaffRoles.ArbitrationChair))
        {
            var awaiting = anyDeadline with { AwaitingExtensionApproval = true };
            deadlines.Add(("Queue.AwaitingApproval", awaiting, await CountAsync(awaiting, ct), filter.AwaitingExtensionApproval == true));
        }
        DeadlineCounts = deadlines;
        var anyKind = filter with { Kind = null };
        var kinds = new List<(string, StaffQueueFilter, int, bool)> { ("Queue.AllKinds", anyKind, await CountAsync(anyKind, ct), filter.Kind is null) };
        foreach (var kind in Scope.ReadableKinds())
            kinds.Add(("Kind." + kind, anyKind with { Kind = kind }, await CountAsync(anyKind with { Kind = kind }, ct), filter.Kind == kind));
        KindCounts = kinds;
        return Page();
    }

    private Task<int> CountAsync(StaffQueueFilter filter, CancellationToken ct) => filter.Apply(session, Scope, calendar, Today).CountAsync(ct);

    /// <summary>This page's address for a filter (first page unless another is given).</summary>
    public static string Link(StaffQueueFilter filter, int page = 1)
    {
        var query = new List<string>();
        void Add(string name, object? value)
        {
            if (value is null) return;
            var text = Convert.ToString(value, CultureInfo.InvariantCulture)!;
            query.Add(name + "=" + Uri.EscapeDataString(value is bool b ? (b ? "true" : "false") : text));
        }
        Add("kind", filter.Kind);
        Add("county", filter.County);
        Add("status", filter.Status);
        Add("assignee", filter.Assignee);
        Add("due", filter.DueWithinWorkingDays);
        Add("overdue", filter.Overdue);
        Add("awaiting", filter.AwaitingExtensionApproval);
        if (page != 1) Add("page", page);
        return Web.Staff.SignedInStaff.QueuePath + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    /// <summary>How a row's next deadline is marked: overdue, due soon, or neither.</summary>
    public string DeadlineClass(CaseIndexEntry row) =>
        row.IsOverdue ? "deadline--overdue" : row.NextDueOn is { } due && due <= DueSoonCutoff ? "deadline--soon" : "";
}
