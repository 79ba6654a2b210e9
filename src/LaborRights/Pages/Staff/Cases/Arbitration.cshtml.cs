using LaborRights.Arbitration;
using LaborRights.Arbitration.Accepting;
using LaborRights.Arbitration.GettingDetails;
using LaborRights.Security;
using LaborRights.Security.PersonalData;
using LaborRights.Web.Staff;
using Marten;

namespace LaborRights.Pages.Staff.Cases;

/// <summary>
/// 仲裁案件: one arbitration case for the commission's staff — the parties (masked, with a recorded reveal), each claim
/// item and how it was decided (final or not), the hearing, mediation, deadlines, history and links — and, for
/// arbitrators in scope, the actions its state allows (<see cref="ArbitrationActions"/>).
/// </summary>
[CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor)]
public sealed class ArbitrationModel(
    CasePageServices pages, ArbitrationServices services, ArbitrationCaseNumbers numbers)
    : StaffCasePage<ArbitrationCase, ArbitrationStatus, ArbitrationCaseView, ArbitrationActionContext>(pages)
{
    public override CaseKind Kind => CaseKind.Arbitration;
    protected override string ActingRole => StaffRoles.Arbitrator;
    public override string DonePrefix => "Arbitration.Done.";
    protected override PersonalDataCaseKind? PersonalDataKind => PersonalDataCaseKind.Arbitration;
    protected override IReadOnlyList<CaseAction<ArbitrationCase, ArbitrationActionContext>> Actions => ArbitrationActions.All;

    protected override ArbitrationActionContext Context(CancellationToken ct) => new(services.ContextFor(User), numbers, ct);

    protected override Task<LoadedCase<ArbitrationCase, ArbitrationCaseView>?> ReadAsync(IQuerySession session, CancellationToken ct) =>
        CaseDetails.LoadAsync<ArbitrationCase, ArbitrationCaseView>(session, Id, ArbitrationCaseView.Of, e => ArbitrationHistoryText.Describe(e, forPublic: false), ct);

    protected override IReadOnlyList<LinkedCase> LinksOf(ArbitrationCaseView view) => view.Links;

    /// <summary>How claim item <paramref name="number"/> was decided, if it was.</summary>
    public AwardedItem? DecisionOn(int number) => Case?.AwardedItems.FirstOrDefault(i => i.ClaimNumber == number);
}
