using System.Security.Claims;
using LaborRights.CaseIndex;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Inspections.Queue;

/// <summary>A county's inspection queue (most urgent deadline first) and its overdue list, read from the case index.</summary>
public static class InspectionQueueEndpoints
{
    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("劳动保障监察案件列表 · List inspection cases")]
    [EndpointDescription("监察员和督查人员分页查看本人管辖范围内的劳动保障监察案件，期限最紧迫的排在前面。可按县（county）、地级市（city）" +
        "和状态（status）筛选，每页最多100条。\n\n" +
        "Inspectors and supervisors list the labour-inspection cases in their divisions, most urgent deadline first, a page at a time. Filter by " +
        "county, city and status; at most 100 rows a page.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverineGet("/api/inspections", OperationId = "listInspectionCases")]
    public static Task<Answer<Page<InspectionQueueItem>>> GetQueue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, InspectionStatus? status = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.Inspection, new(county, city, status?.ToString(), false, page, pageSize),
            InspectionQueueItem.From, ct);

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("逾期劳动保障监察案件列表 · List overdue inspection cases")]
    [EndpointDescription("监察员和督查人员分页查看本人管辖范围内超过办案期限仍未办结的劳动保障监察案件，期限最紧迫的排在前面。可按县和地级市筛选，" +
        "每页最多100条。\n\n" +
        "Inspectors and supervisors list the labour-inspection cases in their divisions still open past their deadline, most urgent first, a page " +
        "at a time. Filter by county and city; at most 100 rows a page.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverineGet("/api/inspections/overdue", OperationId = "listOverdueInspectionCases")]
    public static Task<Answer<Page<InspectionQueueItem>>> GetOverdue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.Inspection, new(county, city, null, true, page, pageSize), InspectionQueueItem.From, ct);
}
