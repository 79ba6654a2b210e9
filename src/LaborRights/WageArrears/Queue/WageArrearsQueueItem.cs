using JasperFx.Events;
using Marten.Events.Aggregation;

namespace LaborRights.WageArrears.Queue;

/// <summary>
/// One row of a county's work queue: status, money, and the working-day deadlines that matter next.
/// Overdue flags come from the "deadline passed" events, so reading the queue needs no clock.
/// </summary>
public sealed class WageArrearsQueueItem : LaborRights.Security.ILocatedRow
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string TrackingNumber { get; set; } = "";
    public string? CaseNumber { get; set; }
    public CaseStatus Status { get; set; }
    public string CountyCode { get; set; } = "";
    public string CityCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public string EmployerName { get; set; } = "";
    public string EmployerCreditCode { get; set; } = "";
    public int WorkersAffected { get; set; }
    public decimal AmountClaimed { get; set; }
    public decimal? ConfirmedAmount { get; set; }
    public decimal Recovered { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly AcceptanceDueOn { get; set; }
    public DateOnly? InvestigationDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public DateOnly? PayBy { get; set; }
    public bool AcceptanceOverdue { get; set; }
    public bool InvestigationOverdue { get; set; }
    public bool PaymentOverdue { get; set; }
    public bool IsOverdue { get; set; }
    public IReadOnlyList<string> Inspectors { get; set; } = [];
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The deadline of the step the case waits for now: acceptance, or closure of the investigation.</summary>
    public DateOnly? NextDueOn { get; set; }
}

public sealed class WageArrearsQueueProjection : SingleStreamProjection<WageArrearsQueueItem, Guid>
{
    public WageArrearsQueueItem Create(WageArrearsComplaintReceived e) => Refresh(new WageArrearsQueueItem
    {
        Id = e.WageArrearsCaseId,
        TrackingNumber = e.TrackingNumber,
        Status = CaseStatus.PendingAcceptance,
        CountyCode = e.CountyCode,
        // Shandong division codes: a county's city is its first four digits followed by 00.
        CityCode = e.CountyCode[..4] + "00",
        ParkCode = e.ParkCode,
        EmployerName = e.Employer.Name,
        EmployerCreditCode = e.Employer.CreditCode,
        WorkersAffected = e.WorkersAffected,
        AmountClaimed = e.AmountClaimed,
        ReceivedOn = ShanghaiTime.DateOf(e.ReceivedAt),
        AcceptanceDueOn = e.AcceptanceDueOn,
        DeadlineIsProvisional = e.AcceptanceDueIsProvisional,
        LastActivityAt = e.ReceivedAt,
    });

    public void Apply(MaterialRequested e, WageArrearsQueueItem item) => Touch(item, e.RequestedAt).Status = CaseStatus.AwaitingMaterial;

    public void Apply(MaterialSupplied e, WageArrearsQueueItem item)
    {
        Touch(item, e.SuppliedAt);
        item.Status = CaseStatus.PendingAcceptance;
        item.AcceptanceDueOn = e.AcceptanceDueOn;
        item.DeadlineIsProvisional = e.AcceptanceDueIsProvisional;
        item.AcceptanceOverdue = false;
    }

    public void Apply(ComplaintAccepted e, WageArrearsQueueItem item)
    {
        Touch(item, e.AcceptedAt);
        item.Status = CaseStatus.UnderInvestigation;
        item.CaseNumber = e.CaseNumber;
        item.InvestigationDueOn = e.InvestigationDueOn;
        item.DeadlineIsProvisional = e.InvestigationDueIsProvisional;
        item.AcceptanceOverdue = false;
    }

    public void Apply(ComplaintRejected e, WageArrearsQueueItem item)
    {
        Touch(item, e.RejectedAt).Status = CaseStatus.Rejected;
        item.AcceptanceOverdue = false;
    }

    public void Apply(InspectorsAssigned e, WageArrearsQueueItem item) => Touch(item, e.AssignedAt).Inspectors = e.Inspectors;
    public void Apply(ArrearsConfirmed e, WageArrearsQueueItem item) => Touch(item, e.ConfirmedAt).ConfirmedAmount = e.Amount;

    public void Apply(PaymentOrdered e, WageArrearsQueueItem item)
    {
        Touch(item, e.OrderedAt).Status = CaseStatus.PaymentOrdered;
        item.PayBy = e.PayBy;
    }

    public void Apply(RecoveryRecorded e, WageArrearsQueueItem item)
    {
        Touch(item, e.RecordedAt).Recovered += e.Amount;
        if (e.OutstandingAfter == 0) item.PaymentOverdue = false;
    }

    public void Apply(ExtraCompensationImposed e, WageArrearsQueueItem item) => Touch(item, e.ImposedAt);
    public void Apply(TransferredToPolice e, WageArrearsQueueItem item) => Touch(item, e.TransferredAt);

    public void Apply(InvestigationExtended e, WageArrearsQueueItem item)
    {
        Touch(item, e.ExtendedAt).InvestigationDueOn = e.NewDueOn;
        item.DeadlineIsProvisional = e.NewDueIsProvisional;
        item.InvestigationOverdue = false;
    }

    public void Apply(CaseClosed e, WageArrearsQueueItem item)
    {
        Touch(item, e.ClosedAt).Status = CaseStatus.Closed;
        item.InvestigationOverdue = false;
        item.PaymentOverdue = false;
    }

    public void Apply(CaseReopened e, WageArrearsQueueItem item) =>
        Touch(item, e.ReopenedAt).Status = item.PayBy is null ? CaseStatus.UnderInvestigation : CaseStatus.PaymentOrdered;

    public void Apply(AcceptanceDeadlinePassed _, WageArrearsQueueItem item) => item.AcceptanceOverdue = true;
    public void Apply(InvestigationDeadlinePassed _, WageArrearsQueueItem item) => item.InvestigationOverdue = true;
    public void Apply(PaymentDeadlinePassed _, WageArrearsQueueItem item) => item.PaymentOverdue = true;

    /// <summary>Runs after every event, so derived columns never disagree with the flags they come from.</summary>
    public override WageArrearsQueueItem ApplyMetadata(WageArrearsQueueItem item, IEvent lastEvent)
    {
        item.Version = (int)lastEvent.Version;
        return Refresh(item);
    }

    private static WageArrearsQueueItem Refresh(WageArrearsQueueItem item)
    {
        item.IsOverdue = item.AcceptanceOverdue || item.InvestigationOverdue || item.PaymentOverdue;
        item.NextDueOn = item.Status switch
        {
            CaseStatus.PendingAcceptance => item.AcceptanceDueOn,
            CaseStatus.UnderInvestigation or CaseStatus.PaymentOrdered => item.InvestigationDueOn,
            _ => null,
        };
        return item;
    }

    private static WageArrearsQueueItem Touch(WageArrearsQueueItem item, DateTimeOffset at)
    {
        if (at > item.LastActivityAt) item.LastActivityAt = at;
        return item;
    }
}
