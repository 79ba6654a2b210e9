using PartialAward = LaborRights.Arbitration.PartialAwardIssued;
using LaborRights.Security.PersonalData;

namespace LaborRights.Arbitration.GettingDetails;

/// <summary>A party as staff read it: a worker's resident ID and every phone masked (full values stay in the events).</summary>
public sealed record PartyView(PartyKind Kind, string Name, string IdNumberMasked, string? PhoneMasked)
{
    public static PartyView From(Party p) => new(p.Kind, p.Name,
        p.Kind == PartyKind.Worker ? Masking.ResidentId(p.IdNumber) : p.IdNumber,
        p.Phone is null ? null : Masking.Phone(p.Phone));
}

/// <summary>Everything staff read about one arbitration case, read from its events when asked (the case's own fold for its state).</summary>
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
    public Employer Employer { get; set; } = new("", "");
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

    /// <summary>An extension its staff asked for, waiting for the approver; null when none is pending.</summary>
    public PendingExtension? PendingExtension { get; set; }
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

    /// <summary>
    /// The written awards issued, final and non-final items separately (劳动人事争议仲裁办案规则 第50条), in the order
    /// issued; an award recorded before this was kept is read as its items' finalities.
    /// </summary>
    public List<AwardDocumentView> AwardDocuments { get; set; } = [];

    /// <summary>The last day the employer may apply to set aside the final items (第49条), counted from the award; null without final items.</summary>
    public DateOnly? SetAsideWindowEndsOn { get; set; }

    /// <summary>The employer's application to set aside the final items, when recorded.</summary>
    public SetAsideApplicationRecorded? SetAsideApplication { get; set; }
    public bool AwardedByDefault { get; set; }
    public MinimumWageApplied? MinimumWage { get; set; }
    public decimal AmountAwarded { get; set; }
    public DateOnly? SuspendedOn { get; set; }
    public ArbitrationStatus? StatusBeforeSuspension { get; set; }
    public int DaysSuspended { get; set; }
    public string? WithdrawalReason { get; set; }
    public bool UnpaidReported { get; set; }
    public decimal? AmountReportedUnpaid { get; set; }
    public List<LinkedCase> Links { get; set; } = [];
    public bool AcceptanceOverdue { get; set; }
    public bool AwardOverdue { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    public static ArbitrationCaseView Of(ArbitrationCase c, IReadOnlyList<object> events)
    {
        var applied = events.OfType<ArbitrationApplied>().First();
        var panel = events.OfType<ArbitrationPanelFormed>().LastOrDefault();
        var hearing = events.OfType<HearingScheduled>().LastOrDefault();
        var attendance = events.OfType<HearingAttendanceRecorded>().LastOrDefault();
        var award = events.OfType<ArbitrationAwardIssued>().LastOrDefault();
        var unpaid = events.OfType<AwardReportedUnpaid>().LastOrDefault();
        return new()
        {
            Id = c.Id, Version = c.Version, TrackingNumber = c.TrackingNumber, CaseNumber = c.CaseNumber, Status = c.Status,
            StatusZh = StatusNames.Chinese(c.Status), Channel = applied.Channel, Applicant = PartyView.From(applied.Applicant),
            Respondent = PartyView.From(applied.Respondent), Employer = c.Employer,
            CountyCode = c.CountyCode, ParkCode = c.ParkCode, Claims = c.Claims, WorkersConcerned = c.WorkersConcerned,
            FactsAndReasons = applied.FactsAndReasons, ReceivedAt = applied.ReceivedAt, AcceptanceDueOn = c.AcceptanceDueOn,
            AcceptedOn = c.AcceptedOn, AwardDueOn = c.AwardDueOn, DeadlineIsProvisional = c.DeadlineIsProvisional, Extended = c.Extended, PendingExtension = c.AwaitsExtensionApproval ? c.PendingExtension : null,
            RefusalReason = events.OfType<ArbitrationApplicationRefused>().LastOrDefault()?.Reason, Arbitrators = c.Arbitrators,
            PresidingArbitrator = panel?.PresidingArbitrator, HearingOn = c.HearingOn, HearingPlace = hearing?.Place,
            ApplicantAppeared = attendance?.ApplicantAppeared, RespondentAppeared = attendance?.RespondentAppeared,
            MediationAttempted = c.MediationAttempted, Settlement = events.OfType<MediationAgreementReached>().LastOrDefault()?.Items ?? [],
            AwardedItems = [.. c.Decided], PartialAwardIssued = events.OfType<PartialAward>().Any(), AwardedByDefault = award?.ByDefault ?? false,
            AwardDocuments = [.. events.SelectMany(AwardDocumentView.Of)], SetAsideWindowEndsOn = c.SetAsideWindowEndsOn,
            SetAsideApplication = c.SetAsideApplication,
            MinimumWage = events.Where(e => e is PartialAward or ArbitrationAwardIssued)
                .Select(e => e is PartialAward p ? p.MinimumWage : ((ArbitrationAwardIssued)e).MinimumWage).LastOrDefault(),
            AmountAwarded = c.AmountAwarded, SuspendedOn = c.SuspendedOn, StatusBeforeSuspension = c.StatusBeforeSuspension,
            DaysSuspended = c.DaysSuspended,
            WithdrawalReason = events.Select(e => e switch { ArbitrationWithdrawn w => w.Reason, ArbitrationDeemedWithdrawn d => d.Reason, _ => null })
                .LastOrDefault(r => r is not null),
            UnpaidReported = c.UnpaidReported, AmountReportedUnpaid = unpaid?.AmountUnpaid,
            Links = [.. c.Links.Select(l => l.ToAnswer())], AcceptanceOverdue = c.OverdueSteps.Contains(ArbitrationCase.Acceptance),
            AwardOverdue = c.OverdueSteps.Contains(ArbitrationCase.Award),
            ClosedAt = events.Where(e => e is ArbitrationApplicationRefused or ArbitrationDeemedWithdrawn or MediationAgreementReached
                or ArbitrationAwardIssued or ArbitrationWithdrawn).Select(e => (DateTimeOffset?)((ICaseEvent)e).Metadata.At).LastOrDefault(),
        };
    }
}

/// <summary>One written award of a case: final or not, the claim items it decides, the day it was made.</summary>
public sealed record AwardDocumentView(bool Final, string FinalityZh, IReadOnlyList<int> ClaimNumbers, bool Partial, DateOnly IssuedOn)
{
    public static IEnumerable<AwardDocumentView> Of(object e) => e switch
    {
        PartialAward p => Views(p.Documents ?? AwardDocument.Split(p.Items), partial: true, p.IssuedAt),
        ArbitrationAwardIssued a => Views(a.Documents ?? AwardDocument.Split(a.Items), partial: false, a.IssuedAt),
        _ => [],
    };

    private static IEnumerable<AwardDocumentView> Views(IReadOnlyList<AwardDocument> documents, bool partial, DateTimeOffset issuedAt) =>
        documents.Select(d => new AwardDocumentView(d.Final, d.Final ? "终局裁决书" : "非终局裁决书", d.ClaimNumbers, partial, ShanghaiTime.DateOf(issuedAt)));
}
