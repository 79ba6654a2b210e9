using System.Security.Claims;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Filing;

/// <summary>A complaint made at a counter, by the hotline or referred by another body, typed in by staff.</summary>
/// <param name="ReceivedAt">When it was received; may be earlier than now (a paper form entered later), never later.</param>
public sealed record RecordComplaint(IntakeChannel? Channel, DateTimeOffset? ReceivedAt, ComplaintForm? Complaint);

public static class RecordComplaintEndpoint
{
    public static ProblemDetails Validate(RecordComplaint command, ShandongRegions regions, ClaimsPrincipal user, CaseServices<WageArrearsRules> services)
    {
        var now = services.Clock.GetUtcNow();
        var errors = CaseIntake.StaffFiling(command.Channel, IntakeChannel.Online,
            ("网上投诉由投诉人本人提交", "Online complaints are filed by the complainant"), command.ReceivedAt, now, now.AddYears(-1), ("一年前", "a year"));
        if (command.Complaint is null) errors.Add("complaint", "投诉内容不能为空", "Complaint is required");
        else command.Complaint.Validate(regions, ShanghaiTime.DateOf(now), errors, "complaint.");
        LaborRights.Evidence.EvidenceRules.NotFromStaff(errors, command.Complaint?.EvidenceFiles, "complaint.");
        return errors.OrContinue().WithinDivisions(user, regions, command.Complaint?.CountyCode);
    }

    [Staff(StaffRoles.Inspector)]
    [EndpointSummary("登记窗口或热线收到的欠薪投诉 · Record a wage-arrears complaint")]
    [EndpointDescription("监察员录入在窗口、热线收到或由其他机关转来的欠薪投诉（网上投诉只能由投诉人本人提交）。receivedAt 为实际收到时间，" +
        "可早于现在（纸质材料事后录入），但不能晚于现在，也不能早于一年前；受理期限从收到之日起算。投诉所在县须在本人管辖范围内，否则返回 403。" +
        "成功返回 201，附查询号和查询码，请交给投诉人。\n\n" +
        "An inspector enters a complaint received at a counter, by the hotline or referred by another body (online complaints are filed by the " +
        "complainant only). receivedAt is when it was received: it may be earlier than now (a paper form entered later), never later, nor more " +
        "than a year ago; the acceptance period runs from that day. The county must be one of the inspector's divisions (403 otherwise). The " +
        "answer (201) gives the tracking number and the access code to hand to the complainant.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears", OperationId = "recordWageArrearsComplaint")]
    public static (CreatedAnswer<ComplaintFiled>, IStartStream, OutgoingMessages) Post(RecordComplaint command, ClaimsPrincipal user, CaseServices<WageArrearsRules> services)
    {
        var ctx = services.ContextFor(user);
        var (received, accessCode) = ComplaintIntake.Start(
            command.Complaint!, command.Channel!.Value, ctx.Actor, command.ReceivedAt ?? ctx.Now, services);
        var id = received.WageArrearsCaseId;
        return CaseIntake.Opened<WageArrearsCase, ComplaintFiled>(id, received, $"/api/wage-arrears/{id}",
            ComplaintIntake.Answer(id, received.TrackingNumber, accessCode, received.AcceptanceDueOn, received.AcceptanceDueIsProvisional));
    }
}
