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
    [EndpointSummary("安排开庭 · Schedule the arbitration hearing")]
    [EndpointDescription("仲裁庭组成后，仲裁员安排开庭日期和地点，开庭日期至少在5日之后，以便提前5日书面通知当事人（劳动争议调解仲裁法第35条）；" +
        "开庭前可以改期。须提交所看到的案件 version，已过期返回 409。尚未组成仲裁庭、开庭日期不足5日或案件不在可排期状态的，返回 422。\n\n" +
        "Once the tribunal is formed, an arbitrator sets the hearing's date and place; the date must be at least 5 days ahead so that the parties " +
        "are notified in writing 5 days before (Labour Dispute Mediation and Arbitration Law Art. 35), and it may be moved until the hearing. Send " +
        "the case version you saw; a stale one gets 409. 422 when no tribunal is formed, the notice is shorter than 5 days, or the case cannot be " +
        "scheduled in its state.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/schedule-hearing", OperationId = "scheduleArbitrationHearing")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        ScheduleHearing command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, ScheduleHearingDecision.Decide(@case, command, services.ContextFor(user)));
}
