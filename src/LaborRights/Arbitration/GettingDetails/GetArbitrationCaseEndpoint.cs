using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Arbitration.GettingDetails;

public static class GetArbitrationCaseEndpoint
{
    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor)]
    [EndpointSummary("查看仲裁案件详情 · Get an arbitration case")]
    [EndpointDescription("仲裁员、仲裁委员会主任和督查人员查看一件仲裁案件的全部情况和办理经过。劳动者的身份证号码和各方电话已遮蔽，查看完整信息须另行申请并留痕。" +
        "返回的 version 用于下一步办理操作。案件不存在或不在管辖范围内，均返回 404。\n\n" +
        "Arbitrators, the commission's chair and supervisors read one arbitration case and its full history. A worker's resident ID number and every phone are masked; the " +
        "full values are shown only on a separate, recorded request. The version returned is the one to send with the next command. An unknown " +
        "case and one outside the caller's divisions both get 404.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverineGet("/api/arbitration/{id}", OperationId = "getArbitrationCase")]
    public static Task<Answer<CaseDetails<ArbitrationCaseView>>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        CaseDetails.ReadAsync<ArbitrationCase, ArbitrationCaseView>(session, id, ArbitrationCaseView.Of, e => ArbitrationHistoryText.Describe(e, forPublic: false), ct);
}
