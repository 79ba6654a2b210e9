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
    [EndpointSummary("查看劳动保障监察案件详情 · Get an inspection case")]
    [EndpointDescription("监察员和督查人员查看一件劳动保障监察案件的全部情况和办理经过，包括关联的案件，以及因本案认定欠薪而开启或关联的欠薪案件。" +
        "案件不记录举报人（劳动保障监察条例第9条）。返回的 version 用于下一步办理操作；案件不存在或不在管辖范围内，均返回 404。\n\n" +
        "Inspectors and supervisors read one labour-inspection case and its full history, with its linked cases, including the wage-arrears cases " +
        "its findings of arrears opened or joined. No reporter is ever recorded in it (Labour Security Supervision Regulations Art. 9). The " +
        "version returned is the one to send with the next command; an unknown case and one outside the caller's divisions both get 404.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverineGet("/api/inspections/{id}", OperationId = "getInspectionCase")]
    public static async Task<Answer<CaseDetails<InspectionCaseView>>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await InspectionDetails.ReadAsync(session, id, ct) is { } loaded ? loaded.Details : Problems.NotFound("该案件 / case");
}

/// <summary>An inspection case as its readers see it (the API and the workbench's case page).</summary>
public static class InspectionDetails
{
    /// <summary>The case and its details, with the wage-arrears cases that link to it (they hold the link); null when there is no such case.</summary>
    public static async Task<LoadedCase<InspectionCase, InspectionCaseView>?> ReadAsync(IQuerySession session, Guid id, CancellationToken ct)
    {
        var held = await session.Query<CaseIndex.CaseIndexEntry>()
            .Where(x => x.Kind == CaseKind.WageArrears && x.WageArrears!.Links.Any(l => l.Other.Id == id))
            .Select(x => new { x.Id, x.WageArrears!.Links })
            .ToListAsync(ct);
        var wageArrears = held.SelectMany(w => w.Links.Where(l => l.Other.Id == id).Select(l =>
            LinkedCase.Of(new CaseReference(CaseKind.WageArrears, w.Id), LinkRelations.Mirror(LinkRelations.Parse(l.Relation))))).ToList();
        return await CaseDetails.LoadAsync<InspectionCase, InspectionCaseView>(session, id,
            (c, events) => InspectionCaseView.Of(c, events, wageArrears), InspectionHistoryText.Describe, ct);
    }
}
