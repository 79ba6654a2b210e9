using System.Security.Claims;
using LaborRights.Arbitration.Deadlines;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Filing;

/// <summary>An application made at the commission's counter (or by post), typed in by staff.</summary>
/// <param name="ReceivedAt">When it was received; may be earlier than now (a paper form entered later), never later.</param>
public sealed record RegisterApplication(ArbitrationChannel? Channel, DateTimeOffset? ReceivedAt, ArbitrationApplicationForm? Application);

public static class RegisterApplicationEndpoint
{
    public static ProblemDetails Validate(RegisterApplication command, ShandongRegions regions, ClaimsPrincipal user, ArbitrationServices services)
    {
        var now = services.Clock.GetUtcNow();
        var errors = CaseIntake.StaffFiling(command.Channel, ArbitrationChannel.Online,
            ("网上申请由当事人本人提交", "Online applications are filed by the party"), command.ReceivedAt, now, now.AddDays(-30), ("30天前", "30 days"));
        if (command.Application is null) errors.Add("application", "仲裁申请不能为空", "Application is required");
        else command.Application.Validate(regions, errors, "application.");
        LaborRights.Evidence.EvidenceRules.NotFromStaff(errors, command.Application?.EvidenceFiles, "application.");
        return errors.OrContinue().WithinDivisions(user, regions, command.Application?.CountyCode);
    }

    [Staff(StaffRoles.Arbitrator)]
    [EndpointSummary("登记窗口或邮寄收到的仲裁申请 · Record an arbitration application")]
    [EndpointDescription("仲裁员录入在仲裁委员会窗口收到或邮寄来的仲裁申请（网上申请只能由当事人本人提交）。receivedAt 为实际收到时间，可早于现在，" +
        "但不能晚于现在，也不能早于30天前；受理期限从收到之日起算。仲裁委员会所在县须在本人管辖范围内，否则返回 403。成功返回 201，" +
        "附查询号和查询码，请交给申请人。\n\n" +
        "An arbitrator enters an application received at the commission's counter or by post (online applications are filed by the party only). " +
        "receivedAt is when it was received: it may be earlier than now, never later, nor more than 30 days ago; the acceptance period runs from " +
        "that day. The commission's county must be one of the arbitrator's divisions (403 otherwise). The answer (201) gives the tracking number " +
        "and the access code to hand to the applicant.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration", OperationId = "recordArbitrationApplication")]
    public static (CreatedAnswer<ArbitrationApplicationFiled>, IStartStream, OutgoingMessages) Post(RegisterApplication command, ClaimsPrincipal user, ArbitrationServices services)
    {
        var ctx = services.ContextFor(user);
        var (applied, accessCode) = ArbitrationIntake.Start(
            command.Application!, command.Channel!.Value, ctx.Actor, command.ReceivedAt ?? ctx.Now, services);
        var id = applied.ArbitrationCaseId;
        return CaseIntake.Opened<ArbitrationCase, ArbitrationApplicationFiled>(id, applied, $"/api/arbitration/{id}",
            ArbitrationIntake.Answer(id, applied.TrackingNumber, accessCode, applied.AcceptanceDueOn, applied.AcceptanceDueIsProvisional));
    }
}
