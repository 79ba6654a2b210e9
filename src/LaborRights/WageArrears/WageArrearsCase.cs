using LaborRights.WageArrears.Deadlines;

namespace LaborRights.WageArrears;

public enum CaseStatus
{
    /// <summary>受理审查中: received, acceptance decision pending (5 working days).</summary>
    [StatusName("受理审查中", "awaiting the acceptance decision")]
    PendingAcceptance,

    /// <summary>待补正材料: the complainant was asked for missing material.</summary>
    [StatusName("待补正材料", "awaiting material from the complainant")]
    AwaitingMaterial,

    [StatusName("不予受理", "rejected")]
    Rejected,

    /// <summary>已立案调查.</summary>
    [StatusName("立案调查中", "under investigation")]
    UnderInvestigation,

    [StatusName("已责令限期支付", "under an order to pay")]
    PaymentOrdered,

    [StatusName("已结案", "closed")]
    Closed,
}

/// <summary>
/// The wage-arrears case as its events leave it: what the decide functions need, nothing more.
/// Read models for people (details, queue, tracking) are separate projections.
/// </summary>
public sealed record WageArrearsCase : ICase<WageArrearsCase, CaseStatus>
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

    /// <summary>The one fold of a wage-arrears case's events (Marten's and the application's alike, see <see cref="ICase{TSelf,TStatus}"/>).</summary>
    public WageArrearsCase Evolve(object e) => e switch
    {
        WageArrearsComplaintReceived x => new()
        {
            Id = x.WageArrearsCaseId,
            Status = CaseStatus.PendingAcceptance,
            CountyCode = x.CountyCode,
            ParkCode = x.ParkCode,
            Employer = x.Employer,
            ReceivedOn = ShanghaiTime.DateOf(x.ReceivedAt),
            Employment = x.Employment,
            WorkersAffected = x.WorkersAffected,
            AmountClaimed = x.AmountClaimed,
            AcceptanceDueOn = x.AcceptanceDueOn,
            Links = x.Source is null ? [] : [new CaseLink(x.Source, "opened-from")],
        },
        WageArrearsCaseLinked x => this with { Links = [.. Links, new CaseLink(x.Other, x.Relation)] },
        MaterialRequested _ => this with { Status = CaseStatus.AwaitingMaterial },
        MaterialSupplied x => this with { Status = CaseStatus.PendingAcceptance, AcceptanceDueOn = x.AcceptanceDueOn },
        ComplaintAccepted x => this with
        {
            Status = CaseStatus.UnderInvestigation,
            CaseNumber = x.CaseNumber,
            InvestigationDueOn = x.InvestigationDueOn,
        },
        ComplaintRejected _ => this with { Status = CaseStatus.Rejected },
        InspectorsAssigned x => this with { Inspectors = x.Inspectors },
        ArrearsConfirmed x => this with { ConfirmedAmount = x.Amount },
        PaymentOrdered x => this with { Status = CaseStatus.PaymentOrdered, PayBy = x.PayBy },
        RecoveryRecorded x => this with { Recovered = Recovered + x.Amount },
        ExtraCompensationImposed x => this with { ExtraCompensation = ExtraCompensation + x.Amount },
        InvestigationExtended x => this with { Extended = true, InvestigationDueOn = x.NewDueOn },
        TransferredToPolice _ => this with { TransferredToPolice = true },
        CaseClosed x => this with { Status = CaseStatus.Closed, Outcome = x.Outcome },
        CaseReopened _ => this with { Status = PayBy is null ? CaseStatus.UnderInvestigation : CaseStatus.PaymentOrdered, Outcome = null },
        // Remembered so that a deadline message delivered twice appends nothing the second time.
        AcceptanceDeadlinePassed x => this with { AcceptanceOverdueSince = x.DueOn },
        InvestigationDeadlinePassed x => this with { InvestigationOverdueSince = x.DueOn },
        PaymentDeadlinePassed _ => this with { PaymentOverdue = true },
        _ => this,
    };

    public WageArrearsCase AtVersion(int version) => this with { Version = version };

    public static IEnumerable<object> FollowUps(WageArrearsCase before, IReadOnlyList<object> events) =>
        [.. DeadlineSchedule.For(events), .. Linking.WageArrearsLinkage.For(before, events)];
}
