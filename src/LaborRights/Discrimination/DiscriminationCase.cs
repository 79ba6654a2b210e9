namespace LaborRights.Discrimination;

/// <summary>One link of this case to another (联动), e.g. ("Inspection", id) with relation "inspection-opened".</summary>
public sealed record DiscriminationLink(CaseReference Other, string Relation);

public enum DiscriminationStatus
{
    /// <summary>受理审查中: received, acceptance decision pending (5 working days).</summary>
    PendingAcceptance,

    /// <summary>待补正材料.</summary>
    AwaitingMaterial,

    /// <summary>不予受理.</summary>
    Rejected,

    /// <summary>已立案调查.</summary>
    UnderInvestigation,

    /// <summary>歧视成立: remedies may follow.</summary>
    Substantiated,

    /// <summary>歧视不成立: the case is to be closed.</summary>
    NotSubstantiated,

    /// <summary>已结案.</summary>
    Closed,
}

/// <summary>
/// The discrimination case as its events leave it: what the decide functions need, nothing more.
/// It never holds the filer's identity; read models for people are separate projections.
/// </summary>
public sealed record DiscriminationCase
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public DiscriminationStatus Status { get; init; }
    public DiscriminationFilingKind FilingKind { get; init; }
    public DiscriminationEmployer Employer { get; init; } = new("", "");
    public string CountyCode { get; init; } = "";
    public string? ParkCode { get; init; }
    public IReadOnlyList<DiscriminationGround> Grounds { get; init; } = [];
    public DiscriminationStage Stage { get; init; }
    public DateOnly OccurredOn { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public DateOnly AcceptanceDueOn { get; init; }
    public DateOnly? InvestigationDueOn { get; init; }
    public DateOnly? CorrectBy { get; init; }
    public bool Fined { get; init; }

    /// <summary>The follow-up check's answer: null before any check.</summary>
    public bool? Corrected { get; init; }
    public int JointInterviews { get; init; }
    public bool ReferredForSupportedLitigation { get; init; }
    public IReadOnlyList<ProcuratorateReferralKind> ProcuratorateReferrals { get; init; } = [];
    public IReadOnlyList<DiscriminationLink> Links { get; init; } = [];
    public DiscriminationOutcome? Outcome { get; init; }
    public DateOnly? AcceptanceOverdueSince { get; init; }
    public DateOnly? InvestigationOverdueSince { get; init; }

    public bool AwaitsDecision => Status is DiscriminationStatus.PendingAcceptance or DiscriminationStatus.AwaitingMaterial;
    public bool IsOpen => Status is DiscriminationStatus.UnderInvestigation or DiscriminationStatus.Substantiated or DiscriminationStatus.NotSubstantiated;
    public bool HasStatutoryGround => Grounds.Any(DiscriminationGrounds.IsStatutory);
    public bool HasRemedy => CorrectBy is not null || Fined || JointInterviews > 0;
    public bool HasReferral => ReferredForSupportedLitigation || ProcuratorateReferrals.Count > 0;

    public bool HasLink(CaseReference other, string relation) => Links.Contains(new DiscriminationLink(other, relation));

    /// <summary>Folds one event in code that runs outside Marten (tests, import); Marten itself calls Create/Apply.</summary>
    public static DiscriminationCase FoldEvent(DiscriminationCase? state, object e) => (state, e) switch
    {
        (null, DiscriminationComplaintReceived x) => Create(x),
        (null, _) => throw new InvalidOperationException($"A case cannot start with {e.GetType().Name}."),
        (_, DiscriminationMaterialRequested x) => state.Apply(x),
        (_, DiscriminationMaterialSupplied x) => state.Apply(x),
        (_, DiscriminationComplaintAccepted x) => state.Apply(x),
        (_, DiscriminationComplaintRejected x) => state.Apply(x),
        (_, DiscriminationFindingRecorded x) => state.Apply(x),
        (_, DiscriminationCorrectionOrdered x) => state.Apply(x),
        (_, DiscriminationFineImposed x) => state.Apply(x),
        (_, DiscriminationCorrectionChecked x) => state.Apply(x),
        (_, DiscriminationJointInterviewHeld x) => state.Apply(x),
        (_, DiscriminationReferredForSupportedLitigation x) => state.Apply(x),
        (_, DiscriminationReferredToProcuratorate x) => state.Apply(x),
        (_, DiscriminationCaseClosed x) => state.Apply(x),
        (_, DiscriminationCaseLinked x) => state.Apply(x),
        (_, DiscriminationAcceptanceDeadlinePassed x) => state.Apply(x),
        (_, DiscriminationInvestigationDeadlinePassed x) => state.Apply(x),
        _ => throw new InvalidOperationException($"DiscriminationCase does not know {e.GetType().Name}."),
    } with { Version = (state?.Version ?? 0) + 1 };

    public static DiscriminationCase Create(DiscriminationComplaintReceived e) => new()
    {
        Id = e.DiscriminationCaseId,
        Status = DiscriminationStatus.PendingAcceptance,
        FilingKind = e.FilingKind,
        Employer = e.Employer,
        CountyCode = e.CountyCode,
        ParkCode = e.ParkCode,
        Grounds = e.Grounds,
        Stage = e.Stage,
        OccurredOn = e.OccurredOn,
        ReceivedOn = ShanghaiTime.DateOf(e.ReceivedAt),
        AcceptanceDueOn = e.AcceptanceDueOn,
    };

    public DiscriminationCase Apply(DiscriminationMaterialRequested _) => this with { Status = DiscriminationStatus.AwaitingMaterial };

    public DiscriminationCase Apply(DiscriminationMaterialSupplied e) =>
        this with { Status = DiscriminationStatus.PendingAcceptance, AcceptanceDueOn = e.AcceptanceDueOn };

    public DiscriminationCase Apply(DiscriminationComplaintAccepted e) =>
        this with { Status = DiscriminationStatus.UnderInvestigation, InvestigationDueOn = e.InvestigationDueOn };

    public DiscriminationCase Apply(DiscriminationComplaintRejected _) => this with { Status = DiscriminationStatus.Rejected };

    public DiscriminationCase Apply(DiscriminationFindingRecorded e) => this with
    {
        Status = e.Substantiated ? DiscriminationStatus.Substantiated : DiscriminationStatus.NotSubstantiated,
    };

    public DiscriminationCase Apply(DiscriminationCorrectionOrdered e) => this with { CorrectBy = e.CorrectBy };

    public DiscriminationCase Apply(DiscriminationFineImposed _) => this with { Fined = true };

    public DiscriminationCase Apply(DiscriminationCorrectionChecked e) => this with { Corrected = e.Corrected };

    public DiscriminationCase Apply(DiscriminationJointInterviewHeld _) => this with { JointInterviews = JointInterviews + 1 };

    public DiscriminationCase Apply(DiscriminationReferredForSupportedLitigation _) => this with { ReferredForSupportedLitigation = true };

    public DiscriminationCase Apply(DiscriminationReferredToProcuratorate e) =>
        this with { ProcuratorateReferrals = [.. ProcuratorateReferrals, e.Kind] };

    public DiscriminationCase Apply(DiscriminationCaseClosed e) => this with { Status = DiscriminationStatus.Closed, Outcome = e.Outcome };

    public DiscriminationCase Apply(DiscriminationCaseLinked e) => this with { Links = [.. Links, new(e.Other, e.Relation)] };

    // Remembered so that a deadline message delivered twice appends nothing the second time.
    public DiscriminationCase Apply(DiscriminationAcceptanceDeadlinePassed e) => this with { AcceptanceOverdueSince = e.DueOn };
    public DiscriminationCase Apply(DiscriminationInvestigationDeadlinePassed e) => this with { InvestigationOverdueSince = e.DueOn };
}
