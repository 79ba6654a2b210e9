using System.Security.Claims;
using LaborRights.Calendar;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Marten.Pagination;
using Wolverine.Http;

namespace LaborRights.CaseIndex;

/// <summary>
/// The unified staff queue (统一待办): one paged list across the four case kinds, filtered by county or city, kind,
/// status, assignee, and "next deadline within N working days" or overdue. Open cases only unless a status is asked for.
/// </summary>
public static class StaffQueueEndpoint
{
    [Staff(StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor)]
    [EndpointSummary("统一待办 · The staff queue across all case kinds")]
    [EndpointDescription("工作人员在一个列表中分页查看四类案件（欠薪、就业歧视、劳动争议仲裁、劳动保障监察）中本人角色可看、管辖范围内的案件，" +
        "下一期限最近的排在前面。默认只列办理中的案件，指定状态（status）时列出该状态的案件；还可按县、地级市、案件类型（kind）、承办人（assignee）" +
        "、是否逾期（overdue）、“下一期限在N个工作日内”（dueWithinWorkingDays，0至250）和是否有等待批准的延期申请（awaitingExtensionApproval，批准人的待办）筛选。每页最多100条。\n\n" +
        "Staff page through one list of the cases of all four kinds (wage arrears, discrimination, arbitration, inspection) that their role reads " +
        "in their divisions, nearest next deadline first. Open cases only unless a status is asked for; filter also by county, city, kind, " +
        "assignee, overdue, dueWithinWorkingDays (next deadline within 0 to 250 working days) and awaitingExtensionApproval (an extension request " +
        "waiting for its approver: the approver's work). At most 100 rows a page.")]
    [Tags("统一待办 · Staff queue")]
    [WolverineGet("/api/queue", OperationId = "listStaffQueue")]
    public static async Task<Answer<Page<CaseIndexRow>>> Get(
        IQuerySession session, ShandongRegions regions, WorkingDayCalendar calendar, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? city = null, CaseKind? kind = null, string? status = null, string? assignee = null,
        int? dueWithinWorkingDays = null, bool? overdue = null, bool? awaitingExtensionApproval = null, int page = 1, int pageSize = 20)
    {
        var filter = new StaffQueueFilter(county, city, kind, status, assignee, dueWithinWorkingDays, overdue, awaitingExtensionApproval);
        var errors = filter.Validate(regions, new FieldErrors()).Paging(page, pageSize);
        if (errors.Any) return errors.ToProblem();

        var query = filter.Apply(session, StaffScope.Of(user, regions), calendar, ShanghaiTime.Today(clock));
        var result = await StaffQueueFilter.Sorted(query).ToPagedListAsync(page, pageSize, useCountQuery: true, ct);
        // Rows only: the stored case state stays on the server.
        return Page<CaseIndexRow>.From(result, e => (CaseIndexRow)e);
    }
}
