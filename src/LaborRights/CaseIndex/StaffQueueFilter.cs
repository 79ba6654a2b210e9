using LaborRights.Arbitration;
using LaborRights.Calendar;
using LaborRights.Discrimination;
using LaborRights.Inspections;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.WageArrears;
using Marten;

namespace LaborRights.CaseIndex;

/// <summary>
/// What the staff queue is filtered by, for the API (<c>GET /api/queue</c>) and the workbench's queue page alike:
/// county or city, kind, status, assignee, overdue, and "next deadline within N working days". Open cases only unless
/// a status is asked for. Always within the caller's scope.
/// </summary>
/// <param name="AwaitingExtensionApproval">Only cases whose staff asked for an extension not yet decided (the approver's work).</param>
public sealed record StaffQueueFilter(
    string? County = null, string? City = null, CaseKind? Kind = null, string? Status = null, string? Assignee = null,
    int? DueWithinWorkingDays = null, bool? Overdue = null, bool? AwaitingExtensionApproval = null)
{
    public const int MaxDueWithinWorkingDays = 250;

    public FieldErrors Validate(ShandongRegions regions, FieldErrors errors)
    {
        errors.Place(regions, County, City);
        if (Status is { Length: > 40 }) errors.Add("status", "状态名称过长", "Status is too long");
        if (Assignee is { Length: > 50 }) errors.Add("assignee", "承办人姓名过长", "Assignee is too long");
        if (DueWithinWorkingDays is < 0 or > MaxDueWithinWorkingDays)
            errors.Add("dueWithinWorkingDays", $"应在0至{MaxDueWithinWorkingDays}个工作日之间", $"Must be 0 to {MaxDueWithinWorkingDays} working days");
        return errors;
    }

    /// <summary>The cases in the caller's scope that pass the filter, filtered in the database; unsorted.</summary>
    public IQueryable<CaseIndexEntry> Apply(IQuerySession session, StaffScope scope, WorkingDayCalendar calendar, DateOnly today)
    {
        // Only the kinds the caller's roles read, only their counties.
        var query = session.Query<CaseIndexEntry>().InScopeAndPlace(scope, County, City);
        var kinds = scope.ReadableKinds();
        if (kinds.Length < Enum.GetValues<CaseKind>().Length) query = query.Where(x => x.Kind.IsOneOf(kinds));
        query = Status is null ? query.Where(x => x.IsOpen) : query.Where(x => x.Status == Status);
        if (Kind is { } k) query = query.Where(x => x.Kind == k);
        if (Assignee is not null) query = query.Where(x => x.Assignees.Contains(Assignee));
        if (Overdue is { } o) query = query.Where(x => x.IsOverdue == o);
        if (AwaitingExtensionApproval is { } a) query = a ? query.Where(x => x.AwaitsExtensionApproval) : query.Where(x => !x.AwaitsExtensionApproval);
        if (DueWithinWorkingDays is { } n)
        {
            var cutoff = DueCutoff(calendar, today, n);
            query = query.Where(x => x.NextDueOn != null && x.NextDueOn <= cutoff);
        }
        return query;
    }

    /// <summary>The last day that is "within n working days" of today (0: today).</summary>
    public static DateOnly DueCutoff(WorkingDayCalendar calendar, DateOnly today, int workingDays) =>
        workingDays == 0 ? today : calendar.AddWorkingDays(today, workingDays).DueOn;

    /// <summary>
    /// Nearest next deadline first (cases without one last), then the oldest. Callers page it with a separate count
    /// query (<c>useCountQuery</c>): a count over the window of every matching row would read them all for each page.
    /// </summary>
    public static IQueryable<CaseIndexEntry> Sorted(IQueryable<CaseIndexEntry> query) =>
        query.OrderBy(x => x.NextDueOn).ThenBy(x => x.ReceivedOn).ThenBy(x => x.Id);

    /// <summary>Every status a case of each kind can have, with its Chinese name (what the status filter offers).</summary>
    public static IReadOnlyList<(CaseKind Kind, string Status, string Chinese)> Statuses { get; } =
    [
        .. Of<CaseStatus>(CaseKind.WageArrears), .. Of<DiscriminationStatus>(CaseKind.Discrimination),
        .. Of<ArbitrationStatus>(CaseKind.Arbitration), .. Of<InspectionStatus>(CaseKind.Inspection),
    ];

    private static IEnumerable<(CaseKind, string, string)> Of<TStatus>(CaseKind kind) where TStatus : struct, Enum =>
        Enum.GetValues<TStatus>().Select(s => (kind, s.ToString(), StatusNames.Chinese(s)));
}
