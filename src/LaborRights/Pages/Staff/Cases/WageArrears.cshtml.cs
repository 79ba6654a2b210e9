using LaborRights.Security;
using LaborRights.Security.PersonalData;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Accepting;
using LaborRights.WageArrears.GettingDetails;
using LaborRights.Web.Staff;
using Marten;

namespace LaborRights.Pages.Staff.Cases;

/// <summary>
/// 欠薪案件: one wage-arrears case for the staff who read it — the facts (personal data masked), the full history in
/// Chinese, linked cases, the evidence files — and, for the case's inspectors, the actions its state allows
/// (<see cref="WageArrearsActions"/>).
/// </summary>
[CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector, StaffRoles.Supervisor)]
public sealed class WageArrearsModel(
    CasePageServices pages, CaseServices<WageArrearsRules> services, CaseNumbers numbers)
    : StaffCasePage<WageArrearsCase, CaseStatus, WageArrearsCaseView, WageArrearsActionContext>(pages)
{
    public override CaseKind Kind => CaseKind.WageArrears;
    protected override string ActingRole => StaffRoles.Inspector;
    protected override PersonalDataCaseKind? PersonalDataKind => PersonalDataCaseKind.WageArrears;
    protected override IReadOnlyList<CaseAction<WageArrearsCase, WageArrearsActionContext>> Actions => WageArrearsActions.All;

    protected override WageArrearsActionContext Context(CancellationToken ct) => new(services.ContextFor(User), numbers, ct);

    protected override Task<LoadedCase<WageArrearsCase, WageArrearsCaseView>?> ReadAsync(IQuerySession session, CancellationToken ct) =>
        CaseDetails.LoadAsync<WageArrearsCase, WageArrearsCaseView>(session, Id, WageArrearsCaseView.Of, e => CaseHistoryText.Describe(e, forPublic: false), ct);

    protected override IReadOnlyList<LinkedCase> LinksOf(WageArrearsCaseView view) => view.Links;

    public bool AwaitsDecision => Case?.Status is CaseStatus.PendingAcceptance or CaseStatus.AwaitingMaterial;
}
