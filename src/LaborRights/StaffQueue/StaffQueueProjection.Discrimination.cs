using LaborRights.Discrimination;
using LaborRights.Discrimination.GettingDetails;

namespace LaborRights.StaffQueue;

public sealed partial class StaffQueueProjection
{
    /// <summary>A reporter's identity (举报人) never reaches the queue: only the employer and the case.</summary>
    public StaffQueueItem Create(DiscriminationComplaintReceived e) => Discrimination(new StaffQueueItem
    {
        Id = e.DiscriminationCaseId,
        Kind = CaseKind.Discrimination,
        Reference = e.TrackingNumber,
        CountyCode = e.CountyCode,
        CityCode = StaffQueueItem.CityOf(e.CountyCode),
        EmployerName = e.Employer.Name,
        EmployerCreditCode = e.Employer.CreditCode,
        ReceivedOn = ShanghaiTime.DateOf(e.ReceivedAt),
        NextDueOn = e.AcceptanceDueOn,
        LastActivityAt = e.ReceivedAt,
    }, DiscriminationStatus.PendingAcceptance);

    public void Apply(DiscriminationMaterialRequested e, StaffQueueItem q) =>
        Discrimination(Touch(q, e.RequestedAt), DiscriminationStatus.AwaitingMaterial).NextDueOn = null;

    public void Apply(DiscriminationMaterialSupplied e, StaffQueueItem q)
    {
        Discrimination(Touch(q, e.SuppliedAt), DiscriminationStatus.PendingAcceptance).NextDueOn = e.AcceptanceDueOn;
        q.ClearOverdue("acceptance");
    }

    public void Apply(DiscriminationComplaintAccepted e, StaffQueueItem q)
    {
        Discrimination(Touch(q, e.AcceptedAt), DiscriminationStatus.UnderInvestigation).NextDueOn = e.InvestigationDueOn;
        q.ClearOverdue("acceptance");
    }

    public void Apply(DiscriminationComplaintRejected e, StaffQueueItem q)
    {
        Discrimination(Touch(q, e.RejectedAt), DiscriminationStatus.Rejected).Close();
        q.IsOpen = false;
    }

    public void Apply(DiscriminationFindingRecorded e, StaffQueueItem q) => Discrimination(Touch(q, e.RecordedAt),
        e.Substantiated ? DiscriminationStatus.Substantiated : DiscriminationStatus.NotSubstantiated);

    public void Apply(DiscriminationCorrectionOrdered e, StaffQueueItem q) => Touch(q, e.OrderedAt);
    public void Apply(DiscriminationFineImposed e, StaffQueueItem q) => Touch(q, e.ImposedAt);
    public void Apply(DiscriminationCorrectionChecked e, StaffQueueItem q) => Touch(q, e.CheckedAt);
    public void Apply(DiscriminationJointInterviewHeld e, StaffQueueItem q) => Touch(q, e.RecordedAt);
    public void Apply(DiscriminationReferredForSupportedLitigation e, StaffQueueItem q) => Touch(q, e.ReferredAt);
    public void Apply(DiscriminationReferredToProcuratorate e, StaffQueueItem q) => Touch(q, e.ReferredAt);

    public void Apply(DiscriminationCaseClosed e, StaffQueueItem q)
    {
        q.Close();
        Discrimination(Touch(q, e.ClosedAt), DiscriminationStatus.Closed);
    }

    public void Apply(DiscriminationAcceptanceDeadlinePassed _, StaffQueueItem q) => q.MarkOverdue("acceptance");
    public void Apply(DiscriminationInvestigationDeadlinePassed _, StaffQueueItem q) => q.MarkOverdue("investigation");

    private static StaffQueueItem Discrimination(StaffQueueItem q, DiscriminationStatus status)
    {
        q.Status = status.ToString();
        q.StatusZh = StatusNames.Chinese(status);
        return q;
    }
}
