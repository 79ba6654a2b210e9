using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.WageArrears.GettingDetails;

public static class GetCaseEndpoint
{
    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("查看欠薪案件详情 · Get a wage-arrears case")]
    [EndpointDescription("监察员和督查人员查看一件欠薪案件的全部情况和办理经过。投诉人的身份证号码和电话已遮蔽，查看完整信息须另行申请并留痕。" +
        "返回的 version 用于下一步办理操作。案件不存在或不在管辖范围内，均返回 404。\n\n" +
        "Inspectors and supervisors read one wage-arrears case and its full history. The complainant's resident ID number and phone are masked; " +
        "the full values are shown only on a separate, recorded request. The version returned is the one to send with the next command. An unknown " +
        "case and one outside the caller's divisions both get 404.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverineGet("/api/wage-arrears/{id}", OperationId = "getWageArrearsCase")]
    public static Task<Answer<CaseDetails<WageArrearsCaseView>>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        CaseDetails.ReadAsync<WageArrearsCase, WageArrearsCaseView>(session, id, WageArrearsCaseView.Of, e => CaseHistoryText.Describe(e, forPublic: false), ct);
}
