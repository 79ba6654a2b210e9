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
        return errors.OrContinue().WithinDivisions(user, regions, command.Complaint?.CountyCode);
    }

    [Staff(StaffRoles.Inspector)]
    [WolverinePost("/api/wage-arrears")]
    public static (CreatedAnswer<ComplaintFiled>, IStartStream, OutgoingMessages) Post(RecordComplaint command, ClaimsPrincipal user, CaseServices<WageArrearsRules> services)
    {
        var ctx = services.ContextFor(user);
        var (received, accessCode) = ComplaintIntake.Start(
            command.Complaint!, command.Channel!.Value, ctx.Actor, command.ReceivedAt ?? ctx.Now, services);
        var id = received.WageArrearsCaseId;
        return CaseIntake.Opened<WageArrearsCase, ComplaintFiled>(id, received, $"/api/wage-arrears/{id}",
            ComplaintIntake.Answer(id, received.TrackingNumber, accessCode, received.AcceptanceDueOn));
    }
}
