using LaborRights.Arbitration.Deadlines;
using LaborRights.Security.PersonalData;

namespace LaborRights.Arbitration;

public enum ArbitrationStatus
{
    /// <summary>待受理审查: a decision is due within 5 days (劳动争议调解仲裁法 第29条).</summary>
    [StatusName("待受理审查", "awaiting the acceptance decision")]
    PendingAcceptance,

    /// <summary>不予受理: the applicant may sue.</summary>
    [StatusName("不予受理", "refused")]
    Refused,

    [StatusName("已受理，待组庭", "accepted, awaiting a tribunal")]
    Accepted,

    [StatusName("已组成仲裁庭", "before a formed tribunal")]
    PanelFormed,

    [StatusName("已排期开庭", "scheduled for hearing")]
    HearingScheduled,

    [StatusName("已开庭审理", "heard")]
    Heard,

    /// <summary>中止审理: the award period does not run.</summary>
    [StatusName("中止审理", "suspended")]
    Suspended,

    [StatusName("调解结案", "closed by mediation")]
    Mediated,

    [StatusName("已裁决", "awarded")]
    Awarded,

    /// <summary>撤回申请 or 按撤回申请处理.</summary>
    [StatusName("已撤回", "withdrawn")]
    Withdrawn,
}

/// <summary>
/// The arbitration case as its events leave it: what the decide functions need, nothing more.
/// Read models for people (details, queue, tracking) are separate projections.
/// </summary>
public sealed record ArbitrationCase : ICase<ArbitrationCase, ArbitrationStatus>
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public ArbitrationStatus Status { get; init; }
    public ArbitrationStatus? StatusBeforeSuspension { get; init; }
    public string TrackingNumber { get; init; } = "";
    public string CountyCode { get; init; } = "";
    public string? ParkCode { get; init; }
    public Employer Employer { get; init; } = new("", "");
    public PartyKind ApplicantKind { get; init; }
    public IReadOnlyList<string> PartyNames { get; init; } = [];
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
    public bool DeadlineIsProvisional { get; init; }
    public bool Extended { get; init; }

    /// <summary>An extension asked for and waiting for its approver.</summary>
    public PendingExtension? PendingExtension { get; init; }
    public IReadOnlyList<string> Arbitrators { get; init; } = [];
    public DateOnly? HearingOn { get; init; }
    public bool HearingHeld { get; init; }
    public bool RespondentAbsent { get; init; }
    public bool MediationAttempted { get; init; }
    public IReadOnlyList<AwardedItem> Decided { get; init; } = [];

    /// <summary>
    /// The last day the employer may apply to set aside the final items (劳动争议调解仲裁法 第49条: 30 days from
    /// receiving the award), counted from the day the award was made — the earliest the window can end until service
    /// is recorded; null while no item is decided finally.
    /// </summary>
    public DateOnly? SetAsideWindowEndsOn { get; init; }

    /// <summary>The day the first award with final items was made: the earliest an application to set aside can be dated.</summary>
    public DateOnly? FinalItemsAwardedOn { get; init; }

    /// <summary>Whether the partial award and the award decided items finally (their service on the employer starts the window).</summary>
    public bool PartialAwardHasFinalItems { get; init; }
    public bool AwardHasFinalItems { get; init; }

    /// <summary>The employer's application to set aside the final items, once recorded.</summary>
    public SetAsideApplicationRecorded? SetAsideApplication { get; init; }

    /// <summary>Days the employer has to apply to set aside a final award (第49条).</summary>
    public const int SetAsideDays = 30;
    public bool UnpaidReported { get; init; }
    public IReadOnlyList<CaseLink> Links { get; init; } = [];
    public DateOnly? AcceptanceOverdueSince { get; init; }
    public DateOnly? AwardOverdueSince { get; init; }
    public IReadOnlyList<string> OverdueSteps { get; init; } = [];

    public const string Acceptance = CaseSteps.Acceptance;
    public const string Award = CaseSteps.Award;

    public bool AwaitsAcceptance => Status == ArbitrationStatus.PendingAcceptance;

    /// <summary>Accepted and not yet ended, whether suspended or not.</summary>
    public bool InProceedings => Status is ArbitrationStatus.Accepted or ArbitrationStatus.PanelFormed
        or ArbitrationStatus.HearingScheduled or ArbitrationStatus.Heard or ArbitrationStatus.Suspended;

    /// <summary>In proceedings and not suspended: the award period runs.</summary>
    public bool ClockRunning => InProceedings && Status != ArbitrationStatus.Suspended;

    public bool IsClosed => Status is ArbitrationStatus.Refused or ArbitrationStatus.Mediated
        or ArbitrationStatus.Awarded or ArbitrationStatus.Withdrawn;

    public IEnumerable<ClaimItem> UndecidedClaims => Claims.Where(c => Decided.All(d => d.ClaimNumber != c.Number));

    public CaseKind Kind => CaseKind.Arbitration;
    public string Reference => CaseNumber ?? TrackingNumber;
    public bool IsEnded => IsClosed;

    /// <summary>None while suspended: the award period does not run (劳动争议调解仲裁法 第43条).</summary>
    public DateOnly? NextDueOn => Status switch
    {
        ArbitrationStatus.PendingAcceptance => AcceptanceDueOn,
        ArbitrationStatus.Accepted or ArbitrationStatus.PanelFormed or ArbitrationStatus.HearingScheduled or ArbitrationStatus.Heard => AwardDueOn,
        _ => null,
    };

    public string? NextStep => NextDueOn is null ? null : Status == ArbitrationStatus.PendingAcceptance ? Acceptance : Award;

    IReadOnlyList<string> IIndexedCase.Assignees => Arbitrators;

    public bool AwaitsExtensionApproval => PendingExtension is not null && !IsEnded;

    /// <summary>
    /// The current deadline computed again now that <paramref name="year"/>'s arrangement is published; null when it
    /// stays. The award period is calendar days (only its last day moves off a rest day), so it is computed afresh.
    /// </summary>
    public DeadlineRecomputed? RecomputeDeadline(Calendar.WorkingDayCalendar calendar, int year, ArbitrationRules rules, DateTimeOffset now)
    {
        if (!DeadlineIsProvisional) return null;
        return NextStep switch
        {
            Acceptance when rules.ShortPeriodsInWorkingDays =>
                DeadlineRecomputation.WorkingDays(Id, Acceptance, ReceivedOn, AcceptanceDueOn, true, calendar, year, now),
            Acceptance => DeadlineRecomputation.Changed(Id, Acceptance, AcceptanceDueOn,
                calendar.AddCalendarDaysRollingToWorkingDay(ReceivedOn, rules.AcceptanceDays), year, now),
            Award when AwardDueOn is { } due && AcceptedOn is not null => DeadlineRecomputation.Changed(Id, Award, due, AwardClock.DueOn(this, calendar), year, now),
            _ => null,
        };
    }

    /// <summary>The award period as the rules of extension read it (stopped while suspended).</summary>
    public ExtensionRequests.Period ExtensionPeriod => new(Kind, CountyCode, ClockRunning, Status, Extended, AwardDueOn, PendingExtension);

    /// <summary>Money the awards (partial and final) granted.</summary>
    public decimal AmountAwarded => Decided.Sum(d => d.GrantedAmount ?? 0m);

    /// <summary>The one fold of this case's events (Marten's and the application's alike, see <see cref="ICase{TSelf,TStatus}"/>).</summary>
    public ArbitrationCase Evolve(object @event) => @event switch
    {
        ArbitrationApplied e => new()
        {
            Id = e.ArbitrationCaseId,
            Status = ArbitrationStatus.PendingAcceptance,
            TrackingNumber = e.TrackingNumber,
            CountyCode = e.CountyCode,
            ParkCode = e.ParkCode,
            Employer = new(e.EmployerName, e.EmployerCreditCode),
            ApplicantKind = e.Applicant.Kind,
            PartyNames = [.. new[] { e.Applicant, e.Respondent }.Select(p => p.Kind == PartyKind.Worker ? Masking.Name(p.Name) : p.Name)],
            Claims = e.Claims,
            WorkersConcerned = e.WorkersConcerned,
            ReceivedOn = ShanghaiTime.DateOf(e.ReceivedAt),
            AcceptanceDueOn = e.AcceptanceDueOn,
            DeadlineIsProvisional = e.AcceptanceDueIsProvisional,
        },
        ArbitrationApplicationAccepted e => this with
        {
            Status = ArbitrationStatus.Accepted,
            CaseNumber = e.CaseNumber,
            AcceptedOn = e.AcceptedOn,
            AwardPeriodDays = e.AwardPeriodDays,
            AwardDueOn = e.AwardDueOn,
            DeadlineIsProvisional = e.AwardDueIsProvisional,
            OverdueSteps = OverdueSteps.Minus(Acceptance),
        },
        // Ending the case ends every pending step: nothing of an ended case is overdue.
        ArbitrationApplicationRefused _ => this with { Status = ArbitrationStatus.Refused, OverdueSteps = [] },
        ArbitrationPanelFormed e => this with
        {
            Status = Status == ArbitrationStatus.Accepted ? ArbitrationStatus.PanelFormed : Status,
            Arbitrators = e.Arbitrators,
        },
        HearingScheduled e => this with { Status = ArbitrationStatus.HearingScheduled, HearingOn = e.HearingOn },
        HearingAttendanceRecorded e => this with
        {
            Status = ArbitrationStatus.Heard,
            HearingHeld = true,
            RespondentAbsent = !e.RespondentAppeared,
        },
        ArbitrationDeemedWithdrawn _ => this with { Status = ArbitrationStatus.Withdrawn, OverdueSteps = [] },
        MediationAgreementReached _ => this with { Status = ArbitrationStatus.Mediated, MediationAttempted = true, OverdueSteps = [] },
        MediationFailed _ => this with { MediationAttempted = true },
        PartialAwardIssued e => this with
        {
            Decided = [.. Decided, .. e.Items], SetAsideWindowEndsOn = SetAsideWindowAfter(e.Items, e.IssuedAt),
            FinalItemsAwardedOn = FinalItemsAwardedOn ?? (e.Items.Any(i => i.IsFinal) ? ShanghaiTime.DateOf(e.IssuedAt) : null),
            PartialAwardHasFinalItems = e.Items.Any(i => i.IsFinal),
        },
        ArbitrationAwardIssued e => this with
        {
            Status = ArbitrationStatus.Awarded, Decided = [.. Decided, .. e.Items], OverdueSteps = [],
            SetAsideWindowEndsOn = SetAsideWindowAfter(e.Items, e.IssuedAt),
            FinalItemsAwardedOn = FinalItemsAwardedOn ?? (e.Items.Any(i => i.IsFinal) ? ShanghaiTime.DateOf(e.IssuedAt) : null),
            AwardHasFinalItems = e.Items.Any(i => i.IsFinal),
        },
        // 第四十九条: 30 days from the day the employer received the award — once its service is recorded, the window runs from it.
        ArbitrationAwardServed e when e.Party == ArbitrationParty.Respondent && (e.Partial ? PartialAwardHasFinalItems : AwardHasFinalItems) => this with
        {
            SetAsideWindowEndsOn = Later(SetAsideWindowEndsOn, e.ServedOn.AddDays(SetAsideDays)),
        },
        SetAsideApplicationRecorded e => this with { SetAsideApplication = e },
        DeadlineRecomputed x => x.Step switch
        {
            Acceptance => this with { AcceptanceDueOn = x.NewDueOn, DeadlineIsProvisional = x.NewDueIsProvisional },
            Award => this with { AwardDueOn = x.NewDueOn, DeadlineIsProvisional = x.NewDueIsProvisional },
            _ => this,
        },
        ExtensionRequested x => this with { PendingExtension = new(x.Reason, x.RequestedBy, x.RequestedAt) },
        ExtensionRequestDeclined _ => this with { PendingExtension = null },
        ArbitrationPeriodExtended e => this with
        {
            Extended = true,
            PendingExtension = null,
            AwardPeriodDays = AwardPeriodDays + e.ExtensionDays,
            AwardDueOn = e.NewDueOn,
            DeadlineIsProvisional = e.NewDueIsProvisional,
            OverdueSteps = OverdueSteps.Minus(Award),
        },
        ArbitrationSuspended e => this with
        {
            Status = ArbitrationStatus.Suspended,
            StatusBeforeSuspension = Status,
            SuspendedOn = e.SuspendedOn,
        },
        ArbitrationResumed e => this with
        {
            Status = StatusBeforeSuspension ?? ArbitrationStatus.Accepted,
            StatusBeforeSuspension = null,
            SuspendedOn = null,
            DaysSuspended = DaysSuspended + e.DaysSuspended,
            AwardDueOn = e.NewAwardDueOn,
            DeadlineIsProvisional = e.NewDueIsProvisional,
            // The award clock restarts with a new deadline: the old one's lateness no longer applies.
            OverdueSteps = OverdueSteps.Minus(Award),
        },
        ArbitrationWithdrawn _ => this with { Status = ArbitrationStatus.Withdrawn, OverdueSteps = [] },
        AwardReportedUnpaid _ => this with { UnpaidReported = true },
        ArbitrationCaseLinked e => this with { Links = [.. Links, new CaseLink(e.Other, e.Relation)] },
        // The …Since dates are remembered so that a deadline message delivered twice appends nothing the second time.
        ArbitrationAcceptanceDeadlinePassed e => this with { AcceptanceOverdueSince = e.DueOn, OverdueSteps = OverdueSteps.Plus(Acceptance) },
        AwardDeadlinePassed e => this with { AwardOverdueSince = e.DueOn, OverdueSteps = OverdueSteps.Plus(Award) },
        _ => this,
    };

    public ArbitrationCase AtVersion(int version) => this with { Version = version };

    private static DateOnly? Later(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;

    /// <summary>The set-aside window after an award with final items (the later one wins), else as it was.</summary>
    private DateOnly? SetAsideWindowAfter(IReadOnlyList<AwardedItem> items, DateTimeOffset issuedAt) =>
        items.Any(i => i.IsFinal) ? ShanghaiTime.DateOf(issuedAt).AddDays(SetAsideDays) : SetAsideWindowEndsOn;

    public static IEnumerable<object> FollowUps(ArbitrationCase before, IReadOnlyList<object> events) =>
        [.. ArbitrationDeadlineSchedule.For(events), .. Linking.ArbitrationLinkage.For(before, events)];
}
