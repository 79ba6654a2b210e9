using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.SchedulingHearing;

public sealed record ScheduleHearing(int Version, DateOnly? HearingOn, string? Place);

public static class ScheduleHearingDecision
{
    public static FieldErrors Validate(ScheduleHearing command) => new FieldErrors()
        .Required("hearingOn", command.HearingOn, "开庭日期", "Hearing date")
        .Text("place", command.Place, 200, "开庭地点", "Hearing place");

    /// <summary>劳动争议调解仲裁法 第35条: the parties are told the date and place in writing 5 days before the hearing.</summary>
    public static Decision Decide(ArbitrationCase state, ScheduleHearing command, ArbitrationContext ctx)
    {
        if (state.Status == ArbitrationStatus.Accepted)
            return new Refusal("panel-required", "须先组成仲裁庭，才能安排开庭。", "Form the tribunal before scheduling the hearing.");
        if (state.Status is not (ArbitrationStatus.PanelFormed or ArbitrationStatus.HearingScheduled))
            return CaseRefusals.NotAllowedIn(state.Status, "安排开庭", "have a hearing scheduled");
        var earliest = ctx.Today.AddDays(ctx.Rules.HearingNoticeDays);
        if (command.HearingOn!.Value < earliest)
            return new Refusal("notice-too-short",
                $"应在开庭{ctx.Rules.HearingNoticeDays}日前书面通知当事人（劳动争议调解仲裁法第35条），开庭日期最早为{earliest:yyyy-MM-dd}。",
                $"The parties must be notified {ctx.Rules.HearingNoticeDays} days before the hearing (Art. 35): the earliest date is {earliest:yyyy-MM-dd}.");
        return Decision.Emit(new HearingScheduled(state.Id, command.HearingOn.Value, command.Place!.Trim(), ctx.Today, ctx.Actor, ctx.Now));
    }
}

public static class ScheduleHearingEndpoint
{
    public static ProblemDetails Validate(ScheduleHearing command) => ScheduleHearingDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [WolverinePost("/api/arbitration/{id}/schedule-hearing")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        ScheduleHearing command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, ScheduleHearingDecision.Decide(@case, command, services.ContextFor(user)));
}
