using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Inspections.GettingDetails;

public static class GetInspectionEndpoint
{
    /// <summary>
    /// The inspection's own links and the wage-arrears cases its findings opened or joined (联动). Those hold the link;
    /// it is looked up here so that linkage never changes the inspection's version under its inspectors (docs/adr/0007).
    /// </summary>
    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/inspections/{id}")]
    public static async Task<Answer<CaseDetails<InspectionCaseView>>> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var held = await session.Query<CaseIndex.CaseIndexEntry>()
            .Where(x => x.Kind == CaseKind.WageArrears && x.WageArrears!.Links.Any(l => l.Other.Id == id))
            .Select(x => new { x.Id, x.WageArrears!.Links })
            .ToListAsync(ct);
        var wageArrears = held.SelectMany(w => w.Links.Where(l => l.Other.Id == id).Select(l =>
            LinkedCase.Of(new CaseReference(CaseKind.WageArrears, w.Id), LinkRelations.Mirror(LinkRelations.Parse(l.Relation))))).ToList();
        return await CaseDetails.ReadAsync<InspectionCase, InspectionCaseView>(session, id,
            (c, events) => InspectionCaseView.Of(c, events, wageArrears), InspectionHistoryText.Describe, ct);
    }
}
