using LaborRights.Inspections;

namespace LaborRights.StaffQueue;

public sealed partial class StaffQueueProjection
{
    public StaffQueueItem Create(InspectionCaseOpened e) => Inspection(new StaffQueueItem
    {
        Id = e.InspectionCaseId,
        Kind = CaseKind.Inspection,
        Reference = e.Reason.Length > 60 ? e.Reason[..60] + "…" : e.Reason,
        CountyCode = e.CountyCode,
        CityCode = StaffQueueItem.CityOf(e.CountyCode),
        EmployerName = e.EmployerName,
        EmployerCreditCode = e.EmployerCreditCode,
        ReceivedOn = e.FiledOn,
        NextDueOn = e.InvestigationDueOn,
        LastActivityAt = e.OpenedAt,
    }, InspectionStatus.UnderInvestigation);

    public void Apply(InspectionTeamAssigned e, StaffQueueItem q) => Touch(q, e.AssignedAt).Assignees = [.. e.Inspectors];
    public void Apply(SiteVisitRecorded e, StaffQueueItem q) => Touch(q, e.RecordedAt);
    public void Apply(EmployerHeard e, StaffQueueItem q) => Touch(q, e.RecordedAt);
    public void Apply(RectificationOrdered e, StaffQueueItem q) => Inspection(Touch(q, e.OrderedAt), InspectionStatus.AwaitingRectification);
    public void Apply(RectificationChecked e, StaffQueueItem q) => Inspection(Touch(q, e.CheckedAt), InspectionStatus.UnderInvestigation);
    public void Apply(PenaltyImposed e, StaffQueueItem q) => Touch(q, e.ImposedAt);

    public void Apply(InspectionPeriodExtended e, StaffQueueItem q)
    {
        Touch(q, e.ExtendedAt).NextDueOn = e.NewDueOn;
        q.ClearOverdue("investigation");
    }

    public void Apply(InspectionCaseClosed e, StaffQueueItem q) => Inspection(Touch(q, e.ClosedAt), InspectionStatus.Closed).Close();
    public void Apply(InspectionCaseWithdrawn e, StaffQueueItem q) => Inspection(Touch(q, e.WithdrawnAt), InspectionStatus.Withdrawn).Close();
    public void Apply(InspectionCaseTransferred e, StaffQueueItem q) => Inspection(Touch(q, e.TransferredAt), InspectionStatus.Transferred).Close();
    public void Apply(InspectionDeadlinePassed _, StaffQueueItem q) => q.MarkOverdue("investigation");

    private static StaffQueueItem Inspection(StaffQueueItem q, InspectionStatus status)
    {
        q.Status = status.ToString();
        q.StatusZh = StatusNames.Chinese(status);
        return q;
    }
}
