using LaborRights.Security.PersonalData;

namespace LaborRights.Discrimination.GettingDetails;

/// <summary>
/// Everything staff read about one case, read from its events when asked (the case's own fold for its state). A
/// complainant's name is shown and the phone masked; a reporter's identity is never shown here at all
/// (劳动保障监察条例 第9条): it stays in the opening event only.
/// </summary>
public sealed class DiscriminationCaseView
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>立案编号 once filed (in the county's labour-inspection series); cases filed before numbering have none.</summary>
    public string? CaseNumber { get; set; }
    public string TrackingNumber { get; set; } = "";
    public DiscriminationStatus Status { get; set; }
    public string StatusZh { get; set; } = "";
    public DiscriminationFilingKind FilingKind { get; set; }
    public DiscriminationChannel Channel { get; set; }
    public bool FilerIdentityConfidential { get; set; }
    public string? ComplainantName { get; set; }
    public string? ComplainantPhoneMasked { get; set; }
    public Employer Employer { get; set; } = new("", "");
    public string CountyCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public List<DiscriminationGround> Grounds { get; set; } = [];
    public string? OtherGround { get; set; }
    public List<DiscriminationGround> NonStatutoryGrounds { get; set; } = [];
    public bool HasNonStatutoryGround { get; set; }
    public string GroundsZh { get; set; } = "";
    public DiscriminationStage Stage { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string Description { get; set; } = "";
    public List<DiscriminationEvidence> Evidence { get; set; } = [];
    public DateTimeOffset ReceivedAt { get; set; }
    public DateOnly AcceptanceDueOn { get; set; }
    public string? MaterialRequested { get; set; }

    /// <summary>While material is awaited: the filer's last day to supply it (the day counts).</summary>
    public DateOnly? SupplyBy { get; set; }
    public DateOnly? FiledOn { get; set; }
    public DateOnly? InvestigationDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }

    /// <summary>An extension its staff asked for, waiting for the approver; null when none is pending.</summary>
    public PendingExtension? PendingExtension { get; set; }
    public DiscriminationComplaintRejected? Rejection { get; set; }
    public DiscriminationFindingRecorded? Finding { get; set; }
    public DiscriminationCorrectionOrdered? CorrectionOrder { get; set; }
    public DiscriminationFineImposed? Fine { get; set; }
    public DiscriminationCorrectionChecked? CorrectionCheck { get; set; }
    public List<DiscriminationJointInterviewHeld> JointInterviews { get; set; } = [];
    public DiscriminationReferredForSupportedLitigation? SupportedLitigation { get; set; }
    public List<DiscriminationReferredToProcuratorate> ProcuratorateReferrals { get; set; } = [];
    public List<DiscriminationReferralAnswered> ReferralAnswers { get; set; } = [];
    public DiscriminationOutcome? Outcome { get; set; }
    public string? ClosureSummary { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public List<LinkedCase> Links { get; set; } = [];
    public bool AcceptanceOverdue { get; set; }
    public bool InvestigationOverdue { get; set; }

    public static DiscriminationCaseView Of(DiscriminationCase c, IReadOnlyList<object> events)
    {
        var received = events.OfType<DiscriminationComplaintReceived>().First();
        var report = received.FilingKind == DiscriminationFilingKind.Report;
        var nonStatutory = DiscriminationGrounds.NonStatutory(c.Grounds);
        var closed = events.OfType<DiscriminationCaseClosed>().LastOrDefault();
        return new()
        {
            Id = c.Id, Version = c.Version, CaseNumber = c.CaseNumber, TrackingNumber = c.TrackingNumber, Status = c.Status, StatusZh = StatusNames.Chinese(c.Status),
            FilingKind = c.FilingKind, Channel = received.Channel, FilerIdentityConfidential = report,
            ComplainantName = report ? null : received.Filer.Name, ComplainantPhoneMasked = report ? null : Masking.Phone(received.Filer.Phone),
            Employer = c.Employer, CountyCode = c.CountyCode, ParkCode = c.ParkCode, Grounds = [.. c.Grounds], OtherGround = received.OtherGround,
            NonStatutoryGrounds = [.. nonStatutory], HasNonStatutoryGround = nonStatutory.Count > 0, GroundsZh = DiscriminationGrounds.Zh(c.Grounds),
            Stage = c.Stage, OccurredOn = c.OccurredOn, Description = received.Description, Evidence = [.. received.Evidence],
            ReceivedAt = received.ReceivedAt, AcceptanceDueOn = c.AcceptanceDueOn,
            MaterialRequested = events.OfType<DiscriminationMaterialRequested>().LastOrDefault()?.Missing, SupplyBy = c.SupplyBy,
            FiledOn = events.OfType<DiscriminationComplaintAccepted>().LastOrDefault()?.FiledOn, InvestigationDueOn = c.InvestigationDueOn,
            DeadlineIsProvisional = c.DeadlineIsProvisional, PendingExtension = c.AwaitsExtensionApproval ? c.PendingExtension : null, Rejection = events.OfType<DiscriminationComplaintRejected>().LastOrDefault(),
            Finding = events.OfType<DiscriminationFindingRecorded>().LastOrDefault(),
            CorrectionOrder = events.OfType<DiscriminationCorrectionOrdered>().LastOrDefault(),
            Fine = events.OfType<DiscriminationFineImposed>().LastOrDefault(),
            CorrectionCheck = events.OfType<DiscriminationCorrectionChecked>().LastOrDefault(),
            JointInterviews = [.. events.OfType<DiscriminationJointInterviewHeld>()],
            SupportedLitigation = events.OfType<DiscriminationReferredForSupportedLitigation>().LastOrDefault(),
            ProcuratorateReferrals = [.. events.OfType<DiscriminationReferredToProcuratorate>()],
            ReferralAnswers = [.. events.OfType<DiscriminationReferralAnswered>()], Outcome = c.Outcome,
            ClosureSummary = closed?.Summary, ClosedAt = closed?.ClosedAt, Links = [.. c.Links.Select(l => l.ToAnswer())],
            AcceptanceOverdue = c.OverdueSteps.Contains(DiscriminationCase.Acceptance),
            InvestigationOverdue = c.OverdueSteps.Contains(DiscriminationCase.Investigation),
        };
    }
}
