using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Discrimination.GettingDetails;

public static class GetDiscriminationCaseEndpoint
{
    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("查看就业歧视案件详情 · Get a discrimination case")]
    [EndpointDescription("监察员和督查人员查看一件就业歧视案件的全部情况和办理经过。投诉人显示姓名、电话已遮蔽；" +
        "举报人的身份一律不显示（劳动保障监察条例第9条）。返回的 version 用于下一步办理操作。案件不存在或不在管辖范围内，均返回 404。\n\n" +
        "Inspectors and supervisors read one discrimination case and its full history. A complainant's name is shown and the phone masked; a " +
        "reporter's identity is never shown (Labour Security Supervision Regulations Art. 9). The version returned is the one to send with the " +
        "next command. An unknown case and one outside the caller's divisions both get 404.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverineGet("/api/discrimination/{id}", OperationId = "getDiscriminationCase")]
    public static Task<Answer<CaseDetails<DiscriminationCaseView>>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        CaseDetails.ReadAsync<DiscriminationCase, DiscriminationCaseView>(session, id, DiscriminationCaseView.Of, e => DiscriminationHistoryText.Describe(e, forPublic: false), ct);
}
