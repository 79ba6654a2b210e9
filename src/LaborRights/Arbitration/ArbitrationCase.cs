namespace LaborRights.Arbitration;

/// <summary>A link held by a case: the other case and how they relate (e.g. "enforcement-referral").</summary>
public sealed record ArbitrationLink(CaseReference Other, string Relation);

public enum ArbitrationStatus
{
    /// <summary>待受理审查: a decision is due within 5 days (劳动争议调解仲裁法 第29条).</summary>
    PendingAcceptance,

    /// <summary>不予受理: the applicant may sue.</summary>
    Refused,

    /// <summary>已受理，待组庭.</summary>
    Accepted,

    /// <summary>已组成仲裁庭.</summary>
    PanelFormed,

    /// <summary>已排期开庭.</summary>
    HearingScheduled,

    /// <summary>已开庭审理.</summary>
    Heard,

    /// <summary>中止审理: the award period does not run.</summary>
    Suspended,

    /// <summary>调解结案.</summary>
    Mediated,

    /// <summary>已裁决.</summary>
    Awarded,

    /// <summary>撤回申请 or 按撤回申请处理.</summary>
    Withdrawn,
}

/// <summary>
/// The arbitration case as its events leave it: what the decide functions need, nothing more.
/// Read models for people (details, queue, tracking) are separate projections.
/// </summary>
public sealed record ArbitrationCase
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public ArbitrationStatus Status { get; init; }
    public ArbitrationStatus? StatusBeforeSuspension { get; init; }
    public string CountyCode { get; init; } = "";
    public string? ParkCode { get; init; }
    public string EmployerName { get; init; } = "";
    public string EmployerCreditCode { get; init; } = "";
    public PartyKind ApplicantKind { get; init; }
    public IReadOnlyList<ClaimItem> Claims { get; init; } = [];
    public int WorkersConcerned { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public DateOnly AcceptanceDueOn { get; init; }
    public string? CaseNumber { get; init; }
    public DateOnly? AcceptedOn { get; init; }
    public int AwardPeriodDays { get; init; }
    public int DaysSuspended { get; init; }
    public DateOnly? SuspendedOn { get; init; }
    public DateOnly? AwardDueOn { get; init; }
    public bool Extended { get; init; }
    public IReadOnlyList<string> Arbitrators { get; init; } = [];
    public DateOnly? HearingOn { get; init; }
    public bool HearingHeld { get; init; }
    public bool RespondentAbsent { get; init; }
    public bool MediationAttempted { get; init; }
    public IReadOnlyList<AwardedItem> Decided { get; init; } = [];
    public bool UnpaidReported { get; init; }
    public IReadOnlyList<ArbitrationLink> Links { get; init; } = [];
    public DateOnly? AcceptanceOverdueSince { get; init; }
    public DateOnly? AwardOverdueSince { get; init; }

    public bool AwaitsAcceptance => Status == ArbitrationStatus.PendingAcceptance;

    /// <summary>Accepted and not yet ended, whether suspended or not.</summary>
    public bool InProceedings => Status is ArbitrationStatus.Accepted or ArbitrationStatus.PanelFormed
        or ArbitrationStatus.HearingScheduled or ArbitrationStatus.Heard or ArbitrationStatus.Suspended;

    /// <summary>In proceedings and not suspended: the award period runs.</summary>
    public bool ClockRunning => InProceedings && Status != ArbitrationStatus.Suspended;

    public bool IsClosed => Status is ArbitrationStatus.Refused or ArbitrationStatus.Mediated
        or ArbitrationStatus.Awarded or ArbitrationStatus.Withdrawn;

    public IEnumerable<ClaimItem> UndecidedClaims => Claims.Where(c => Decided.All(d => d.ClaimNumber != c.Number));

    /// <summary>Money the awards (partial and final) granted.</summary>
    public decimal AmountAwarded => Decided.Sum(d => d.GrantedAmount ?? 0m);

    /// <summary>Folds one event in code that runs outside Marten (tests, import); Marten itself calls Create/Apply.</summary>
    public static ArbitrationCase FoldEvent(ArbitrationCase? state, object e) => (state, e) switch
    {
        (null, ArbitrationApplied x) => Create(x),
        (null, _) => throw new InvalidOperationException($"A case cannot start with {e.GetType().Name}."),
        (_, ArbitrationApplicationAccepted x) => state.Apply(x),
        (_, ArbitrationApplicationRefused x) => state.Apply(x),
        (_, ArbitrationPanelFormed x) => state.Apply(x),
        (_, HearingScheduled x) => state.Apply(x),
        (_, HearingAttendanceRecorded x) => state.Apply(x),
        (_, ArbitrationDeemedWithdrawn x) => state.Apply(x),
        (_, MediationAgreementReached x) => state.Apply(x),
        (_, MediationFailed x) => state.Apply(x),
        (_, PartialAwardIssued x) => state.Apply(x),
        (_, ArbitrationAwardIssued x) => state.Apply(x),
        (_, ArbitrationPeriodExtended x) => state.Apply(x),
        (_, ArbitrationSuspended x) => state.Apply(x),
        (_, ArbitrationResumed x) => state.Apply(x),
        (_, ArbitrationWithdrawn x) => state.Apply(x),
        (_, AwardReportedUnpaid x) => state.Apply(x),
        (_, ArbitrationCaseLinked x) => state.Apply(x),
        (_, ArbitrationAcceptanceDeadlinePassed x) => state.Apply(x),
        (_, AwardDeadlinePassed x) => state.Apply(x),
        _ => throw new InvalidOperationException($"ArbitrationCase does not know {e.GetType().Name}."),
    } with { Version = (state?.Version ?? 0) + 1 };

    public static ArbitrationCase Create(ArbitrationApplied e) => new()
    {
        Id = e.ArbitrationCaseId,
        Status = ArbitrationStatus.PendingAcceptance,
        CountyCode = e.CountyCode,
        ParkCode = e.ParkCode,
        EmployerName = e.EmployerName,
        EmployerCreditCode = e.EmployerCreditCode,
        ApplicantKind = e.Applicant.Kind,
        Claims = e.Claims,
        WorkersConcerned = e.WorkersConcerned,
        ReceivedOn = ShanghaiTime.DateOf(e.ReceivedAt),
        AcceptanceDueOn = e.AcceptanceDueOn,
    };

    public ArbitrationCase Apply(ArbitrationApplicationAccepted e) => this with
    {
        Status = ArbitrationStatus.Accepted,
        CaseNumber = e.CaseNumber,
        AcceptedOn = e.AcceptedOn,
        AwardPeriodDays = e.AwardPeriodDays,
        AwardDueOn = e.AwardDueOn,
    };

    public ArbitrationCase Apply(ArbitrationApplicationRefused _) => this with { Status = ArbitrationStatus.Refused };

    public ArbitrationCase Apply(ArbitrationPanelFormed e) => this with
    {
        Status = Status == ArbitrationStatus.Accepted ? ArbitrationStatus.PanelFormed : Status,
        Arbitrators = e.Arbitrators,
    };

    public ArbitrationCase Apply(HearingScheduled e) => this with { Status = ArbitrationStatus.HearingScheduled, HearingOn = e.HearingOn };

    public ArbitrationCase Apply(HearingAttendanceRecorded e) => this with
    {
        Status = ArbitrationStatus.Heard,
        HearingHeld = true,
        RespondentAbsent = !e.RespondentAppeared,
    };

    public ArbitrationCase Apply(ArbitrationDeemedWithdrawn _) => this with { Status = ArbitrationStatus.Withdrawn };

    public ArbitrationCase Apply(MediationAgreementReached _) => this with { Status = ArbitrationStatus.Mediated, MediationAttempted = true };

    public ArbitrationCase Apply(MediationFailed _) => this with { MediationAttempted = true };

    public ArbitrationCase Apply(PartialAwardIssued e) => this with { Decided = [.. Decided, .. e.Items] };

    public ArbitrationCase Apply(ArbitrationAwardIssued e) => this with { Status = ArbitrationStatus.Awarded, Decided = [.. Decided, .. e.Items] };

    public ArbitrationCase Apply(ArbitrationPeriodExtended e) => this with
    {
        Extended = true,
        AwardPeriodDays = AwardPeriodDays + e.ExtensionDays,
        AwardDueOn = e.NewDueOn,
    };

    public ArbitrationCase Apply(ArbitrationSuspended e) => this with
    {
        Status = ArbitrationStatus.Suspended,
        StatusBeforeSuspension = Status,
        SuspendedOn = e.SuspendedOn,
    };

    public ArbitrationCase Apply(ArbitrationResumed e) => this with
    {
        Status = StatusBeforeSuspension ?? ArbitrationStatus.Accepted,
        StatusBeforeSuspension = null,
        SuspendedOn = null,
        DaysSuspended = DaysSuspended + e.DaysSuspended,
        AwardDueOn = e.NewAwardDueOn,
    };

    public ArbitrationCase Apply(ArbitrationWithdrawn _) => this with { Status = ArbitrationStatus.Withdrawn };

    public ArbitrationCase Apply(AwardReportedUnpaid _) => this with { UnpaidReported = true };

    public ArbitrationCase Apply(ArbitrationCaseLinked e) => this with { Links = [.. Links, new ArbitrationLink(e.Other, e.Relation)] };

    // Remembered so that a deadline message delivered twice appends nothing the second time.
    public ArbitrationCase Apply(ArbitrationAcceptanceDeadlinePassed e) => this with { AcceptanceOverdueSince = e.DueOn };
    public ArbitrationCase Apply(AwardDeadlinePassed e) => this with { AwardOverdueSince = e.DueOn };
}
