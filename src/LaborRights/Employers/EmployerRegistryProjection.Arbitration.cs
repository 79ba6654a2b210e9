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

    public void Apply(IEvent<ArbitrationApplicationAccepted> e, EmployerRecord r)
    {
        var c = Case(r, e.StreamId);
        c.Status = nameof(ArbitrationStatus.Accepted);
        c.Reference = e.Data.CaseNumber;
        c.AcceptedOn = e.Data.AcceptedOn;
    }

    public void Apply(IEvent<ArbitrationApplicationRefused> e, EmployerRecord r) => Close(Case(r, e.StreamId), nameof(ArbitrationStatus.Refused));
    public void Apply(IEvent<ArbitrationDeemedWithdrawn> e, EmployerRecord r) => Close(Case(r, e.StreamId), nameof(ArbitrationStatus.Withdrawn));
    public void Apply(IEvent<ArbitrationWithdrawn> e, EmployerRecord r) => Close(Case(r, e.StreamId), nameof(ArbitrationStatus.Withdrawn));

    public void Apply(IEvent<MediationAgreementReached> e, EmployerRecord r)
    {
        var c = Case(r, e.StreamId);
        c.Owed += e.Data.Items.Sum(i => i.Amount ?? 0);
        Close(c, nameof(ArbitrationStatus.Mediated));
    }

    /// <summary>What the employer owes on an arbitration case is what the awards granted.</summary>
    public void Apply(IEvent<PartialAwardIssued> e, EmployerRecord r) => Case(r, e.StreamId).Owed += e.Data.Items.Sum(i => i.GrantedAmount ?? 0);

    public void Apply(IEvent<ArbitrationAwardIssued> e, EmployerRecord r)
    {
        var c = Case(r, e.StreamId);
        c.Owed += e.Data.Items.Sum(i => i.GrantedAmount ?? 0);
        Close(c, nameof(ArbitrationStatus.Awarded));
    }

    public void Apply(IEvent<AwardReportedUnpaid> e, EmployerRecord r) => Case(r, e.StreamId).Status = "AwardUnpaid";
}
