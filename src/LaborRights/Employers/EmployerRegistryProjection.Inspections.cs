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

    public void Apply(IEvent<RectificationOrdered> e, EmployerRecord r) => Case(r, e.StreamId).Status = nameof(InspectionStatus.AwaitingRectification);
    public void Apply(IEvent<RectificationChecked> e, EmployerRecord r) => Case(r, e.StreamId).Status = nameof(InspectionStatus.UnderInvestigation);
    public void Apply(IEvent<InspectionCaseClosed> e, EmployerRecord r) => Close(Case(r, e.StreamId), nameof(InspectionStatus.Closed));
    public void Apply(IEvent<InspectionCaseWithdrawn> e, EmployerRecord r) => Close(Case(r, e.StreamId), nameof(InspectionStatus.Withdrawn));
    public void Apply(IEvent<InspectionCaseTransferred> e, EmployerRecord r) => Close(Case(r, e.StreamId), nameof(InspectionStatus.Transferred));
}
