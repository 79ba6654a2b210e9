using LaborRights.Calendar;
using LaborRights.Security.PersonalData;
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
/// The wage-arrears case as its events leave it: what the decide functions and the case index need, nothing more.
/// It names no complainant but masked (the index shows it); read models for people are separate projections.
/// </summary>
public sealed record WageArrearsCase : ICase<WageArrearsCase, CaseStatus>
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public CaseStatus Status { get; init; }
    public string TrackingNumber { get; init; } = "";
    public string CountyCode { get; init; } = "";
    public string? ParkCode { get; init; }
    /// <summary>The registered unit; its credit code is empty while the employer is only described (<see cref="EmployerAsReported"/>).</summary>
    public Employer Employer { get; init; } = new("", "");

    /// <summary>The employer as the worker described it, when they knew no credit code.</summary>
    public ReportedEmployer? EmployerAsReported { get; init; }

    /// <summary>Whether the case names a registered unit (a credit code): a complaint is accepted only then.</summary>
    public bool EmployerIsIdentified => Employer.CreditCode.Length > 0;
    public IReadOnlyList<string> PartyNames { get; init; } = [];
    public DateOnly ReceivedOn { get; init; }
    public EmploymentPeriod Employment { get; init; } = new(default, null);
    public int WorkersAffected { get; init; }
    public decimal AmountClaimed { get; init; }
    public DateOnly AcceptanceDueOn { get; init; }

    /// <summary>The day the acceptance period counts from: receipt, or the day the material asked for was supplied.</summary>
    public DateOnly AcceptanceClockStart { get; init; }

    /// <summary>The day the material was asked for: the complainant's period counts from it.</summary>
    public DateOnly? MaterialRequestedOn { get; init; }

    /// <summary>The day the investigation period counts from: filing, or reopening.</summary>
    public DateOnly? InvestigationClockStart { get; init; }

    /// <summary>While material is awaited: the complainant's last day to supply it.</summary>
    public DateOnly? SupplyBy { get; init; }
    public bool MaterialLapseNoticed { get; init; }
    public string? CaseNumber { get; init; }
    public DateOnly? InvestigationDueOn { get; init; }
    public bool DeadlineIsProvisional { get; init; }
    public bool Extended { get; init; }

    /// <summary>An extension asked for and waiting for a supervisor's approval.</summary>
    public PendingExtension? PendingExtension { get; init; }
    public IReadOnlyList<string> Inspectors { get; init; } = [];
    public decimal? ConfirmedAmount { get; init; }

    /// <summary>Workers owed, as confirmed (else as the complaint said).</summary>
    public int? WorkersOwed { get; init; }
    public DateOnly? PayBy { get; init; }
    public decimal Recovered { get; init; }
    public decimal ExtraCompensation { get; init; }
    public bool TransferredToPolice { get; init; }
    public ClosureOutcome? Outcome { get; init; }
    public DateOnly? AcceptanceOverdueSince { get; init; }
    public DateOnly? InvestigationOverdueSince { get; init; }
    public bool PaymentOverdue { get; init; }
    public IReadOnlyList<string> OverdueSteps { get; init; } = [];
    public IReadOnlyList<CaseLink> Links { get; init; } = [];

    public const string Acceptance = CaseSteps.Acceptance;
    public const string Investigation = CaseSteps.Investigation;
    public const string Payment = CaseSteps.Payment;

    /// <summary>What the employer still owes: the confirmed (else claimed) arrears plus any extra compensation, less recoveries.</summary>
    public decimal Outstanding => Math.Max(0, (ConfirmedAmount ?? AmountClaimed) + ExtraCompensation - Recovered);

    /// <summary>The wages alone still owed (recoveries are applied to wages first): what the criminal threshold is measured on.</summary>
    public decimal WagesOutstanding => Math.Max(0, (ConfirmedAmount ?? AmountClaimed) - Recovered);

    public bool IsOpen => Status is CaseStatus.UnderInvestigation or CaseStatus.PaymentOrdered;
    public bool AwaitsDecision => Status is CaseStatus.PendingAcceptance or CaseStatus.AwaitingMaterial;

    public CaseKind Kind => CaseKind.WageArrears;
    public string Reference => CaseNumber ?? TrackingNumber;
    public bool IsEnded => Status is CaseStatus.Closed or CaseStatus.Rejected;

    public DateOnly? NextDueOn => Status switch
    {
        CaseStatus.PendingAcceptance => AcceptanceDueOn,
        CaseStatus.AwaitingMaterial => SupplyBy,
        CaseStatus.UnderInvestigation or CaseStatus.PaymentOrdered => InvestigationDueOn,
        _ => null,
    };

    public string? NextStep => Status switch
    {
        CaseStatus.PendingAcceptance => Acceptance,
        CaseStatus.AwaitingMaterial => SupplyBy is null ? null : CaseSteps.Material,
        CaseStatus.UnderInvestigation or CaseStatus.PaymentOrdered => Investigation,
        _ => null,
    };

    IReadOnlyList<string> IIndexedCase.Assignees => Inspectors;

    public bool AwaitsExtensionApproval => PendingExtension is not null && !IsEnded;

    /// <summary>The current deadline computed again now that <paramref name="year"/>'s arrangement is published; null when it stays.</summary>
    public DeadlineRecomputed? RecomputeDeadline(WorkingDayCalendar calendar, int year, DateTimeOffset now) => DeadlineRecomputation.ComplaintStep(Id,
        new(NextStep, AcceptanceClockStart, AcceptanceDueOn, MaterialRequestedOn, SupplyBy, InvestigationClockStart, InvestigationDueOn),
        DeadlineIsProvisional, calendar, year, now);

    /// <summary>The investigation period as the rules of extension read it.</summary>
    public ExtensionRequests.Period ExtensionPeriod =>
        new(Kind, CountyCode, IsOpen && InvestigationDueOn is not null, Status, Extended, InvestigationDueOn, PendingExtension);

    /// <summary>The one fold of a wage-arrears case's events (Marten's and the application's alike, see <see cref="ICase{TSelf,TStatus}"/>).</summary>
    public WageArrearsCase Evolve(object e) => e switch
    {
        WageArrearsComplaintReceived x => new()
        {
            Id = x.WageArrearsCaseId,
            Status = CaseStatus.PendingAcceptance,
            TrackingNumber = x.TrackingNumber,
            CountyCode = x.CountyCode,
            ParkCode = x.ParkCode,
            Employer = x.Employer ?? new Employer(x.ReportedEmployer?.Name ?? "", ""),
            EmployerAsReported = x.ReportedEmployer,
            PartyNames = x.Complainant is { } c ? [Masking.Name(c.Name)] : [],
            ReceivedOn = ShanghaiTime.DateOf(x.ReceivedAt),
            AcceptanceClockStart = ShanghaiTime.DateOf(x.ReceivedAt),
            Employment = x.Employment,
            WorkersAffected = x.WorkersAffected,
            AmountClaimed = x.AmountClaimed,
            AcceptanceDueOn = x.AcceptanceDueOn,
            DeadlineIsProvisional = x.AcceptanceDueIsProvisional,
            Links = x.Source is null ? [] : [new CaseLink(x.Source, LinkRelations.Name(LinkRelation.OpenedFrom))],
        },
        EmployerIdentified x => this with { Employer = x.Employer },
        WageArrearsCaseLinked x => this with { Links = [.. Links, new CaseLink(x.Other, x.Relation)] },
        // Asking for material pauses the acceptance clock but keeps any lateness already incurred (issue 14).
        MaterialRequested x => this with
        {
            Status = CaseStatus.AwaitingMaterial, SupplyBy = x.SupplyBy, MaterialLapseNoticed = false,
            MaterialRequestedOn = ShanghaiTime.DateOf(x.RequestedAt),
            DeadlineIsProvisional = x.SupplyBy is null ? DeadlineIsProvisional : x.SupplyByIsProvisional,
        },
        MaterialSupplyDeadlinePassed _ => this with { MaterialLapseNoticed = true, OverdueSteps = OverdueSteps.Plus(CaseSteps.Material) },
        MaterialNotSupplied _ => this with { Status = CaseStatus.Rejected, SupplyBy = null, OverdueSteps = [] },
        MaterialSupplied x => this with
        {
            Status = CaseStatus.PendingAcceptance,
            AcceptanceDueOn = x.AcceptanceDueOn,
            AcceptanceClockStart = ShanghaiTime.DateOf(x.SuppliedAt),
            DeadlineIsProvisional = x.AcceptanceDueIsProvisional,
            SupplyBy = null,
            OverdueSteps = OverdueSteps.Minus(Acceptance).Minus(CaseSteps.Material),
        },
        ComplaintAccepted x => this with
        {
            Status = CaseStatus.UnderInvestigation,
            CaseNumber = x.CaseNumber,
            InvestigationDueOn = x.InvestigationDueOn,
            InvestigationClockStart = x.FiledOn,
            DeadlineIsProvisional = x.InvestigationDueIsProvisional,
            OverdueSteps = OverdueSteps.Minus(Acceptance),
        },
        ComplaintRejected _ => this with { Status = CaseStatus.Rejected, OverdueSteps = OverdueSteps.Minus(Acceptance) },
        InspectorsAssigned x => this with { Inspectors = x.Inspectors },
        ArrearsConfirmed x => this with { ConfirmedAmount = x.Amount, WorkersOwed = x.WorkersOwed },
        PaymentOrdered x => this with { Status = CaseStatus.PaymentOrdered, PayBy = x.PayBy },
        RecoveryRecorded x => this with
        {
            Recovered = Recovered + x.Amount,
            OverdueSteps = x.OutstandingAfter == 0 ? OverdueSteps.Minus(Payment) : OverdueSteps,
        },
        ExtraCompensationImposed x => this with { ExtraCompensation = ExtraCompensation + x.Amount },
        DeadlineRecomputed x => x.Step switch
        {
            Acceptance => this with { AcceptanceDueOn = x.NewDueOn, DeadlineIsProvisional = x.NewDueIsProvisional },
            CaseSteps.Material => this with { SupplyBy = x.NewDueOn, DeadlineIsProvisional = x.NewDueIsProvisional },
            Investigation => this with { InvestigationDueOn = x.NewDueOn, DeadlineIsProvisional = x.NewDueIsProvisional },
            _ => this,
        },
        ExtensionRequested x => this with { PendingExtension = new(x.Reason, x.RequestedBy, x.RequestedAt) },
        ExtensionRequestDeclined _ => this with { PendingExtension = null },
        InvestigationExtended x => this with
        {
            Extended = true,
            PendingExtension = null,
            InvestigationDueOn = x.NewDueOn,
            DeadlineIsProvisional = x.NewDueIsProvisional,
            OverdueSteps = OverdueSteps.Minus(Investigation),
        },
        TransferredToPolice _ => this with { TransferredToPolice = true },
        // Closing ends every pending step: nothing of a closed case is overdue.
        CaseClosed x => this with { Status = CaseStatus.Closed, Outcome = x.Outcome, OverdueSteps = [] },
        // A new investigation period (issue 14), unless the event predates it; the new period may be extended once.
        CaseReopened x => x.InvestigationDueOn is { } due
            ? this with
            {
                Status = PayBy is null ? CaseStatus.UnderInvestigation : CaseStatus.PaymentOrdered, Outcome = null,
                InvestigationDueOn = due, DeadlineIsProvisional = x.InvestigationDueIsProvisional, Extended = false,
                InvestigationOverdueSince = null, PendingExtension = null, InvestigationClockStart = ShanghaiTime.DateOf(x.ReopenedAt),
            }
            : this with { Status = PayBy is null ? CaseStatus.UnderInvestigation : CaseStatus.PaymentOrdered, Outcome = null },
        // The …Since dates are remembered so that a deadline message delivered twice appends nothing the second time.
        AcceptanceDeadlinePassed x => this with { AcceptanceOverdueSince = x.DueOn, OverdueSteps = OverdueSteps.Plus(Acceptance) },
        InvestigationDeadlinePassed x => this with { InvestigationOverdueSince = x.DueOn, OverdueSteps = OverdueSteps.Plus(Investigation) },
        PaymentDeadlinePassed _ => this with { PaymentOverdue = true, OverdueSteps = OverdueSteps.Plus(Payment) },
        _ => this,
    };

    public WageArrearsCase AtVersion(int version) => this with { Version = version };

    public static IEnumerable<object> FollowUps(WageArrearsCase before, IReadOnlyList<object> events) =>
        [.. DeadlineSchedule.For(events), .. Linking.WageArrearsLinkage.For(before, events)];
}
