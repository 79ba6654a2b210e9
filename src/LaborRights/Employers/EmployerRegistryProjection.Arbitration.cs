using JasperFx.Events;
using LaborRights.Arbitration;

namespace LaborRights.Employers;

public sealed partial class EmployerRegistryProjection
{
    public void Apply(IEvent<ArbitrationApplied> e, EmployerRecord r)
    {
        var x = e.Data;
        Open(r, x.EmployerCreditCode, x.EmployerName, x.CountyCode, new EmployerCase
        {
            CaseId = e.StreamId,
            Kind = CaseKind.Arbitration,
            Reference = x.TrackingNumber,
            CountyCode = x.CountyCode,
            Status = nameof(ArbitrationStatus.PendingAcceptance),
            OpenedOn = ShanghaiTime.DateOf(x.ReceivedAt),
            Workers = x.WorkersConcerned,
        });
    }

    public void Apply(IEvent<ArbitrationApplicationAccepted> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.Status = nameof(ArbitrationStatus.Accepted);
        c.Reference = e.Data.CaseNumber;
        c.AcceptedOn = e.Data.AcceptedOn;
    });

    public void Apply(IEvent<ArbitrationApplicationRefused> e, EmployerRecord r) => Close(r, e, nameof(ArbitrationStatus.Refused));
    public void Apply(IEvent<ArbitrationDeemedWithdrawn> e, EmployerRecord r) => Close(r, e, nameof(ArbitrationStatus.Withdrawn));
    public void Apply(IEvent<ArbitrationWithdrawn> e, EmployerRecord r) => Close(r, e, nameof(ArbitrationStatus.Withdrawn));

    public void Apply(IEvent<MediationAgreementReached> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.Owed += e.Data.Items.Sum(i => i.Amount ?? 0);
        c.IsOpen = false;
        c.Status = nameof(ArbitrationStatus.Mediated);
    });

    /// <summary>What the employer owes on an arbitration case is what the awards granted.</summary>
    public void Apply(IEvent<PartialAwardIssued> e, EmployerRecord r) => Change(r, e, c => c.Owed += e.Data.Items.Sum(i => i.GrantedAmount ?? 0));

    public void Apply(IEvent<ArbitrationAwardIssued> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.Owed += e.Data.Items.Sum(i => i.GrantedAmount ?? 0);
        c.IsOpen = false;
        c.Status = nameof(ArbitrationStatus.Awarded);
    });

    public void Apply(IEvent<ArbitrationPanelFormed> e, EmployerRecord r) => Change(r, e, c =>
    {
        if (c.Status == nameof(ArbitrationStatus.Accepted)) c.Status = nameof(ArbitrationStatus.PanelFormed);
    });

    public void Apply(IEvent<HearingScheduled> e, EmployerRecord r) => Change(r, e, c => c.Status = nameof(ArbitrationStatus.HearingScheduled));
    public void Apply(IEvent<HearingAttendanceRecorded> e, EmployerRecord r) => Change(r, e, c => c.Status = nameof(ArbitrationStatus.Heard));

    public void Apply(IEvent<ArbitrationSuspended> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.StatusBeforeSuspension = c.Status;
        c.Status = nameof(ArbitrationStatus.Suspended);
    });

    public void Apply(IEvent<ArbitrationResumed> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.Status = c.StatusBeforeSuspension ?? nameof(ArbitrationStatus.Accepted);
        c.StatusBeforeSuspension = null;
    });

    /// <summary>The case stays Awarded; the report is a fact about the award, kept beside the status.</summary>
    public void Apply(IEvent<AwardReportedUnpaid> e, EmployerRecord r) => Change(r, e, c => c.AwardReportedUnpaid = true);
}
