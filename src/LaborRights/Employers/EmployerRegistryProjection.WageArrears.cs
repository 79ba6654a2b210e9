using JasperFx.Events;
using LaborRights.WageArrears;

namespace LaborRights.Employers;

public sealed partial class EmployerRegistryProjection
{
    public void Apply(IEvent<WageArrearsComplaintReceived> e, EmployerRecord r)
    {
        var x = e.Data;
        if (x.Employer is null) return;
        Open(r, x.Employer.CreditCode, x.Employer.Name, x.CountyCode, new EmployerCase
        {
            CaseId = e.StreamId,
            Kind = CaseKind.WageArrears,
            Reference = x.TrackingNumber,
            CountyCode = x.CountyCode,
            Status = nameof(CaseStatus.PendingAcceptance),
            OpenedOn = ShanghaiTime.DateOf(x.ReceivedAt),
            Workers = x.WorkersAffected,
            Owed = x.AmountClaimed,
        });
    }

    /// <summary>A complaint filed without a credit code joins the unit staff identified, with its figures as they stood.</summary>
    public void Apply(IEvent<EmployerIdentified> e, EmployerRecord r)
    {
        var x = e.Data;
        Open(r, x.Employer.CreditCode, x.Employer.Name, x.CountyCode, new EmployerCase
        {
            CaseId = e.StreamId,
            Kind = CaseKind.WageArrears,
            Reference = x.TrackingNumber,
            CountyCode = x.CountyCode,
            Status = x.Status.ToString(),
            OpenedOn = x.ReceivedOn,
            Workers = x.WorkersAffected,
            Owed = x.AmountClaimed,
        });
    }

    public void Apply(IEvent<ComplaintAccepted> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.Status = nameof(CaseStatus.UnderInvestigation);
        c.Reference = e.Data.CaseNumber;
        c.AcceptedOn = e.Data.FiledOn;
    });

    /// <summary>A rejected complaint was never found to be owed: it stays listed but counts for nothing.</summary>
    public void Apply(IEvent<ComplaintRejected> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.Owed = 0;
        c.IsOpen = false;
        c.Status = nameof(CaseStatus.Rejected);
    });

    public void Apply(IEvent<MaterialRequested> e, EmployerRecord r) => Change(r, e, c => c.Status = nameof(CaseStatus.AwaitingMaterial));
    public void Apply(IEvent<MaterialSupplied> e, EmployerRecord r) => Change(r, e, c => c.Status = nameof(CaseStatus.PendingAcceptance));

    public void Apply(IEvent<ArrearsConfirmed> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.Owed = e.Data.Amount;
        c.Workers = e.Data.WorkersOwed;
    });

    public void Apply(IEvent<PaymentOrdered> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.Status = nameof(CaseStatus.PaymentOrdered);
        c.PaymentOrdered = true;
    });

    public void Apply(IEvent<RecoveryRecorded> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.Recovered += e.Data.Amount;
        if (c.PaymentDeadlinePassed) c.UnpaidAfterOrder = e.Data.OutstandingAfter;
    });

    public void Apply(IEvent<ExtraCompensationImposed> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.Owed += e.Data.Amount;
        if (c.PaymentDeadlinePassed) c.UnpaidAfterOrder += e.Data.Amount;
    });

    public void Apply(IEvent<PaymentDeadlinePassed> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.PaymentDeadlinePassed = true;
        c.UnpaidAfterOrder = e.Data.Outstanding;
    });

    public void Apply(IEvent<CaseClosed> e, EmployerRecord r) => Close(r, e, nameof(CaseStatus.Closed));

    public void Apply(IEvent<CaseReopened> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.IsOpen = true;
        // As the aggregate does: back to the phase the case was in.
        c.Status = c.PaymentOrdered ? nameof(CaseStatus.PaymentOrdered) : nameof(CaseStatus.UnderInvestigation);
    });
}
