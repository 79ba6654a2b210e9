namespace LaborRights.Inspections;

public enum InspectionStatus
{
    /// <summary>立案调查中.</summary>
    UnderInvestigation,

    /// <summary>责令改正中: a rectification order awaits its follow-up check.</summary>
    AwaitingRectification,

    /// <summary>已结案.</summary>
    Closed,

    /// <summary>已撤销立案.</summary>
    Withdrawn,

    /// <summary>已移送.</summary>
    Transferred,
}

/// <summary>
/// The labour-inspection case as its events leave it: what the decide functions need, nothing more.
/// Read models for people (details, queue) are separate projections.
/// </summary>
public sealed record InspectionCase
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public InspectionStatus Status { get; init; }
    public InspectionOrigin Origin { get; init; }
    public CaseReference? Source { get; init; }
    public string EmployerName { get; init; } = "";
    public string EmployerCreditCode { get; init; } = "";
    public string CountyCode { get; init; } = "";
    public string? ParkCode { get; init; }
    public DateOnly FiledOn { get; init; }
    public DateOnly InvestigationDueOn { get; init; }
    public bool Extended { get; init; }
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
    public IReadOnlyList<InspectionCaseLinked> Links { get; init; } = [];

    public bool IsOpen => Status is InspectionStatus.UnderInvestigation or InspectionStatus.AwaitingRectification;

    /// <summary>Folds one event in code that runs outside Marten (tests, import); Marten itself calls Create/Apply.</summary>
    public static InspectionCase FoldEvent(InspectionCase? state, object e) => (state, e) switch
    {
        (null, InspectionCaseOpened x) => Create(x),
        (null, _) => throw new InvalidOperationException($"An inspection case cannot start with {e.GetType().Name}."),
        (_, InspectionTeamAssigned x) => state.Apply(x),
        (_, SiteVisitRecorded x) => state.Apply(x),
        (_, ViolationFound x) => state.Apply(x),
        (_, EmployerHeard x) => state.Apply(x),
        (_, RectificationOrdered x) => state.Apply(x),
        (_, RectificationChecked x) => state.Apply(x),
        (_, PenaltyImposed x) => state.Apply(x),
        (_, InspectionPeriodExtended x) => state.Apply(x),
        (_, InspectionCaseClosed x) => state.Apply(x),
        (_, InspectionCaseWithdrawn x) => state.Apply(x),
        (_, InspectionCaseTransferred x) => state.Apply(x),
        (_, InspectionCaseLinked x) => state.Apply(x),
        (_, InspectionDeadlinePassed x) => state.Apply(x),
        _ => throw new InvalidOperationException($"InspectionCase does not know {e.GetType().Name}."),
    } with { Version = (state?.Version ?? 0) + 1 };

    public static InspectionCase Create(InspectionCaseOpened e) => new()
    {
        Id = e.InspectionCaseId,
        Status = InspectionStatus.UnderInvestigation,
        Origin = e.Origin,
        Source = e.Source,
        EmployerName = e.EmployerName,
        EmployerCreditCode = e.EmployerCreditCode,
        CountyCode = e.CountyCode,
        ParkCode = e.ParkCode,
        FiledOn = e.FiledOn,
        InvestigationDueOn = e.InvestigationDueOn,
    };

    public InspectionCase Apply(InspectionTeamAssigned e) => this with { Inspectors = e.Inspectors };

    public InspectionCase Apply(SiteVisitRecorded _) => this with { SiteVisits = SiteVisits + 1 };

    public InspectionCase Apply(ViolationFound _) => this with { ViolationsFound = ViolationsFound + 1, EmployerHeardOnAllFindings = false };

    public InspectionCase Apply(EmployerHeard _) => this with { EmployerHeardOnAllFindings = true };

    public InspectionCase Apply(RectificationOrdered e) => this with { Status = InspectionStatus.AwaitingRectification, RectifyBy = e.RectifyBy };

    public InspectionCase Apply(RectificationChecked e) =>
        this with { Status = InspectionStatus.UnderInvestigation, RectifyBy = null, LastFollowUpRectified = e.Rectified };

    public InspectionCase Apply(PenaltyImposed _) => this with { Penalised = true };

    public InspectionCase Apply(InspectionPeriodExtended e) => this with { Extended = true, InvestigationDueOn = e.NewDueOn };

    public InspectionCase Apply(InspectionCaseClosed e) => this with { Status = InspectionStatus.Closed, Outcome = e.Outcome };

    public InspectionCase Apply(InspectionCaseWithdrawn _) => this with { Status = InspectionStatus.Withdrawn };

    public InspectionCase Apply(InspectionCaseTransferred _) => this with { Status = InspectionStatus.Transferred };

    public InspectionCase Apply(InspectionCaseLinked e) => this with { Links = [.. Links, e] };

    // Remembered so that a deadline message delivered twice appends nothing the second time.
    public InspectionCase Apply(InspectionDeadlinePassed e) => this with { InvestigationOverdueSince = e.DueOn };
}
