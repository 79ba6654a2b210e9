using LaborRights.WageArrears;
using LaborRights.WageArrears.GettingDetails;

namespace LaborRights.StaffQueue;

public sealed partial class StaffQueueProjection
{
    public StaffQueueItem Create(WageArrearsComplaintReceived e) => WageArrears(new StaffQueueItem
    {
        Id = e.WageArrearsCaseId,
        Kind = CaseKind.WageArrears,
        Reference = e.TrackingNumber,
        CountyCode = e.CountyCode,
        CityCode = StaffQueueItem.CityOf(e.CountyCode),
        EmployerName = e.Employer.Name,
        EmployerCreditCode = e.Employer.CreditCode,
        ReceivedOn = ShanghaiTime.DateOf(e.ReceivedAt),
        NextDueOn = e.AcceptanceDueOn,
        LastActivityAt = e.ReceivedAt,
    }, CaseStatus.PendingAcceptance);

    public void Apply(MaterialRequested e, StaffQueueItem q) => WageArrears(Touch(q, e.RequestedAt), CaseStatus.AwaitingMaterial).NextDueOn = null;

    public void Apply(MaterialSupplied e, StaffQueueItem q)
    {
        WageArrears(Touch(q, e.SuppliedAt), CaseStatus.PendingAcceptance).NextDueOn = e.AcceptanceDueOn;
        q.ClearOverdue("acceptance");
    }

    public void Apply(ComplaintAccepted e, StaffQueueItem q)
    {
        WageArrears(Touch(q, e.AcceptedAt), CaseStatus.UnderInvestigation).NextDueOn = e.InvestigationDueOn;
        q.Reference = e.CaseNumber;
        q.ClearOverdue("acceptance");
    }

    public void Apply(ComplaintRejected e, StaffQueueItem q)
    {
        WageArrears(Touch(q, e.RejectedAt), CaseStatus.Rejected).NextDueOn = null;
        q.ClearOverdue("acceptance");
    }

    public void Apply(InspectorsAssigned e, StaffQueueItem q) => Touch(q, e.AssignedAt).Assignees = [.. e.Inspectors];
    public void Apply(PaymentOrdered e, StaffQueueItem q) => WageArrears(Touch(q, e.OrderedAt), CaseStatus.PaymentOrdered);

    public void Apply(InvestigationExtended e, StaffQueueItem q)
    {
        Touch(q, e.ExtendedAt).NextDueOn = e.NewDueOn;
        q.ClearOverdue("investigation");
    }

    public void Apply(RecoveryRecorded e, StaffQueueItem q)
    {
        if (Touch(q, e.RecordedAt) is not null && e.OutstandingAfter == 0) q.ClearOverdue("payment");
    }

    public void Apply(CaseClosed e, StaffQueueItem q)
    {
        q.Close();
        WageArrears(Touch(q, e.ClosedAt), CaseStatus.Closed);
    }

    public void Apply(CaseReopened e, StaffQueueItem q) => Touch(q, e.ReopenedAt).Reopen();

    public void Apply(AcceptanceDeadlinePassed _, StaffQueueItem q) => q.MarkOverdue("acceptance");
    public void Apply(InvestigationDeadlinePassed _, StaffQueueItem q) => q.MarkOverdue("investigation");
    public void Apply(PaymentDeadlinePassed _, StaffQueueItem q) => q.MarkOverdue("payment");

    private static StaffQueueItem WageArrears(StaffQueueItem q, CaseStatus status)
    {
        q.Status = status.ToString();
        q.StatusZh = StatusNames.Chinese(status);
        q.IsOpen = status is not (CaseStatus.Closed or CaseStatus.Rejected);
        return q;
    }
}
