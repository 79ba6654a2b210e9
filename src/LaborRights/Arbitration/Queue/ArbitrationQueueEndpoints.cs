using System.Security.Claims;
using LaborRights.CaseIndex;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Arbitration.Queue;

/// <summary>A commission's queue (most urgent deadline first) and its overdue list, read from the case index.</summary>
public static class ArbitrationQueueEndpoints
{
    [Staff(StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor)]
    [EndpointSummary("仲裁案件列表 · List arbitration cases")]
    [EndpointDescription("仲裁员、仲裁委员会主任和督查人员分页查看本人管辖范围内的仲裁案件，期限最紧迫的排在前面。可按县（county）、地级市（city）和状态（status）" +
        "筛选，每页最多100条。\n\n" +
        "Arbitrators, the commission's chair and supervisors list the arbitration cases in their divisions, most urgent deadline first, a page at a time. Filter by " +
        "county, city and status; at most 100 rows a page.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverineGet("/api/arbitration", OperationId = "listArbitrationCases")]
    public static Task<Answer<Page<ArbitrationQueueItem>>> GetQueue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, ArbitrationStatus? status = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.Arbitration, new(county, city, status?.ToString(), false, page, pageSize),
            ArbitrationQueueItem.From, ct);

    [Staff(StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor)]
    [EndpointSummary("逾期仲裁案件列表 · List overdue arbitration cases")]
    [EndpointDescription("仲裁员、仲裁委员会主任和督查人员分页查看本人管辖范围内受理决定或仲裁裁决已超过期限的案件，期限最紧迫的排在前面。可按县和地级市筛选，" +
        "每页最多100条。\n\n" +
        "Arbitrators, the commission's chair and supervisors list the arbitration cases in their divisions whose acceptance decision or award is past its deadline, most " +
        "urgent first, a page at a time. Filter by county and city; at most 100 rows a page.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverineGet("/api/arbitration/overdue", OperationId = "listOverdueArbitrationCases")]
    public static Task<Answer<Page<ArbitrationQueueItem>>> GetOverdue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.Arbitration, new(county, city, null, true, page, pageSize), ArbitrationQueueItem.From, ct);
}
