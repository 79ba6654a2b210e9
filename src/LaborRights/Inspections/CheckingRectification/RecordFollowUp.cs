using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Inspections.CheckingRectification;

public sealed record RecordFollowUp(int Version, DateOnly? CheckedOn, bool? Rectified, string? Notes);

public static class RecordFollowUpDecision
{
    public static FieldErrors Validate(RecordFollowUp command, DateOnly today)
    {
        var errors = new FieldErrors()
            .Required("checkedOn", command.CheckedOn, "复查日期", "Check date")
            .Required("rectified", command.Rectified, "是否已改正", "Rectified")
            .Text("notes", command.Notes, 4000, "复查情况", "Notes");
        if (command.CheckedOn > today) errors.Add("checkedOn", "复查日期不能晚于今天", "The check date cannot be in the future");
        return errors;
    }

    /// <summary>
    /// The employer has until the end of the rectify-by day: "not rectified" can only be found after it, while a
    /// correction made early can be confirmed at any time.
    /// </summary>
    public static Decision Decide(InspectionCase state, RecordFollowUp command, CaseContext<InspectionRules> ctx)
    {
        if (CaseRefusals.RequireTwoInspectors(state.IsOpen, state.Status, state.Inspectors.Count, "复查", "record a follow-up check") is { } refusal) return refusal;
        if (state.RectifyBy is not { } rectifyBy)
            return new Refusal("no-rectification-order", "没有待复查的责令改正。", "There is no rectification order to follow up.");
        var checkedOn = command.CheckedOn!.Value;
        if (command.Rectified == false && checkedOn <= rectifyBy)
            return new Refusal("rectification-deadline-not-passed",
                $"改正期限（{rectifyBy:yyyy-MM-dd}）尚未届满，不能认定逾期未改正。",
                $"The rectify-by date ({rectifyBy:yyyy-MM-dd}) has not passed; the employer cannot yet be found not to have rectified.");
        return Decision.Emit(new RectificationChecked(state.Id, rectifyBy, checkedOn, command.Rectified!.Value, command.Notes!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class RecordFollowUpEndpoint
{
    public static ProblemDetails Validate(RecordFollowUp command, CaseServices<InspectionRules> services) =>
        RecordFollowUpDecision.Validate(command, ShanghaiTime.Today(services.Clock)).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector)]
    [WolverinePost("/api/inspections/{id}/record-follow-up")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        RecordFollowUp command, [WriteAggregate] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, RecordFollowUpDecision.Decide(@case, command, services.ContextFor(user)));
}
