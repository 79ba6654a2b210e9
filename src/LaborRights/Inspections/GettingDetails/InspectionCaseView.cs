
namespace LaborRights.Inspections.GettingDetails;

/// <summary>One rectification order and, once checked, its follow-up.</summary>
public sealed class RectificationView
{
    public string Requirements { get; set; } = "";
    public DateOnly RectifyBy { get; set; }
    public DateTimeOffset OrderedAt { get; set; }
    public DateOnly? CheckedOn { get; set; }
    public bool? Rectified { get; set; }
    public string? FollowUpNotes { get; set; }
}

/// <summary>
/// Everything staff read about one inspection case, read from its events when asked (the case's own fold for its
/// state). No reporter identity is ever recorded (举报人保密).
/// </summary>
public sealed class InspectionCaseView
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>立案编号 once filed (in the county's labour-inspection series); cases filed before numbering have none.</summary>
    public string? CaseNumber { get; set; }
    public InspectionStatus Status { get; set; }
    public string StatusZh { get; set; } = "";
    public InspectionOrigin Origin { get; set; }
    public CaseReference? Source { get; set; }
    public Employer Employer { get; set; } = new("", "");
    public string CountyCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public string? ConstructionProject { get; set; }
    public string Reason { get; set; } = "";
    public string OpenedBy { get; set; } = "";
    public DateTimeOffset OpenedAt { get; set; }
    public DateOnly FiledOn { get; set; }
    public DateOnly InvestigationDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public InspectionPeriodExtended? Extension { get; set; }

    /// <summary>An extension its staff asked for, waiting for the approver; null when none is pending.</summary>
    public PendingExtension? PendingExtension { get; set; }
    public IReadOnlyList<string> Inspectors { get; set; } = [];
    public List<SiteVisitRecorded> SiteVisits { get; set; } = [];
    public List<ViolationFound> Violations { get; set; } = [];
    public decimal WageArrearsFound { get; set; }
    public List<EmployerHeard> Hearings { get; set; } = [];
    public List<RectificationView> Rectifications { get; set; } = [];
    public PenaltyImposed? Penalty { get; set; }
    public InspectionOutcome? Outcome { get; set; }
    public string? ClosureSummary { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public InspectionCaseWithdrawn? Withdrawal { get; set; }
    public InspectionCaseTransferred? Transfer { get; set; }
    public List<LinkedCase> Links { get; set; } = [];
    public bool InvestigationOverdue { get; set; }

    /// <summary>The case runs on the period of the discrimination case it came from (one clock for one matter, ADR 0025).</summary>
    public bool ClockGovernedBySource { get; set; }

    /// <param name="heldByOthers">Links the other cases hold to this one (e.g. the wage-arrears cases its findings opened).</param>
    public static InspectionCaseView Of(InspectionCase c, IReadOnlyList<object> events, IReadOnlyList<LinkedCase> heldByOthers)
    {
        var opened = events.OfType<InspectionCaseOpened>().First();
        var closed = events.OfType<InspectionCaseClosed>().LastOrDefault();
        var violations = events.OfType<ViolationFound>().ToList();
        return new()
        {
            Id = c.Id, Version = c.Version, CaseNumber = c.CaseNumber, ClockGovernedBySource = c.ClockGovernedBySource, Status = c.Status, StatusZh = StatusNames.Chinese(c.Status), Origin = c.Origin, Source = c.Source,
            Employer = c.Employer, CountyCode = c.CountyCode, ParkCode = c.ParkCode,
            ConstructionProject = opened.ConstructionProject, Reason = c.Reason, OpenedBy = opened.OpenedBy, OpenedAt = opened.OpenedAt,
            FiledOn = c.FiledOn, InvestigationDueOn = c.InvestigationDueOn, DeadlineIsProvisional = c.DeadlineIsProvisional,
            Extension = events.OfType<InspectionPeriodExtended>().LastOrDefault(), PendingExtension = c.AwaitsExtensionApproval ? c.PendingExtension : null, Inspectors = c.Inspectors,
            SiteVisits = [.. events.OfType<SiteVisitRecorded>()], Violations = violations,
            WageArrearsFound = violations.Where(v => v.Category == ViolationCategory.WageArrears).Sum(v => v.AmountOwed ?? 0),
            Hearings = [.. events.OfType<EmployerHeard>()], Rectifications = RectificationsIn(events),
            Penalty = events.OfType<PenaltyImposed>().LastOrDefault(), Outcome = c.Outcome, ClosureSummary = closed?.Summary,
            ClosedAt = closed?.ClosedAt, Withdrawal = events.OfType<InspectionCaseWithdrawn>().LastOrDefault(),
            Transfer = events.OfType<InspectionCaseTransferred>().LastOrDefault(), Links =
            [
                .. c.Source is { } source ? [LinkedCase.Of(source, LinkRelation.OpenedFrom)] : Array.Empty<LinkedCase>(),
                .. c.Links.Select(l => l.ToAnswer()), .. heldByOthers,
            ],
            InvestigationOverdue = c.OverdueSteps.Contains(InspectionCase.Investigation),
        };
    }

    /// <summary>Each order with the follow-up check that answered it (a check answers the latest order).</summary>
    private static List<RectificationView> RectificationsIn(IReadOnlyList<object> events)
    {
        var orders = new List<RectificationView>();
        foreach (var e in events)
        {
            if (e is RectificationOrdered o) orders.Add(new() { Requirements = o.Requirements, RectifyBy = o.RectifyBy, OrderedAt = o.OrderedAt });
            else if (e is RectificationChecked c && orders.Count > 0)
            {
                orders[^1].CheckedOn = c.CheckedOn;
                orders[^1].Rectified = c.Rectified;
                orders[^1].FollowUpNotes = c.Notes;
            }
        }
        return orders;
    }
}
