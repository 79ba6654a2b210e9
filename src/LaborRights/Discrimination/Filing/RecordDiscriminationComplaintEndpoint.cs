using System.Security.Claims;
using LaborRights.Discrimination.Deadlines;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Filing;

/// <summary>A complaint or report made at a counter or by the hotline, typed in by staff.</summary>
/// <param name="ReceivedAt">When it was received; may be earlier than now (a paper form entered later), never later.</param>
public sealed record RecordDiscriminationComplaint(DiscriminationChannel? Channel, DateTimeOffset? ReceivedAt, DiscriminationForm? Complaint);

public static class RecordDiscriminationComplaintEndpoint
{
    public static ProblemDetails Validate(RecordDiscriminationComplaint command, ShandongRegions regions, ClaimsPrincipal user, CaseServices<DiscriminationRules> services)
    {
        var now = services.Clock.GetUtcNow();
        var errors = CaseIntake.StaffFiling(command.Channel, DiscriminationChannel.Online,
            ("网上投诉、举报由本人提交", "Online filings are made by the filer"), command.ReceivedAt, now, now.AddYears(-1), ("一年前", "a year"));
        if (command.Complaint is null) errors.Add("complaint", "投诉、举报内容不能为空", "Complaint is required");
        else command.Complaint.Validate(regions, ShanghaiTime.DateOf(now), errors, "complaint.");
        LaborRights.Evidence.EvidenceRules.NotFromStaff(errors, command.Complaint?.EvidenceFiles, "complaint.");
        return errors.OrContinue().WithinDivisions(user, regions, command.Complaint?.CountyCode);
    }

    [Staff(StaffRoles.Inspector)]
    [EndpointSummary("登记窗口或热线收到的就业歧视投诉、举报 · Record a discrimination filing")]
    [EndpointDescription("监察员录入在窗口或热线收到的就业歧视投诉、举报（网上投诉、举报只能由本人提交）。receivedAt 为实际收到时间，可早于现在，" +
        "但不能晚于现在，也不能早于一年前；受理期限从收到之日起算。所在县须在本人管辖范围内，否则返回 403。成功返回 201，附查询号和查询码，" +
        "请交给投诉人或举报人。\n\n" +
        "An inspector enters a discrimination complaint or report received at a counter or by the hotline (online filings are made by the filer " +
        "only). receivedAt is when it was received: it may be earlier than now, never later, nor more than a year ago; the acceptance period runs " +
        "from that day. The county must be one of the inspector's divisions (403 otherwise). The answer (201) gives the tracking number and the " +
        "access code to hand to the filer.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination", OperationId = "recordDiscriminationComplaint")]
    public static (CreatedAnswer<DiscriminationComplaintFiled>, IStartStream, OutgoingMessages) Post(
        RecordDiscriminationComplaint command, ClaimsPrincipal user, CaseServices<DiscriminationRules> services)
    {
        var ctx = services.ContextFor(user);
        var (received, accessCode) = DiscriminationIntake.Start(
            command.Complaint!, command.Channel!.Value, ctx.Actor, command.ReceivedAt ?? ctx.Now, services);
        var id = received.DiscriminationCaseId;
        return CaseIntake.Opened<DiscriminationCase, DiscriminationComplaintFiled>(id, received, $"/api/discrimination/{id}",
            DiscriminationIntake.Answer(id, received.TrackingNumber, accessCode, received.AcceptanceDueOn, received.Grounds, received.AcceptanceDueIsProvisional));
    }
}
