using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Inspections.GettingDetails;

/// <param name="WageArrearsCases">
/// Wage-arrears cases this inspection's findings opened or joined (联动). They hold the link; it is looked up here
/// so that linkage never changes the inspection's version under its inspectors (docs/adr/0007).
/// </param>
public sealed record InspectionDetails(
    InspectionCaseView Case, IReadOnlyList<CaseHistoryEntry> History, IReadOnlyList<CaseLink> WageArrearsCases);

public static class GetInspectionEndpoint
{
    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/inspections/{id}")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        if (events.Count == 0) return Problems.NotFound("该案件 / case").ToResult();
        var data = events.Select(e => e.Data).ToList();
        var view = InspectionCaseView.Of(CaseFold.Fold<InspectionCase>(data)!, data);
        var wageCases = await session.Query<CaseIndex.CaseIndexEntry>()
            .Where(x => x.Kind == CaseKind.WageArrears && x.WageArrears!.Links.Any(l => l.Other.Id == id))
            .Select(x => x.Id)
            .ToListAsync(ct);
        var links = wageCases.Select(w => new CaseLink(new CaseReference(CaseKind.WageArrears, w), "opened-or-joined")).ToList();
        return Results.Ok(new InspectionDetails(view, CaseHistory.From(events, InspectionHistoryText.Describe), links));
    }
}
