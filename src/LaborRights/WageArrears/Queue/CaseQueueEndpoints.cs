using System.Security.Claims;
using LaborRights.CaseIndex;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.WageArrears.Queue;

/// <summary>A county's wage-arrears queue (most urgent deadline first) and its overdue list, read from the case index.</summary>
public static class CaseQueueEndpoints
{
    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("欠薪案件列表 · List wage-arrears cases")]
    [EndpointDescription("监察员和督查人员分页查看本人管辖范围内的欠薪案件，期限最紧迫的排在前面。可按县（county）、地级市（city）和状态（status）" +
        "筛选，每页最多100条。\n\n" +
        "Inspectors and supervisors list the wage-arrears cases in their divisions, most urgent deadline first, a page at a time. Filter by " +
        "county, city and status; at most 100 rows a page.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverineGet("/api/wage-arrears", OperationId = "listWageArrearsCases")]
    public static Task<Answer<Page<WageArrearsQueueItem>>> GetQueue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, CaseStatus? status = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.WageArrears, new(county, city, status?.ToString(), false, page, pageSize),
            WageArrearsQueueItem.From, ct);

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("逾期欠薪案件列表 · List overdue wage-arrears cases")]
    [EndpointDescription("监察员和督查人员分页查看本人管辖范围内有步骤已超过期限（受理审查、调查处理或限期支付）的欠薪案件，期限最紧迫的排在前面。" +
        "可按县和地级市筛选，每页最多100条。\n\n" +
        "Inspectors and supervisors list the wage-arrears cases in their divisions with a step past its deadline (the acceptance decision, the " +
        "investigation or the payment ordered), most urgent first, a page at a time. Filter by county and city; at most 100 rows a page.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverineGet("/api/wage-arrears/overdue", OperationId = "listOverdueWageArrearsCases")]
    public static Task<Answer<Page<WageArrearsQueueItem>>> GetOverdue(IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, int page = 1, int pageSize = 20) =>
        CaseLists.PageAsync(session, regions, user, CaseKind.WageArrears, new(county, city, null, true, page, pageSize),
            WageArrearsQueueItem.From, ct);
}
