using LaborRights.Discrimination;
using LaborRights.Discrimination.GettingDetails;
using LaborRights.Security;
using LaborRights.Security.PersonalData;
using LaborRights.Web.Staff;
using Marten;

namespace LaborRights.Pages.Staff.Cases;

/// <summary>
/// 就业歧视案件: one discrimination complaint or report for the inspectors who handle it (a reporter's identity is
/// never shown: 劳动保障监察条例 第9条), with the actions its state allows (<see cref="DiscriminationActions"/>).
/// </summary>
[CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector, StaffRoles.Supervisor)]
public sealed class DiscriminationModel(
    CasePageServices pages, CaseServices<DiscriminationRules> services, LaborRights.WageArrears.Accepting.CaseNumbers numbers)
    : StaffCasePage<DiscriminationCase, DiscriminationStatus, DiscriminationCaseView, DiscriminationActionContext>(pages)
{
    public override CaseKind Kind => CaseKind.Discrimination;
    public override string DonePrefix => "Discrimination.Done.";
    protected override string ActingRole => StaffRoles.Inspector;
    protected override PersonalDataCaseKind? PersonalDataKind => PersonalDataCaseKind.Discrimination;
    protected override IReadOnlyList<CaseAction<DiscriminationCase, DiscriminationActionContext>> Actions => DiscriminationActions.All;

    protected override DiscriminationActionContext Context(CancellationToken ct) => new(services.ContextFor(User), numbers, ct);

    protected override Task<LoadedCase<DiscriminationCase, DiscriminationCaseView>?> ReadAsync(IQuerySession session, CancellationToken ct) =>
        CaseDetails.LoadAsync<DiscriminationCase, DiscriminationCaseView>(session, Id, DiscriminationCaseView.Of, e => DiscriminationHistoryText.Describe(e, forPublic: false), ct);

    protected override IReadOnlyList<LinkedCase> LinksOf(DiscriminationCaseView view) => view.Links;

    public bool AwaitsDecision => Case?.Status is DiscriminationStatus.PendingAcceptance or DiscriminationStatus.AwaitingMaterial;
}
