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
        return errors.OrContinue().WithinDivisions(user, regions, command.Application?.CountyCode);
    }

    [Staff(StaffRoles.Arbitrator)]
    [WolverinePost("/api/arbitration")]
    public static (CreatedAnswer<ArbitrationApplicationFiled>, IStartStream, OutgoingMessages) Post(RegisterApplication command, ClaimsPrincipal user, ArbitrationServices services)
    {
        var ctx = services.ContextFor(user);
        var (applied, accessCode) = ArbitrationIntake.Start(
            command.Application!, command.Channel!.Value, ctx.Actor, command.ReceivedAt ?? ctx.Now, services);
        var id = applied.ArbitrationCaseId;
        return CaseIntake.Opened<ArbitrationCase, ArbitrationApplicationFiled>(id, applied, $"/api/arbitration/{id}",
            ArbitrationIntake.Answer(id, applied.TrackingNumber, accessCode, applied.AcceptanceDueOn));
    }
}
