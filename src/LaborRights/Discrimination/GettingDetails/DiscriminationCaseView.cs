using JasperFx.Events;
using LaborRights.Security.PersonalData;
using Marten.Events.Aggregation;

namespace LaborRights.Discrimination.GettingDetails;

/// <summary>
/// Everything staff read about one case. A complainant's name is shown and the phone masked; a reporter's identity
/// is never copied here at all (劳动保障监察条例 第9条): it stays in the opening event only.
/// </summary>
public sealed class DiscriminationCaseView
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string TrackingNumber { get; set; } = "";
    public DiscriminationStatus Status { get; set; }
    public string StatusZh { get; set; } = "";
    public DiscriminationFilingKind FilingKind { get; set; }
    public DiscriminationChannel Channel { get; set; }
    public bool FilerIdentityConfidential { get; set; }
    public string? ComplainantName { get; set; }
    public string? ComplainantPhoneMasked { get; set; }
    public DiscriminationEmployer Employer { get; set; } = new("", "");
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
    public DateOnly? FiledOn { get; set; }
    public DateOnly? InvestigationDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public DiscriminationComplaintRejected? Rejection { get; set; }
    public DiscriminationFindingRecorded? Finding { get; set; }
    public DiscriminationCorrectionOrdered? CorrectionOrder { get; set; }
    public DiscriminationFineImposed? Fine { get; set; }
    public DiscriminationCorrectionChecked? CorrectionCheck { get; set; }
    public List<DiscriminationJointInterviewHeld> JointInterviews { get; set; } = [];
    public DiscriminationReferredForSupportedLitigation? SupportedLitigation { get; set; }
    public List<DiscriminationReferredToProcuratorate> ProcuratorateReferrals { get; set; } = [];
    public DiscriminationOutcome? Outcome { get; set; }
    public string? ClosureSummary { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public List<DiscriminationLink> Links { get; set; } = [];
    public bool AcceptanceOverdue { get; set; }
    public bool InvestigationOverdue { get; set; }
}

public sealed class DiscriminationCaseViewProjection : SingleStreamProjection<DiscriminationCaseView, Guid>
{
    public DiscriminationCaseView Create(DiscriminationComplaintReceived e)
    {
        var report = e.FilingKind == DiscriminationFilingKind.Report;
        var nonStatutory = DiscriminationGrounds.NonStatutory(e.Grounds);
        return new DiscriminationCaseView
        {
            Id = e.DiscriminationCaseId,
            TrackingNumber = e.TrackingNumber,
            Status = DiscriminationStatus.PendingAcceptance,
            FilingKind = e.FilingKind,
            Channel = e.Channel,
            FilerIdentityConfidential = report,
            ComplainantName = report ? null : e.Filer.Name,
            ComplainantPhoneMasked = report ? null : Masking.Phone(e.Filer.Phone),
            Employer = e.Employer,
            CountyCode = e.CountyCode,
            ParkCode = e.ParkCode,
            Grounds = e.Grounds.ToList(),
            OtherGround = e.OtherGround,
            NonStatutoryGrounds = nonStatutory.ToList(),
            HasNonStatutoryGround = nonStatutory.Count > 0,
            GroundsZh = DiscriminationGrounds.Zh(e.Grounds),
            Stage = e.Stage,
            OccurredOn = e.OccurredOn,
            Description = e.Description,
            Evidence = e.Evidence.ToList(),
            ReceivedAt = e.ReceivedAt,
            AcceptanceDueOn = e.AcceptanceDueOn,
            DeadlineIsProvisional = e.AcceptanceDueIsProvisional,
        };
    }

    public void Apply(DiscriminationMaterialRequested e, DiscriminationCaseView v)
    {
        v.Status = DiscriminationStatus.AwaitingMaterial;
        v.MaterialRequested = e.Missing;
    }

    public void Apply(DiscriminationMaterialSupplied e, DiscriminationCaseView v)
    {
        v.Status = DiscriminationStatus.PendingAcceptance;
        v.AcceptanceDueOn = e.AcceptanceDueOn;
        v.DeadlineIsProvisional = e.AcceptanceDueIsProvisional;
        v.AcceptanceOverdue = false;
    }

    public void Apply(DiscriminationComplaintAccepted e, DiscriminationCaseView v)
    {
        v.Status = DiscriminationStatus.UnderInvestigation;
        v.FiledOn = e.FiledOn;
        v.InvestigationDueOn = e.InvestigationDueOn;
        v.DeadlineIsProvisional = e.InvestigationDueIsProvisional;
        v.AcceptanceOverdue = false;
    }

    public void Apply(DiscriminationComplaintRejected e, DiscriminationCaseView v)
    {
        v.Status = DiscriminationStatus.Rejected;
        v.Rejection = e;
        v.AcceptanceOverdue = false;
    }

    public void Apply(DiscriminationFindingRecorded e, DiscriminationCaseView v)
    {
        v.Status = e.Substantiated ? DiscriminationStatus.Substantiated : DiscriminationStatus.NotSubstantiated;
        v.Finding = e;
    }

    public void Apply(DiscriminationCorrectionOrdered e, DiscriminationCaseView v) => v.CorrectionOrder = e;
    public void Apply(DiscriminationFineImposed e, DiscriminationCaseView v) => v.Fine = e;
    public void Apply(DiscriminationCorrectionChecked e, DiscriminationCaseView v) => v.CorrectionCheck = e;
    public void Apply(DiscriminationJointInterviewHeld e, DiscriminationCaseView v) => v.JointInterviews.Add(e);
    public void Apply(DiscriminationReferredForSupportedLitigation e, DiscriminationCaseView v) => v.SupportedLitigation = e;
    public void Apply(DiscriminationReferredToProcuratorate e, DiscriminationCaseView v) => v.ProcuratorateReferrals.Add(e);

    public void Apply(DiscriminationCaseClosed e, DiscriminationCaseView v)
    {
        v.Status = DiscriminationStatus.Closed;
        v.Outcome = e.Outcome;
        v.ClosureSummary = e.Summary;
        v.ClosedAt = e.ClosedAt;
        v.InvestigationOverdue = false;
    }

    public void Apply(DiscriminationCaseLinked e, DiscriminationCaseView v) => v.Links.Add(new DiscriminationLink(e.Other, e.Relation));
    public void Apply(DiscriminationAcceptanceDeadlinePassed _, DiscriminationCaseView v) => v.AcceptanceOverdue = true;
    public void Apply(DiscriminationInvestigationDeadlinePassed _, DiscriminationCaseView v) => v.InvestigationOverdue = true;

    public override DiscriminationCaseView ApplyMetadata(DiscriminationCaseView v, IEvent lastEvent)
    {
        v.Version = (int)lastEvent.Version;
        v.StatusZh = StatusNames.Chinese(v.Status);
        return v;
    }
}
