using LaborRights.Inspections;
using LaborRights.Inspections.GettingDetails;
using LaborRights.Security;
using LaborRights.Web.Staff;
using Marten;

namespace LaborRights.Pages.Staff.Cases;

/// <summary>
/// 劳动保障监察案件: one inspection case (it names no reporter: 劳动保障监察条例 第9条) — its origin, team, site visits
/// and violations found, the employer's statements, rectification, penalty — with the actions its state allows
/// (<see cref="InspectionActions"/>).
/// </summary>
[CaseAccess(CaseKind.Inspection, StaffRoles.Inspector, StaffRoles.Supervisor)]
public sealed class InspectionModel(
    CasePageServices pages, CaseServices<InspectionRules> services)
    : StaffCasePage<InspectionCase, InspectionStatus, InspectionCaseView, CaseContext<InspectionRules>>(pages)
{
    public override CaseKind Kind => CaseKind.Inspection;
    public override string DonePrefix => "Inspection.Done.";
    protected override string ActingRole => StaffRoles.Inspector;
    protected override IReadOnlyList<CaseAction<InspectionCase, CaseContext<InspectionRules>>> Actions => InspectionActions.All;

    protected override CaseContext<InspectionRules> Context(CancellationToken ct) => services.ContextFor(User);

    protected override Task<LoadedCase<InspectionCase, InspectionCaseView>?> ReadAsync(IQuerySession session, CancellationToken ct) =>
        InspectionDetails.ReadAsync(session, Id, ct);

    protected override IReadOnlyList<LinkedCase> LinksOf(InspectionCaseView view) => view.Links;
}
