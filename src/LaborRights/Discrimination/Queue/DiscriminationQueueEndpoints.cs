using System.Security.Claims;
using LaborRights.CaseIndex;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Discrimination.Queue;

/// <summary>A county's discrimination queue (most urgent deadline first) and its overdue list, read from the case index.</summary>
public static class DiscriminationQueueEndpoints
{
    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("就业歧视案件列表 · List discrimination cases")]
    [EndpointDescription("监察员和督查人员分页查看本人管辖范围内的就业歧视案件，期限最紧迫的排在前面。可按县（county）、地级市（city）" +
        "和状态（status）筛选，每页最多100条。列表不显示投诉人或举报人。\n\n" +
        "Inspectors and supervisors list the discrimination cases in their divisions, most urgent deadline first, a page at a time. Filter by " +
        "county, city and status; at most 100 rows a page. Rows never name the filer.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverineGet("/api/discrimination", OperationId = "listDiscriminationCases")]
    public static Task<Answer<Page<DiscriminationQueueItem>>> GetQueue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, DiscriminationStatus? status = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.Discrimination, new(county, city, status?.ToString(), false, page, pageSize),
            DiscriminationQueueItem.From, ct);

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("逾期就业歧视案件列表 · List overdue discrimination cases")]
    [EndpointDescription("监察员和督查人员分页查看本人管辖范围内受理审查或调查处理已超过期限的就业歧视案件，期限最紧迫的排在前面。" +
        "可按县和地级市筛选，每页最多100条。\n\n" +
        "Inspectors and supervisors list the discrimination cases in their divisions whose acceptance decision or investigation is past its " +
        "deadline, most urgent first, a page at a time. Filter by county and city; at most 100 rows a page.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverineGet("/api/discrimination/overdue", OperationId = "listOverdueDiscriminationCases")]
    public static Task<Answer<Page<DiscriminationQueueItem>>> GetOverdue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.Discrimination, new(county, city, null, true, page, pageSize), DiscriminationQueueItem.From, ct);
}
