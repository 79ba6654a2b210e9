using LaborRights.Arbitration;
using LaborRights.Arbitration.GettingDetails;

namespace LaborRights.StaffQueue;

public sealed partial class StaffQueueProjection
{
    public StaffQueueItem Create(ArbitrationApplied e) => Arbitration(new StaffQueueItem
    {
        Id = e.ArbitrationCaseId,
        Kind = CaseKind.Arbitration,
        Reference = e.TrackingNumber,
        CountyCode = e.CountyCode,
        CityCode = StaffQueueItem.CityOf(e.CountyCode),
        EmployerName = e.EmployerName,
        EmployerCreditCode = e.EmployerCreditCode,
        ReceivedOn = ShanghaiTime.DateOf(e.ReceivedAt),
        NextDueOn = e.AcceptanceDueOn,
        LastActivityAt = e.ReceivedAt,
    }, ArbitrationStatus.PendingAcceptance);

    public void Apply(ArbitrationApplicationAccepted e, StaffQueueItem q)
    {
        Arbitration(Touch(q, e.AcceptedAt), ArbitrationStatus.Accepted).NextDueOn = e.AwardDueOn;
        q.Reference = e.CaseNumber;
        q.ClearOverdue("acceptance");
    }

    public void Apply(ArbitrationApplicationRefused e, StaffQueueItem q) => Arbitration(Touch(q, e.RefusedAt), ArbitrationStatus.Refused).Close();

    public void Apply(ArbitrationPanelFormed e, StaffQueueItem q)
    {
        Touch(q, e.FormedAt).Assignees = [.. e.Arbitrators];
        if (q.Status == nameof(ArbitrationStatus.Accepted)) Arbitration(q, ArbitrationStatus.PanelFormed);
    }

    public void Apply(HearingScheduled e, StaffQueueItem q) => Arbitration(Touch(q, e.ScheduledAt), ArbitrationStatus.HearingScheduled);
    public void Apply(HearingAttendanceRecorded e, StaffQueueItem q) => Arbitration(Touch(q, e.RecordedAt), ArbitrationStatus.Heard);
    public void Apply(ArbitrationDeemedWithdrawn e, StaffQueueItem q) => Arbitration(Touch(q, e.RecordedAt), ArbitrationStatus.Withdrawn).Close();
    public void Apply(MediationAgreementReached e, StaffQueueItem q) => Arbitration(Touch(q, e.ReachedAt), ArbitrationStatus.Mediated).Close();
    public void Apply(ArbitrationAwardIssued e, StaffQueueItem q) => Arbitration(Touch(q, e.IssuedAt), ArbitrationStatus.Awarded).Close();
    public void Apply(ArbitrationWithdrawn e, StaffQueueItem q) => Arbitration(Touch(q, e.WithdrawnAt), ArbitrationStatus.Withdrawn).Close();

    public void Apply(ArbitrationPeriodExtended e, StaffQueueItem q)
    {
        Touch(q, e.ExtendedAt).NextDueOn = e.NewDueOn;
        q.ClearOverdue("award");
    }

    /// <summary>A suspended case has no running clock (劳动争议调解仲裁法 第43条): no next deadline while it lasts.</summary>
    public void Apply(ArbitrationSuspended e, StaffQueueItem q)
    {
        q.StatusBeforeClosure = q.Status;
        q.StatusZhBeforeClosure = q.StatusZh;
        Arbitration(Touch(q, e.SuspendedAt), ArbitrationStatus.Suspended).NextDueOn = null;
    }

    public void Apply(ArbitrationResumed e, StaffQueueItem q)
    {
        Touch(q, e.ResumedAt).Status = q.StatusBeforeClosure ?? nameof(ArbitrationStatus.Accepted);
        q.StatusZh = q.StatusZhBeforeClosure ?? StatusNames.Chinese(ArbitrationStatus.Accepted);
        q.NextDueOn = e.NewAwardDueOn;
        // The award clock restarts with a new deadline: the old one's overdue flag no longer applies.
        q.ClearOverdue("award");
    }

    public void Apply(AwardReportedUnpaid e, StaffQueueItem q) => Touch(q, e.ReportedAt);
    public void Apply(ArbitrationAcceptanceDeadlinePassed _, StaffQueueItem q) => q.MarkOverdue("acceptance");
    public void Apply(AwardDeadlinePassed _, StaffQueueItem q) => q.MarkOverdue("award");

    private static StaffQueueItem Arbitration(StaffQueueItem q, ArbitrationStatus status)
    {
        q.Status = status.ToString();
        q.StatusZh = StatusNames.Chinese(status);
        return q;
    }
}
