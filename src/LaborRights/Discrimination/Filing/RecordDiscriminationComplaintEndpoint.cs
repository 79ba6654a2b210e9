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
        return errors.OrContinue().WithinDivisions(user, regions, command.Complaint?.CountyCode);
    }

    [Staff(StaffRoles.Inspector)]
    [WolverinePost("/api/discrimination")]
    public static (CreatedAnswer<DiscriminationComplaintFiled>, IStartStream, OutgoingMessages) Post(
        RecordDiscriminationComplaint command, ClaimsPrincipal user, CaseServices<DiscriminationRules> services)
    {
        var ctx = services.ContextFor(user);
        var (received, accessCode) = DiscriminationIntake.Start(
            command.Complaint!, command.Channel!.Value, ctx.Actor, command.ReceivedAt ?? ctx.Now, services);
        var id = received.DiscriminationCaseId;
        return CaseIntake.Opened<DiscriminationCase, DiscriminationComplaintFiled>(id, received, $"/api/discrimination/{id}",
            DiscriminationIntake.Answer(id, received.TrackingNumber, accessCode, received.AcceptanceDueOn, received.Grounds));
    }
}
