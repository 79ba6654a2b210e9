namespace LaborRights.WageArrears;

public enum CaseStatus
{
    /// <summary>受理审查中: received, acceptance decision pending (5 working days).</summary>
    PendingAcceptance,

    /// <summary>待补正材料: the complainant was asked for missing material.</summary>
    AwaitingMaterial,

    /// <summary>不予受理.</summary>
    Rejected,

    /// <summary>已立案调查.</summary>
    UnderInvestigation,

    /// <summary>已责令限期支付.</summary>
    PaymentOrdered,

    /// <summary>已结案.</summary>
    Closed,
}

/// <summary>
/// The wage-arrears case as its events leave it: what the decide functions need, nothing more.
/// Read models for people (details, queue, tracking) are separate projections.
/// </summary>
public sealed record WageArrearsCase
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public CaseStatus Status { get; init; }
    public string CountyCode { get; init; } = "";
    public string? ParkCode { get; init; }
    public Employer Employer { get; init; } = new("", "");
    public DateOnly ReceivedOn { get; init; }
    public EmploymentPeriod Employment { get; init; } = new(default, null);
    public int WorkersAffected { get; init; }
    public decimal AmountClaimed { get; init; }
    public DateOnly AcceptanceDueOn { get; init; }
    public string? CaseNumber { get; init; }
    public DateOnly? InvestigationDueOn { get; init; }
    public bool Extended { get; init; }
    public IReadOnlyList<string> Inspectors { get; init; } = [];
    public decimal? ConfirmedAmount { get; init; }
    public DateOnly? PayBy { get; init; }
    public decimal Recovered { get; init; }
    public decimal ExtraCompensation { get; init; }
    public bool TransferredToPolice { get; init; }
    public ClosureOutcome? Outcome { get; init; }
    public DateOnly? AcceptanceOverdueSince { get; init; }
    public DateOnly? InvestigationOverdueSince { get; init; }
    public bool PaymentOverdue { get; init; }
    public IReadOnlyList<CaseLink> Links { get; init; } = [];

    /// <summary>What the employer still owes: the confirmed (else claimed) arrears plus any extra compensation, less recoveries.</summary>
    public decimal Outstanding => Math.Max(0, (ConfirmedAmount ?? AmountClaimed) + ExtraCompensation - Recovered);

    public bool IsOpen => Status is CaseStatus.UnderInvestigation or CaseStatus.PaymentOrdered;
    public bool AwaitsDecision => Status is CaseStatus.PendingAcceptance or CaseStatus.AwaitingMaterial;

    /// <summary>Folds one event in code that runs outside Marten (demo data, import); Marten itself calls Create/Apply.</summary>
    public static WageArrearsCase FoldEvent(WageArrearsCase? state, object e) => (state, e) switch
    {
        (null, WageArrearsComplaintReceived x) => Create(x),
        (null, _) => throw new InvalidOperationException($"A case cannot start with {e.GetType().Name}."),
        (_, MaterialRequested x) => state.Apply(x),
        (_, MaterialSupplied x) => state.Apply(x),
        (_, ComplaintAccepted x) => state.Apply(x),
        (_, ComplaintRejected x) => state.Apply(x),
        (_, InspectorsAssigned x) => state.Apply(x),
        (_, ArrearsConfirmed x) => state.Apply(x),
        (_, PaymentOrdered x) => state.Apply(x),
        (_, RecoveryRecorded x) => state.Apply(x),
        (_, ExtraCompensationImposed x) => state.Apply(x),
        (_, InvestigationExtended x) => state.Apply(x),
        (_, TransferredToPolice x) => state.Apply(x),
        (_, CaseClosed x) => state.Apply(x),
        (_, CaseReopened x) => state.Apply(x),
        (_, AcceptanceDeadlinePassed x) => state.Apply(x),
        (_, InvestigationDeadlinePassed x) => state.Apply(x),
        (_, PaymentDeadlinePassed x) => state.Apply(x),
        (_, WageArrearsCaseLinked x) => state.Apply(x),
        _ => throw new InvalidOperationException($"WageArrearsCase does not know {e.GetType().Name}."),
    } with { Version = (state?.Version ?? 0) + 1 };

    public static WageArrearsCase Create(WageArrearsComplaintReceived e) => new()
    {
        Id = e.WageArrearsCaseId,
        Status = CaseStatus.PendingAcceptance,
        CountyCode = e.CountyCode,
        ParkCode = e.ParkCode,
        Employer = e.Employer,
        ReceivedOn = ShanghaiTime.DateOf(e.ReceivedAt),
        Employment = e.Employment,
        WorkersAffected = e.WorkersAffected,
        AmountClaimed = e.AmountClaimed,
        AcceptanceDueOn = e.AcceptanceDueOn,
        Links = e.Source is null ? [] : [new CaseLink(e.Source, "opened-from")],
    };

    public WageArrearsCase Apply(WageArrearsCaseLinked e) => this with { Links = [.. Links, new CaseLink(e.Other, e.Relation)] };

    public WageArrearsCase Apply(MaterialRequested _) => this with { Status = CaseStatus.AwaitingMaterial };

    public WageArrearsCase Apply(MaterialSupplied e) =>
        this with { Status = CaseStatus.PendingAcceptance, AcceptanceDueOn = e.AcceptanceDueOn };

    public WageArrearsCase Apply(ComplaintAccepted e) => this with
    {
        Status = CaseStatus.UnderInvestigation,
        CaseNumber = e.CaseNumber,
        InvestigationDueOn = e.InvestigationDueOn,
    };

    public WageArrearsCase Apply(ComplaintRejected _) => this with { Status = CaseStatus.Rejected };

    public WageArrearsCase Apply(InspectorsAssigned e) => this with { Inspectors = e.Inspectors };

    public WageArrearsCase Apply(ArrearsConfirmed e) => this with { ConfirmedAmount = e.Amount };

    public WageArrearsCase Apply(PaymentOrdered e) => this with { Status = CaseStatus.PaymentOrdered, PayBy = e.PayBy };

    public WageArrearsCase Apply(RecoveryRecorded e) => this with { Recovered = Recovered + e.Amount };

    public WageArrearsCase Apply(ExtraCompensationImposed e) => this with { ExtraCompensation = ExtraCompensation + e.Amount };

    public WageArrearsCase Apply(InvestigationExtended e) => this with { Extended = true, InvestigationDueOn = e.NewDueOn };

    public WageArrearsCase Apply(TransferredToPolice _) => this with { TransferredToPolice = true };

    public WageArrearsCase Apply(CaseClosed e) => this with { Status = CaseStatus.Closed, Outcome = e.Outcome };

    public WageArrearsCase Apply(CaseReopened _) => this with
    {
        Status = PayBy is null ? CaseStatus.UnderInvestigation : CaseStatus.PaymentOrdered,
        Outcome = null,
    };

    // Remembered so that a deadline message delivered twice appends nothing the second time.
    public WageArrearsCase Apply(AcceptanceDeadlinePassed e) => this with { AcceptanceOverdueSince = e.DueOn };
    public WageArrearsCase Apply(InvestigationDeadlinePassed e) => this with { InvestigationOverdueSince = e.DueOn };
    public WageArrearsCase Apply(PaymentDeadlinePassed _) => this with { PaymentOverdue = true };
}
