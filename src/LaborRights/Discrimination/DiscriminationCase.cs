using LaborRights.Discrimination.Deadlines;

namespace LaborRights.Discrimination;

public enum DiscriminationStatus
{
    /// <summary>受理审查中: received, acceptance decision pending (5 working days).</summary>
    [StatusName("受理审查中", "awaiting the acceptance decision")]
    PendingAcceptance,

    [StatusName("待补正材料", "awaiting material from the filer")]
    AwaitingMaterial,

    [StatusName("不予受理", "rejected")]
    Rejected,

    /// <summary>已立案调查.</summary>
    [StatusName("立案调查中", "under investigation")]
    UnderInvestigation,

    /// <summary>歧视成立: remedies may follow.</summary>
    [StatusName("歧视成立", "substantiated")]
    Substantiated,

    /// <summary>歧视不成立: the case is to be closed.</summary>
    [StatusName("歧视不成立", "not substantiated")]
    NotSubstantiated,

    [StatusName("已结案", "closed")]
    Closed,
}

/// <summary>
/// The discrimination case as its events leave it: what the decide functions need, nothing more.
/// It never holds the filer's identity; read models for people are separate projections.
/// </summary>
public sealed record DiscriminationCase : ICase<DiscriminationCase, DiscriminationStatus>
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public DiscriminationStatus Status { get; init; }
    public string TrackingNumber { get; init; } = "";
    public DiscriminationFilingKind FilingKind { get; init; }
    public Employer Employer { get; init; } = new("", "");
    public string CountyCode { get; init; } = "";
    public string? ParkCode { get; init; }
    public IReadOnlyList<DiscriminationGround> Grounds { get; init; } = [];
    public DiscriminationStage Stage { get; init; }
    public DateOnly OccurredOn { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public DateOnly AcceptanceDueOn { get; init; }

    /// <summary>The day the acceptance period counts from: receipt, or the day the material asked for was supplied.</summary>
    public DateOnly AcceptanceClockStart { get; init; }

    /// <summary>While material is awaited: the filer's last day to supply it.</summary>
    public DateOnly? SupplyBy { get; init; }

    /// <summary>The day the material was asked for: the filer's period counts from it.</summary>
    public DateOnly? MaterialRequestedOn { get; init; }

    public bool MaterialLapseNoticed { get; init; }

    /// <summary>The day the investigation period counts from (filing).</summary>
    public DateOnly? InvestigationClockStart { get; init; }
    public DateOnly? InvestigationDueOn { get; init; }

    /// <summary>Whether the one extension (劳动保障监察条例 第17条) was used.</summary>
    public bool Extended { get; init; }

    /// <summary>An extension asked for and waiting for its approver.</summary>
    public PendingExtension? PendingExtension { get; init; }
    public bool DeadlineIsProvisional { get; init; }

    /// <summary>The finding (认定): null before it is recorded.</summary>
    public bool? Substantiated { get; init; }
    public DateOnly? CorrectBy { get; init; }
    public bool Fined { get; init; }

    /// <summary>The follow-up check's answer: null before any check.</summary>
    public bool? Corrected { get; init; }
    public int JointInterviews { get; init; }
    public bool ReferredForSupportedLitigation { get; init; }
    public IReadOnlyList<ProcuratorateReferralKind> ProcuratorateReferrals { get; init; } = [];
    public IReadOnlyList<CaseLink> Links { get; init; } = [];
    public DiscriminationOutcome? Outcome { get; init; }
    public DateOnly? AcceptanceOverdueSince { get; init; }
    public DateOnly? InvestigationOverdueSince { get; init; }
    public IReadOnlyList<string> OverdueSteps { get; init; } = [];

    public const string Acceptance = CaseSteps.Acceptance;
    public const string Investigation = CaseSteps.Investigation;

    public bool AwaitsDecision => Status is DiscriminationStatus.PendingAcceptance or DiscriminationStatus.AwaitingMaterial;
    public bool IsOpen => Status is DiscriminationStatus.UnderInvestigation or DiscriminationStatus.Substantiated or DiscriminationStatus.NotSubstantiated;
    public bool HasStatutoryGround => Grounds.Any(DiscriminationGrounds.IsStatutory);
    public bool HasRemedy => CorrectBy is not null || Fined || JointInterviews > 0;
    public bool HasReferral => ReferredForSupportedLitigation || ProcuratorateReferrals.Count > 0;

    public CaseKind Kind => CaseKind.Discrimination;
    /// <summary>立案编号, in the county's labour-inspection series (shared with wage-arrears and inspection cases).</summary>
    public string? CaseNumber { get; init; }
    public string Reference => CaseNumber ?? TrackingNumber;
    public bool IsEnded => Status is DiscriminationStatus.Closed or DiscriminationStatus.Rejected;

    public DateOnly? NextDueOn => Status switch
    {
        DiscriminationStatus.PendingAcceptance => AcceptanceDueOn,
        DiscriminationStatus.AwaitingMaterial => SupplyBy,
        DiscriminationStatus.UnderInvestigation or DiscriminationStatus.Substantiated or DiscriminationStatus.NotSubstantiated => InvestigationDueOn,
        _ => null,
    };

    public string? NextStep => Status switch
    {
        DiscriminationStatus.PendingAcceptance => Acceptance,
        DiscriminationStatus.AwaitingMaterial => SupplyBy is null ? null : CaseSteps.Material,
        DiscriminationStatus.UnderInvestigation or DiscriminationStatus.Substantiated or DiscriminationStatus.NotSubstantiated => Investigation,
        _ => null,
    };


    /// <summary>Lists never name the filer: a reporter's identity is confidential (劳动保障监察条例 第9条).</summary>
    IReadOnlyList<string> IIndexedCase.PartyNames => [];

    IReadOnlyList<string> IIndexedCase.Assignees => [];

    public bool AwaitsExtensionApproval => PendingExtension is not null && !IsEnded;

    /// <summary>The current deadline computed again now that <paramref name="year"/>'s arrangement is published; null when it stays.</summary>
    public DeadlineRecomputed? RecomputeDeadline(Calendar.WorkingDayCalendar calendar, int year, DateTimeOffset now) => DeadlineRecomputation.ComplaintStep(Id,
        new(NextStep, AcceptanceClockStart, AcceptanceDueOn, MaterialRequestedOn, SupplyBy, InvestigationClockStart, InvestigationDueOn),
        DeadlineIsProvisional, calendar, year, now);

    /// <summary>The investigation period as the rules of extension read it.</summary>
    public ExtensionRequests.Period ExtensionPeriod =>
        new(Kind, CountyCode, IsOpen && InvestigationDueOn is not null, Status, Extended, InvestigationDueOn, PendingExtension);


    /// <summary>The one fold of this case's events (Marten's and the application's alike, see <see cref="ICase{TSelf,TStatus}"/>).</summary>
    public DiscriminationCase Evolve(object @event) => @event switch
    {
        DiscriminationComplaintReceived e => new()
        {
            Id = e.DiscriminationCaseId,
            Status = DiscriminationStatus.PendingAcceptance,
            TrackingNumber = e.TrackingNumber,
            FilingKind = e.FilingKind,
            Employer = e.Employer,
            CountyCode = e.CountyCode,
            ParkCode = e.ParkCode,
            Grounds = e.Grounds,
            Stage = e.Stage,
            OccurredOn = e.OccurredOn,
            ReceivedOn = ShanghaiTime.DateOf(e.ReceivedAt),
            AcceptanceClockStart = ShanghaiTime.DateOf(e.ReceivedAt),
            AcceptanceDueOn = e.AcceptanceDueOn,
            DeadlineIsProvisional = e.AcceptanceDueIsProvisional,
        },
        // Asking for material pauses the acceptance clock but keeps any lateness already incurred (issue 14).
        DiscriminationMaterialRequested e => this with
        {
            Status = DiscriminationStatus.AwaitingMaterial, SupplyBy = e.SupplyBy, MaterialLapseNoticed = false,
            MaterialRequestedOn = ShanghaiTime.DateOf(e.RequestedAt),
            DeadlineIsProvisional = e.SupplyBy is null ? DeadlineIsProvisional : e.SupplyByIsProvisional,
        },
        DiscriminationMaterialSupplyDeadlinePassed _ => this with { MaterialLapseNoticed = true, OverdueSteps = OverdueSteps.Plus(CaseSteps.Material) },
        DiscriminationMaterialNotSupplied _ => this with { Status = DiscriminationStatus.Rejected, SupplyBy = null, OverdueSteps = [] },
        DiscriminationMaterialSupplied e => this with
        {
            Status = DiscriminationStatus.PendingAcceptance,
            AcceptanceDueOn = e.AcceptanceDueOn,
            AcceptanceClockStart = ShanghaiTime.DateOf(e.SuppliedAt),
            DeadlineIsProvisional = e.AcceptanceDueIsProvisional,
            SupplyBy = null,
            OverdueSteps = OverdueSteps.Minus(Acceptance).Minus(CaseSteps.Material),
        },
        DiscriminationComplaintAccepted e => this with
        {
            Status = DiscriminationStatus.UnderInvestigation,
            CaseNumber = e.CaseNumber,
            InvestigationDueOn = e.InvestigationDueOn,
            InvestigationClockStart = e.FiledOn,
            DeadlineIsProvisional = e.InvestigationDueIsProvisional,
            OverdueSteps = OverdueSteps.Minus(Acceptance),
        },
        DeadlineRecomputed x => x.Step switch
        {
            Acceptance => this with { AcceptanceDueOn = x.NewDueOn, DeadlineIsProvisional = x.NewDueIsProvisional },
            CaseSteps.Material => this with { SupplyBy = x.NewDueOn, DeadlineIsProvisional = x.NewDueIsProvisional },
            Investigation => this with { InvestigationDueOn = x.NewDueOn, DeadlineIsProvisional = x.NewDueIsProvisional },
            _ => this,
        },
        ExtensionRequested x => this with { PendingExtension = new(x.Reason, x.RequestedBy, x.RequestedAt) },
        ExtensionRequestDeclined _ => this with { PendingExtension = null },
        DiscriminationInvestigationExtended e => this with
        {
            Extended = true,
            PendingExtension = null,
            InvestigationDueOn = e.NewDueOn,
            DeadlineIsProvisional = e.NewDueIsProvisional,
            OverdueSteps = OverdueSteps.Minus(Investigation),
        },
        DiscriminationComplaintRejected _ => this with { Status = DiscriminationStatus.Rejected, OverdueSteps = [] },
        DiscriminationFindingRecorded e => this with
        {
            Status = e.Substantiated ? DiscriminationStatus.Substantiated : DiscriminationStatus.NotSubstantiated,
            Substantiated = e.Substantiated,
        },
        DiscriminationCorrectionOrdered e => this with { CorrectBy = e.CorrectBy },
        DiscriminationFineImposed _ => this with { Fined = true },
        DiscriminationCorrectionChecked e => this with { Corrected = e.Corrected },
        DiscriminationJointInterviewHeld _ => this with { JointInterviews = JointInterviews + 1 },
        DiscriminationReferredForSupportedLitigation _ => this with { ReferredForSupportedLitigation = true },
        DiscriminationReferredToProcuratorate e => this with { ProcuratorateReferrals = [.. ProcuratorateReferrals, e.Kind] },
        DiscriminationCaseClosed e => this with { Status = DiscriminationStatus.Closed, Outcome = e.Outcome, OverdueSteps = [] },
        DiscriminationCaseLinked e => this with { Links = [.. Links, new CaseLink(e.Other, e.Relation)] },
        // The …Since dates are remembered so that a deadline message delivered twice appends nothing the second time.
        DiscriminationAcceptanceDeadlinePassed e => this with { AcceptanceOverdueSince = e.DueOn, OverdueSteps = OverdueSteps.Plus(Acceptance) },
        DiscriminationInvestigationDeadlinePassed e => this with
        {
            InvestigationOverdueSince = e.DueOn,
            OverdueSteps = OverdueSteps.Plus(Investigation),
        },
        _ => this,
    };

    public DiscriminationCase AtVersion(int version) => this with { Version = version };

    public static IEnumerable<object> FollowUps(DiscriminationCase before, IReadOnlyList<object> events) =>
        [.. DiscriminationDeadlineSchedule.For(events), .. Linking.DiscriminationLinkage.For(before, events)];
}
