using JasperFx.Events;
using Marten.Events.Aggregation;

namespace LaborRights.Inspections.Queue;

/// <summary>
/// One row of a county's inspection queue. The overdue flag comes from the "deadline passed" event, so reading
/// the queue needs no clock.
/// </summary>
public sealed class InspectionQueueItem : LaborRights.Security.ILocatedRow
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public InspectionStatus Status { get; set; }
    public InspectionOrigin Origin { get; set; }
    public string CountyCode { get; set; } = "";
    public string CityCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public string EmployerName { get; set; } = "";
    public string EmployerCreditCode { get; set; } = "";
    public DateOnly FiledOn { get; set; }
    public DateOnly InvestigationDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public DateOnly? RectifyBy { get; set; }
    public int ViolationsFound { get; set; }
    public bool Penalised { get; set; }
    public IReadOnlyList<string> Inspectors { get; set; } = [];
    public bool IsOpen { get; set; }
    public bool IsOverdue { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }
}

public sealed class InspectionQueueProjection : SingleStreamProjection<InspectionQueueItem, Guid>
{
    public InspectionQueueItem Create(InspectionCaseOpened e) => new()
    {
        Id = e.InspectionCaseId,
        Status = InspectionStatus.UnderInvestigation,
        Origin = e.Origin,
        CountyCode = e.CountyCode,
        // Shandong division codes: a county's city is its first four digits followed by 00.
        CityCode = e.CountyCode[..4] + "00",
        ParkCode = e.ParkCode,
        EmployerName = e.EmployerName,
        EmployerCreditCode = e.EmployerCreditCode,
        FiledOn = e.FiledOn,
        InvestigationDueOn = e.InvestigationDueOn,
        DeadlineIsProvisional = e.InvestigationDueIsProvisional,
        IsOpen = true,
        LastActivityAt = e.OpenedAt,
    };

    public void Apply(InspectionTeamAssigned e, InspectionQueueItem item) => Touch(item, e.AssignedAt).Inspectors = e.Inspectors;
    public void Apply(SiteVisitRecorded e, InspectionQueueItem item) => Touch(item, e.RecordedAt);
    public void Apply(ViolationFound e, InspectionQueueItem item) => Touch(item, e.FoundAt).ViolationsFound++;
    public void Apply(EmployerHeard e, InspectionQueueItem item) => Touch(item, e.RecordedAt);

    public void Apply(RectificationOrdered e, InspectionQueueItem item)
    {
        Touch(item, e.OrderedAt).Status = InspectionStatus.AwaitingRectification;
        item.RectifyBy = e.RectifyBy;
    }

    public void Apply(RectificationChecked e, InspectionQueueItem item)
    {
        Touch(item, e.CheckedAt).Status = InspectionStatus.UnderInvestigation;
        item.RectifyBy = null;
    }

    public void Apply(PenaltyImposed e, InspectionQueueItem item) => Touch(item, e.ImposedAt).Penalised = true;

    public void Apply(InspectionPeriodExtended e, InspectionQueueItem item)
    {
        Touch(item, e.ExtendedAt).InvestigationDueOn = e.NewDueOn;
        item.DeadlineIsProvisional = e.NewDueIsProvisional;
        item.IsOverdue = false;
    }

    public void Apply(InspectionCaseClosed e, InspectionQueueItem item) => Touch(item, e.ClosedAt).Status = InspectionStatus.Closed;
    public void Apply(InspectionCaseWithdrawn e, InspectionQueueItem item) => Touch(item, e.WithdrawnAt).Status = InspectionStatus.Withdrawn;
    public void Apply(InspectionCaseTransferred e, InspectionQueueItem item) => Touch(item, e.TransferredAt).Status = InspectionStatus.Transferred;
    public void Apply(InspectionCaseLinked e, InspectionQueueItem item) => Touch(item, e.LinkedAt);
    public void Apply(InspectionDeadlinePassed _, InspectionQueueItem item) => item.IsOverdue = true;

    /// <summary>Runs once per batch: derived columns follow the status, and an ended case is never overdue.</summary>
    public override InspectionQueueItem ApplyMetadata(InspectionQueueItem item, IEvent lastEvent)
    {
        item.Version = (int)lastEvent.Version;
        item.IsOpen = item.Status is InspectionStatus.UnderInvestigation or InspectionStatus.AwaitingRectification;
        if (!item.IsOpen) item.IsOverdue = false;
        return item;
    }

    private static InspectionQueueItem Touch(InspectionQueueItem item, DateTimeOffset at)
    {
        if (at > item.LastActivityAt) item.LastActivityAt = at;
        return item;
    }
}
