using JasperFx.Events;
using LaborRights.Security.PersonalData;
using Marten.Events.Aggregation;

namespace LaborRights.Arbitration.GettingDetails;

/// <summary>A party as staff read it: a worker's resident ID and every phone masked (full values stay in the events).</summary>
public sealed record PartyView(PartyKind Kind, string Name, string IdNumberMasked, string? PhoneMasked)
{
    public static PartyView From(Party p) => new(p.Kind, p.Name,
        p.Kind == PartyKind.Worker ? Masking.ResidentId(p.IdNumber) : p.IdNumber,
        p.Phone is null ? null : Masking.Phone(p.Phone));
}

/// <summary>Everything staff read about one arbitration case.</summary>
public sealed class ArbitrationCaseView
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string TrackingNumber { get; set; } = "";
    public string? CaseNumber { get; set; }
    public ArbitrationStatus Status { get; set; }
    public string StatusZh { get; set; } = "";
    public ArbitrationChannel Channel { get; set; }
    public PartyView Applicant { get; set; } = new(PartyKind.Worker, "", "", null);
    public PartyView Respondent { get; set; } = new(PartyKind.Employer, "", "", null);
    public string EmployerName { get; set; } = "";
    public string EmployerCreditCode { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public IReadOnlyList<ClaimItem> Claims { get; set; } = [];
    public int WorkersConcerned { get; set; }
    public string FactsAndReasons { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public DateOnly AcceptanceDueOn { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public DateOnly? AwardDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public bool Extended { get; set; }
    public string? RefusalReason { get; set; }
    public IReadOnlyList<string> Arbitrators { get; set; } = [];
    public string? PresidingArbitrator { get; set; }
    public DateOnly? HearingOn { get; set; }
    public string? HearingPlace { get; set; }
    public bool? ApplicantAppeared { get; set; }
    public bool? RespondentAppeared { get; set; }
    public bool MediationAttempted { get; set; }
    public IReadOnlyList<SettlementItem> Settlement { get; set; } = [];
    public List<AwardedItem> AwardedItems { get; set; } = [];
    public bool PartialAwardIssued { get; set; }
    public bool AwardedByDefault { get; set; }
    public MinimumWageApplied? MinimumWage { get; set; }
    public decimal AmountAwarded { get; set; }
    public DateOnly? SuspendedOn { get; set; }
    public ArbitrationStatus? StatusBeforeSuspension { get; set; }
    public int DaysSuspended { get; set; }
    public string? WithdrawalReason { get; set; }
    public bool UnpaidReported { get; set; }
    public decimal? AmountReportedUnpaid { get; set; }
    public List<ArbitrationCaseLinked> Links { get; set; } = [];
    public bool AcceptanceOverdue { get; set; }
    public bool AwardOverdue { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
}

public sealed class ArbitrationCaseViewProjection : SingleStreamProjection<ArbitrationCaseView, Guid>
{
    public ArbitrationCaseView Create(ArbitrationApplied e) => new()
    {
        Id = e.ArbitrationCaseId,
        TrackingNumber = e.TrackingNumber,
        Status = ArbitrationStatus.PendingAcceptance,
        Channel = e.Channel,
        Applicant = PartyView.From(e.Applicant),
        Respondent = PartyView.From(e.Respondent),
        EmployerName = e.EmployerName,
        EmployerCreditCode = e.EmployerCreditCode,
        CountyCode = e.CountyCode,
        ParkCode = e.ParkCode,
        Claims = e.Claims,
        WorkersConcerned = e.WorkersConcerned,
        FactsAndReasons = e.FactsAndReasons,
        ReceivedAt = e.ReceivedAt,
        AcceptanceDueOn = e.AcceptanceDueOn,
        DeadlineIsProvisional = e.AcceptanceDueIsProvisional,
    };

    public void Apply(ArbitrationApplicationAccepted e, ArbitrationCaseView v)
    {
        v.Status = ArbitrationStatus.Accepted;
        v.CaseNumber = e.CaseNumber;
        v.AcceptedOn = e.AcceptedOn;
        SetDue(v, e.AwardDueOn, e.AwardDueIsProvisional);
        v.AcceptanceOverdue = false;
    }

    public void Apply(ArbitrationApplicationRefused e, ArbitrationCaseView v)
    {
        Close(v, ArbitrationStatus.Refused, e.RefusedAt);
        v.RefusalReason = e.Reason;
    }

    public void Apply(ArbitrationPanelFormed e, ArbitrationCaseView v)
    {
        if (v.Status == ArbitrationStatus.Accepted) v.Status = ArbitrationStatus.PanelFormed;
        v.Arbitrators = e.Arbitrators;
        v.PresidingArbitrator = e.PresidingArbitrator;
    }

    public void Apply(HearingScheduled e, ArbitrationCaseView v)
    {
        v.Status = ArbitrationStatus.HearingScheduled;
        v.HearingOn = e.HearingOn;
        v.HearingPlace = e.Place;
    }

    public void Apply(HearingAttendanceRecorded e, ArbitrationCaseView v)
    {
        v.Status = ArbitrationStatus.Heard;
        v.ApplicantAppeared = e.ApplicantAppeared;
        v.RespondentAppeared = e.RespondentAppeared;
    }

    public void Apply(ArbitrationDeemedWithdrawn e, ArbitrationCaseView v)
    {
        Close(v, ArbitrationStatus.Withdrawn, e.RecordedAt);
        v.WithdrawalReason = e.Reason;
    }

    public void Apply(MediationAgreementReached e, ArbitrationCaseView v)
    {
        Close(v, ArbitrationStatus.Mediated, e.ReachedAt);
        v.MediationAttempted = true;
        v.Settlement = e.Items;
    }

    public void Apply(MediationFailed _, ArbitrationCaseView v) => v.MediationAttempted = true;

    public void Apply(PartialAwardIssued e, ArbitrationCaseView v)
    {
        v.AwardedItems.AddRange(e.Items);
        v.PartialAwardIssued = true;
        v.MinimumWage = e.MinimumWage;
    }

    public void Apply(ArbitrationAwardIssued e, ArbitrationCaseView v)
    {
        Close(v, ArbitrationStatus.Awarded, e.IssuedAt);
        v.AwardedItems.AddRange(e.Items);
        v.AwardedByDefault = e.ByDefault;
        v.MinimumWage = e.MinimumWage;
    }

    public void Apply(ArbitrationPeriodExtended e, ArbitrationCaseView v)
    {
        v.Extended = true;
        SetDue(v, e.NewDueOn, e.NewDueIsProvisional);
    }

    public void Apply(ArbitrationSuspended e, ArbitrationCaseView v)
    {
        v.StatusBeforeSuspension = v.Status;
        v.Status = ArbitrationStatus.Suspended;
        v.SuspendedOn = e.SuspendedOn;
    }

    public void Apply(ArbitrationResumed e, ArbitrationCaseView v)
    {
        v.Status = v.StatusBeforeSuspension ?? ArbitrationStatus.Accepted;
        v.StatusBeforeSuspension = null;
        v.SuspendedOn = null;
        v.DaysSuspended += e.DaysSuspended;
        SetDue(v, e.NewAwardDueOn, e.NewDueIsProvisional);
    }

    public void Apply(ArbitrationWithdrawn e, ArbitrationCaseView v)
    {
        Close(v, ArbitrationStatus.Withdrawn, e.WithdrawnAt);
        v.WithdrawalReason = e.Reason;
    }

    public void Apply(AwardReportedUnpaid e, ArbitrationCaseView v)
    {
        v.UnpaidReported = true;
        v.AmountReportedUnpaid = e.AmountUnpaid;
    }

    public void Apply(ArbitrationCaseLinked e, ArbitrationCaseView v) => v.Links.Add(e);
    public void Apply(ArbitrationAcceptanceDeadlinePassed _, ArbitrationCaseView v) => v.AcceptanceOverdue = true;
    public void Apply(AwardDeadlinePassed _, ArbitrationCaseView v) => v.AwardOverdue = true;

    public override ArbitrationCaseView ApplyMetadata(ArbitrationCaseView v, IEvent lastEvent)
    {
        v.Version = (int)lastEvent.Version;
        v.StatusZh = StatusNames.Chinese(v.Status);
        v.AmountAwarded = v.AwardedItems.Sum(i => i.GrantedAmount ?? 0m);
        return v;
    }

    private static void SetDue(ArbitrationCaseView v, DateOnly due, bool provisional)
    {
        v.AwardDueOn = due;
        v.DeadlineIsProvisional = provisional;
        v.AwardOverdue = false;
    }

    private static void Close(ArbitrationCaseView v, ArbitrationStatus status, DateTimeOffset at)
    {
        v.Status = status;
        v.ClosedAt = at;
        v.AcceptanceOverdue = false;
        v.AwardOverdue = false;
    }
}
