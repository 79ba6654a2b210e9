using JasperFx.Events;
using LaborRights.Discrimination;

namespace LaborRights.Employers;

public sealed partial class EmployerRegistryProjection
{
    public void Apply(IEvent<DiscriminationComplaintReceived> e, EmployerRecord r)
    {
        var x = e.Data;
        Open(r, x.Employer.CreditCode, x.Employer.Name, x.CountyCode, new EmployerCase
        {
            CaseId = e.StreamId,
            Kind = CaseKind.Discrimination,
            Reference = x.TrackingNumber,
            CountyCode = x.CountyCode,
            Status = nameof(DiscriminationStatus.PendingAcceptance),
            OpenedOn = ShanghaiTime.DateOf(x.ReceivedAt),
        });
    }

    public void Apply(IEvent<DiscriminationComplaintAccepted> e, EmployerRecord r) => Change(r, e, c =>
    {
        c.Status = nameof(DiscriminationStatus.UnderInvestigation);
        c.AcceptedOn = e.Data.FiledOn;
    });

    public void Apply(IEvent<DiscriminationComplaintRejected> e, EmployerRecord r) => Close(r, e, nameof(DiscriminationStatus.Rejected));

    public void Apply(IEvent<DiscriminationFindingRecorded> e, EmployerRecord r) => Change(r, e, c => c.Status =
        e.Data.Substantiated ? nameof(DiscriminationStatus.Substantiated) : nameof(DiscriminationStatus.NotSubstantiated));

    public void Apply(IEvent<DiscriminationCaseClosed> e, EmployerRecord r) => Close(r, e, nameof(DiscriminationStatus.Closed));
}
