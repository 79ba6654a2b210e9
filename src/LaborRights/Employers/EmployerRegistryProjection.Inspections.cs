using JasperFx.Events;
using LaborRights.Inspections;

namespace LaborRights.Employers;

public sealed partial class EmployerRegistryProjection
{
    public void Apply(IEvent<InspectionCaseOpened> e, EmployerRecord r)
    {
        var x = e.Data;
        Open(r, x.EmployerCreditCode, x.EmployerName, x.CountyCode, new EmployerCase
        {
            CaseId = e.StreamId,
            Kind = CaseKind.Inspection,
            Reference = x.Reason,
            CountyCode = x.CountyCode,
            Status = nameof(InspectionStatus.UnderInvestigation),
            OpenedOn = x.FiledOn,
            AcceptedOn = x.FiledOn,
        });
    }

    public void Apply(IEvent<RectificationOrdered> e, EmployerRecord r) => Change(r, e, c => c.Status = nameof(InspectionStatus.AwaitingRectification));
    public void Apply(IEvent<RectificationChecked> e, EmployerRecord r) => Change(r, e, c => c.Status = nameof(InspectionStatus.UnderInvestigation));
    public void Apply(IEvent<InspectionCaseClosed> e, EmployerRecord r) => Close(r, e, nameof(InspectionStatus.Closed));
    public void Apply(IEvent<InspectionCaseWithdrawn> e, EmployerRecord r) => Close(r, e, nameof(InspectionStatus.Withdrawn));
    public void Apply(IEvent<InspectionCaseTransferred> e, EmployerRecord r) => Close(r, e, nameof(InspectionStatus.Transferred));
}
