using LaborRights.Inspections.Deadlines;

namespace LaborRights.Inspections;

public enum InspectionStatus
{
    [StatusName("立案调查中", "under investigation")]
    UnderInvestigation,

    /// <summary>责令改正中: a rectification order awaits its follow-up check.</summary>
    [StatusName("责令改正中", "awaiting rectification")]
    AwaitingRectification,

    [StatusName("已结案", "closed")]
    Closed,

    [StatusName("已撤销立案", "withdrawn")]
    Withdrawn,

    [StatusName("已移送", "transferred")]
    Transferred,
}

/// <summary>
/// The labour-inspection case as its events leave it: what the decide functions need, nothing more.
/// Read models for people (details, queue) are separate projections.
/// </summary>
public sealed record InspectionCase : ICase<InspectionCase, InspectionStatus>
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public InspectionStatus Status { get; init; }
    public InspectionOrigin Origin { get; init; }
    public CaseReference? Source { get; init; }

    /// <summary>Why the inspection was opened (立案事由).</summary>
    public string Reason { get; init; } = "";
    public Employer Employer { get; init; } = new("", "");
    public string CountyCode { get; init; } = "";
    public string? ParkCode { get; init; }
    public DateOnly FiledOn { get; init; }
    public DateOnly InvestigationDueOn { get; init; }
    public bool DeadlineIsProvisional { get; init; }
    public bool Extended { get; init; }

    /// <summary>An extension asked for and waiting for its approver.</summary>
    public PendingExtension? PendingExtension { get; init; }
    public IReadOnlyList<string> Inspectors { get; init; } = [];
    public int SiteVisits { get; init; }
    public int ViolationsFound { get; init; }

    /// <summary>Heard on every finding so far: a finding made after the hearing needs a new hearing before a penalty.</summary>
    public bool EmployerHeardOnAllFindings { get; init; }

    /// <summary>The deadline of the rectification order awaiting its follow-up, if any.</summary>
    public DateOnly? RectifyBy { get; init; }

    public bool? LastFollowUpRectified { get; init; }
    public bool Penalised { get; init; }
    public InspectionOutcome? Outcome { get; init; }
    public DateOnly? InvestigationOverdueSince { get; init; }
    public IReadOnlyList<string> OverdueSteps { get; init; } = [];

    public const string Investigation = CaseSteps.Investigation;
    public IReadOnlyList<CaseLink> Links { get; init; } = [];

    public bool IsOpen => Status is InspectionStatus.UnderInvestigation or InspectionStatus.AwaitingRectification;

    public CaseKind Kind => CaseKind.Inspection;
    public bool IsEnded => !IsOpen;
    /// <summary>
    /// One clock for one matter (ADR 0025): an inspection opened by a discrimination complaint's acceptance runs on
    /// that case's period; it has no deadline of its own in the queue, the overdue list or the deadline messages.
    /// </summary>
    public bool ClockGovernedBySource => Origin == InspectionOrigin.Linkage && Source?.Kind == CaseKind.Discrimination;

    public DateOnly? NextDueOn => IsOpen && !ClockGovernedBySource ? InvestigationDueOn : null;
    public string? NextStep => IsOpen && !ClockGovernedBySource ? Investigation : null;
    /// <summary>立案编号, in the county's labour-inspection series (shared with wage-arrears and discrimination cases).</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The case number; cases opened before numbers were given are named by their reason.</summary>
    public string Reference => CaseNumber ?? (Reason.Length > 60 ? Reason[..60] + "…" : Reason);
    string? IIndexedCase.TrackingNumber => null;

    /// <summary>An inspection names no person: a reporter is never recorded in it (劳动保障监察条例 第9条).</summary>
    IReadOnlyList<string> IIndexedCase.PartyNames => [];

    IReadOnlyList<string> IIndexedCase.Assignees => Inspectors;

    public bool AwaitsExtensionApproval => PendingExtension is not null && !IsEnded;

    /// <summary>The investigation deadline computed again now that <paramref name="year"/>'s arrangement is published; null when it stays.</summary>
    public DeadlineRecomputed? RecomputeDeadline(Calendar.WorkingDayCalendar calendar, int year, DateTimeOffset now) => IsOpen && !ClockGovernedBySource
        ? DeadlineRecomputation.WorkingDays(Id, Investigation, FiledOn, InvestigationDueOn, DeadlineIsProvisional, calendar, year, now)
        : null;

    /// <summary>The investigation period as the rules of extension read it.</summary>
    public ExtensionRequests.Period ExtensionPeriod => new(Kind, CountyCode, IsOpen, Status, Extended, InvestigationDueOn, PendingExtension);
    DateOnly IIndexedCase.ReceivedOn => FiledOn;

    /// <summary>The one fold of this case's events (Marten's and the application's alike, see <see cref="ICase{TSelf,TStatus}"/>).</summary>
    public InspectionCase Evolve(object @event) => @event switch
    {
        InspectionCaseOpened e => new()
        {
            Id = e.InspectionCaseId,
            CaseNumber = e.CaseNumber,
            Status = InspectionStatus.UnderInvestigation,
            Origin = e.Origin,
            Source = e.Source,
            Reason = e.Reason,
            Employer = new(e.EmployerName, e.EmployerCreditCode),
            CountyCode = e.CountyCode,
            ParkCode = e.ParkCode,
            FiledOn = e.FiledOn,
            InvestigationDueOn = e.InvestigationDueOn,
            DeadlineIsProvisional = e.InvestigationDueIsProvisional,
        },
        InspectionTeamAssigned e => this with { Inspectors = e.Inspectors },
        SiteVisitRecorded _ => this with { SiteVisits = SiteVisits + 1 },
        ViolationFound _ => this with { ViolationsFound = ViolationsFound + 1, EmployerHeardOnAllFindings = false },
        EmployerHeard _ => this with { EmployerHeardOnAllFindings = true },
        RectificationOrdered e => this with { Status = InspectionStatus.AwaitingRectification, RectifyBy = e.RectifyBy },
        RectificationChecked e => this with { Status = InspectionStatus.UnderInvestigation, RectifyBy = null, LastFollowUpRectified = e.Rectified },
        PenaltyImposed _ => this with { Penalised = true },
        DeadlineRecomputed x when x.Step == Investigation => this with { InvestigationDueOn = x.NewDueOn, DeadlineIsProvisional = x.NewDueIsProvisional },
        ExtensionRequested x => this with { PendingExtension = new(x.Reason, x.RequestedBy, x.RequestedAt) },
        ExtensionRequestDeclined _ => this with { PendingExtension = null },
        InspectionPeriodExtended e => this with
        {
            Extended = true,
            PendingExtension = null,
            InvestigationDueOn = e.NewDueOn,
            DeadlineIsProvisional = e.NewDueIsProvisional,
            OverdueSteps = OverdueSteps.Minus(Investigation),
        },
        // Ending the case ends its pending step: nothing of an ended case is overdue.
        InspectionCaseClosed e => this with { Status = InspectionStatus.Closed, Outcome = e.Outcome, OverdueSteps = [] },
        InspectionCaseWithdrawn _ => this with { Status = InspectionStatus.Withdrawn, OverdueSteps = [] },
        InspectionCaseTransferred _ => this with { Status = InspectionStatus.Transferred, OverdueSteps = [] },
        InspectionCaseLinked e => this with { Links = [.. Links, new CaseLink(e.Other, e.Relation)] },
        // The date is remembered so that a deadline message delivered twice appends nothing the second time.
        InspectionDeadlinePassed e => this with { InvestigationOverdueSince = e.DueOn, OverdueSteps = OverdueSteps.Plus(Investigation) },
        _ => this,
    };

    public InspectionCase AtVersion(int version) => this with { Version = version };

    public static IEnumerable<object> FollowUps(InspectionCase before, IReadOnlyList<object> events) =>
        [.. InspectionDeadlineSchedule.For(events), .. Linking.InspectionLinkage.For(before, events)];
}
