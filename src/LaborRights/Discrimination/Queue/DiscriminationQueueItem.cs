using JasperFx.Events;
using Marten.Events.Aggregation;

namespace LaborRights.Discrimination.Queue;

/// <summary>
/// One row of a county's discrimination work queue. It names no filer (a report's identity is confidential and a
/// queue is read by many). Overdue flags come from the "deadline passed" events, so reading it needs no clock.
/// </summary>
public sealed class DiscriminationQueueItem : LaborRights.Security.ILocatedRow
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string TrackingNumber { get; set; } = "";
    public DiscriminationStatus Status { get; set; }
    public DiscriminationFilingKind FilingKind { get; set; }
    public string CountyCode { get; set; } = "";
    public string CityCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public string EmployerName { get; set; } = "";
    public string EmployerCreditCode { get; set; } = "";
    public List<DiscriminationGround> Grounds { get; set; } = [];
    public bool HasNonStatutoryGround { get; set; }
    public DiscriminationStage Stage { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly AcceptanceDueOn { get; set; }
    public DateOnly? InvestigationDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public bool? Substantiated { get; set; }
    public bool AcceptanceOverdue { get; set; }
    public bool InvestigationOverdue { get; set; }
    public bool IsOverdue { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The deadline of the step the case waits for now: acceptance, or closure of the investigation.</summary>
    public DateOnly? NextDueOn { get; set; }
}

public sealed class DiscriminationQueueProjection : SingleStreamProjection<DiscriminationQueueItem, Guid>
{
    public DiscriminationQueueItem Create(DiscriminationComplaintReceived e) => new()
    {
        Id = e.DiscriminationCaseId,
        TrackingNumber = e.TrackingNumber,
        Status = DiscriminationStatus.PendingAcceptance,
        FilingKind = e.FilingKind,
        CountyCode = e.CountyCode,
        // Shandong division codes: a county's city is its first four digits followed by 00.
        CityCode = e.CountyCode[..4] + "00",
        ParkCode = e.ParkCode,
        EmployerName = e.Employer.Name,
        EmployerCreditCode = e.Employer.CreditCode,
        Grounds = e.Grounds.ToList(),
        HasNonStatutoryGround = e.Grounds.Any(g => !DiscriminationGrounds.IsStatutory(g)),
        Stage = e.Stage,
        ReceivedOn = ShanghaiTime.DateOf(e.ReceivedAt),
        AcceptanceDueOn = e.AcceptanceDueOn,
        DeadlineIsProvisional = e.AcceptanceDueIsProvisional,
        LastActivityAt = e.ReceivedAt,
    };

    public void Apply(DiscriminationMaterialRequested e, DiscriminationQueueItem item) =>
        Touch(item, e.RequestedAt).Status = DiscriminationStatus.AwaitingMaterial;

    public void Apply(DiscriminationMaterialSupplied e, DiscriminationQueueItem item)
    {
        Touch(item, e.SuppliedAt).Status = DiscriminationStatus.PendingAcceptance;
        item.AcceptanceDueOn = e.AcceptanceDueOn;
        item.DeadlineIsProvisional = e.AcceptanceDueIsProvisional;
        item.AcceptanceOverdue = false;
    }

    public void Apply(DiscriminationComplaintAccepted e, DiscriminationQueueItem item)
    {
        Touch(item, e.AcceptedAt).Status = DiscriminationStatus.UnderInvestigation;
        item.InvestigationDueOn = e.InvestigationDueOn;
        item.DeadlineIsProvisional = e.InvestigationDueIsProvisional;
        item.AcceptanceOverdue = false;
    }

    public void Apply(DiscriminationComplaintRejected e, DiscriminationQueueItem item)
    {
        Touch(item, e.RejectedAt).Status = DiscriminationStatus.Rejected;
        item.AcceptanceOverdue = false;
    }

    public void Apply(DiscriminationFindingRecorded e, DiscriminationQueueItem item)
    {
        Touch(item, e.RecordedAt).Status = e.Substantiated ? DiscriminationStatus.Substantiated : DiscriminationStatus.NotSubstantiated;
        item.Substantiated = e.Substantiated;
    }

    public void Apply(DiscriminationCorrectionOrdered e, DiscriminationQueueItem item) => Touch(item, e.OrderedAt);
    public void Apply(DiscriminationFineImposed e, DiscriminationQueueItem item) => Touch(item, e.ImposedAt);
    public void Apply(DiscriminationJointInterviewHeld e, DiscriminationQueueItem item) => Touch(item, e.RecordedAt);
    public void Apply(DiscriminationReferredForSupportedLitigation e, DiscriminationQueueItem item) => Touch(item, e.ReferredAt);
    public void Apply(DiscriminationReferredToProcuratorate e, DiscriminationQueueItem item) => Touch(item, e.ReferredAt);

    public void Apply(DiscriminationCaseClosed e, DiscriminationQueueItem item)
    {
        Touch(item, e.ClosedAt).Status = DiscriminationStatus.Closed;
        item.InvestigationOverdue = false;
    }

    public void Apply(DiscriminationAcceptanceDeadlinePassed _, DiscriminationQueueItem item) => item.AcceptanceOverdue = true;
    public void Apply(DiscriminationInvestigationDeadlinePassed _, DiscriminationQueueItem item) => item.InvestigationOverdue = true;

    /// <summary>Runs once per batch with its last event: derived columns are recomputed from the flags here.</summary>
    public override DiscriminationQueueItem ApplyMetadata(DiscriminationQueueItem item, IEvent lastEvent)
    {
        item.Version = (int)lastEvent.Version;
        item.IsOverdue = item.AcceptanceOverdue || item.InvestigationOverdue;
        item.NextDueOn = item.Status switch
        {
            DiscriminationStatus.PendingAcceptance => item.AcceptanceDueOn,
            DiscriminationStatus.UnderInvestigation or DiscriminationStatus.Substantiated or DiscriminationStatus.NotSubstantiated => item.InvestigationDueOn,
            _ => null,
        };
        return item;
    }

    private static DiscriminationQueueItem Touch(DiscriminationQueueItem item, DateTimeOffset at)
    {
        if (at > item.LastActivityAt) item.LastActivityAt = at;
        return item;
    }
}
