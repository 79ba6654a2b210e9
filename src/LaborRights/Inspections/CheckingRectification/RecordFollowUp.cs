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
    [EndpointSummary("复查改正情况 · Record the follow-up check of a rectification")]
    [EndpointDescription("监察员登记对责令改正的复查：复查日期（不能晚于今天）、是否已改正和复查情况，案件回到立案调查中。已改正的随时可以登记；" +
        "认定逾期未改正的，复查日期须晚于改正期限。须已指派至少2名监察员，并提交所看到的案件 version（已过期返回 409）。没有待复查的责令改正、" +
        "期限未过却认定未改正或案件已结束的，返回 422。\n\n" +
        "An inspector records the follow-up check of a rectification order: the date checked (not in the future), whether the employer rectified, " +
        "and notes; the case is then under investigation again. 'Rectified' may be recorded at any time, 'not rectified' only with a check after " +
        "the rectify-by date. At least two inspectors must be assigned; send the case version you saw (409 when stale). 422 when no order awaits a " +
        "check, 'not rectified' comes before the date, or the case has ended.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/record-follow-up", OperationId = "recordInspectionFollowUp")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        RecordFollowUp command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, RecordFollowUpDecision.Decide(@case, command, services.ContextFor(user)));
}
