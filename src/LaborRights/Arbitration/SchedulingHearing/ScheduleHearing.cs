using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.SchedulingHearing;

/// <param name="OnNonWorkingDay">Set to hold the hearing on a rest day or holiday, which is refused otherwise; the reason is then required and recorded.</param>
public sealed record ScheduleHearing(int Version, DateOnly? HearingOn, string? Place, bool? OnNonWorkingDay = null, string? NonWorkingDayReason = null);

public static class ScheduleHearingDecision
{
    public static FieldErrors Validate(ScheduleHearing command)
    {
        var errors = new FieldErrors()
            .Required("hearingOn", command.HearingOn, "开庭日期", "Hearing date")
            .Text("place", command.Place, 200, "开庭地点", "Hearing place");
        if (command.OnNonWorkingDay == true)
            errors.Text("nonWorkingDayReason", command.NonWorkingDayReason, 500, "休息日开庭的理由", "Reason for a hearing on a rest day");
        return errors;
    }

    /// <summary>劳动争议调解仲裁法 第35条: the parties are told the date and place in writing 5 days before the hearing.</summary>
    public static Decision Decide(ArbitrationCase state, ScheduleHearing command, ArbitrationContext ctx)
    {
        if (state.Status == ArbitrationStatus.Accepted)
            return new Refusal("panel-required", "须先组成仲裁庭，才能安排开庭。", "Form the tribunal before scheduling the hearing.");
        if (state.Status is not (ArbitrationStatus.PanelFormed or ArbitrationStatus.HearingScheduled))
            return CaseRefusals.NotAllowedIn(state.Status, "安排开庭", "have a hearing scheduled");
        var earliest = ctx.Rules.ShortPeriodsInWorkingDays
            ? ctx.Calendar.AddWorkingDays(ctx.Today, ctx.Rules.HearingNoticeDays).DueOn
            : ctx.Today.AddDays(ctx.Rules.HearingNoticeDays);
        var unit = ctx.Rules.ShortPeriodsInWorkingDays ? ("个工作日", " working days") : ("日", " days");
        if (command.HearingOn!.Value < earliest)
            return new Refusal("notice-too-short",
                $"应在开庭{ctx.Rules.HearingNoticeDays}{unit.Item1}前书面通知当事人（劳动争议调解仲裁法第35条、劳动人事争议仲裁办案规则第80条），开庭日期最早为{earliest:yyyy-MM-dd}。",
                $"The parties must be notified {ctx.Rules.HearingNoticeDays}{unit.Item2} before the hearing (Art. 35; case-handling rules Art. 80): the earliest date is {earliest:yyyy-MM-dd}.");
        if (!ctx.Calendar.IsWorkingDay(command.HearingOn.Value) && command.OnNonWorkingDay != true)
            return new Refusal("non-working-day",
                $"{command.HearingOn.Value:yyyy-MM-dd}是休息日或法定节假日。确需当日开庭的，请勾选“休息日开庭”并写明理由。",
                $"{command.HearingOn.Value:yyyy-MM-dd} is a rest day or public holiday. To hold the hearing that day anyway, set the rest-day override and give the reason.");
        var onRestDay = !ctx.Calendar.IsWorkingDay(command.HearingOn.Value);
        return Decision.Emit(new HearingScheduled(state.Id, command.HearingOn.Value, command.Place!.Trim(), ctx.Today, ctx.Actor, ctx.Now,
            onRestDay ? command.NonWorkingDayReason!.Trim() : null));
    }
}

public static class ScheduleHearingEndpoint
{
    public static ProblemDetails Validate(ScheduleHearing command) => ScheduleHearingDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("安排开庭 · Schedule the arbitration hearing")]
    [EndpointDescription("仲裁庭组成后，仲裁员安排开庭日期和地点。开庭日期至少在5个工作日之后，以便提前5日书面通知当事人（劳动争议调解仲裁法第35条；" +
        "劳动人事争议仲裁办案规则第80条：规则中的三日、五日、十日指工作日）；开庭日期为休息日或法定节假日的，须设置 onNonWorkingDay 并写明理由" +
        "（nonWorkingDayReason），理由记入案件。开庭前可以改期。须提交所看到的案件 version，已过期返回 409。尚未组成仲裁庭、通知期不足、" +
        "休息日开庭未说明或案件不在可排期状态的，返回 422。\n\n" +
        "Once the tribunal is formed, an arbitrator sets the hearing's date and place. The date must be at least 5 working days ahead so that the " +
        "parties are notified in writing 5 days before (Art. 35; case-handling rules Art. 80: their 3-, 5- and 10-day periods are working days); " +
        "a hearing on a rest day or public holiday needs onNonWorkingDay with the reason (nonWorkingDayReason), which is recorded. It may be moved " +
        "until the hearing. Send the case version you saw; a stale one gets 409. 422 when no tribunal is formed, the notice is too short, a rest " +
        "day is not overridden, or the case cannot be scheduled in its state.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/schedule-hearing", OperationId = "scheduleArbitrationHearing")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        ScheduleHearing command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, ScheduleHearingDecision.Decide(@case, command, services.ContextFor(user)));
}
