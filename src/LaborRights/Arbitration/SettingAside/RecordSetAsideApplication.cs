using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.SettingAside;

/// <param name="Court">The intermediate people's court the employer applied to.</param>
/// <param name="AppliedOn">The day the employer applied.</param>
public sealed record RecordSetAsideApplication(int Version, string? Court, DateOnly? AppliedOn);

public static class RecordSetAsideApplicationDecision
{
    public static FieldErrors Validate(RecordSetAsideApplication command) => new FieldErrors()
        .Text("court", command.Court, 200, "受理申请的中级人民法院", "Court")
        .Required("appliedOn", command.AppliedOn, "申请日期", "Date of the application");

    /// <summary>
    /// 劳动争议调解仲裁法 第49条: only the final items can be set aside, only on the employer's application to the
    /// intermediate court; recorded once, on a day between the award and today.
    /// </summary>
    public static Decision Decide(ArbitrationCase state, RecordSetAsideApplication command, ArbitrationContext ctx)
    {
        if (state.SetAsideWindowEndsOn is null)
            return new Refusal("no-final-award", "案件没有终局裁决事项，不存在申请撤销。", "The case has no final award items that could be set aside.");
        if (state.SetAsideApplication is not null)
            return new Refusal("set-aside-already-recorded", "已登记过用人单位的撤销申请。", "The employer's application to set aside is already recorded.");
        var appliedOn = command.AppliedOn!.Value;
        var awardedOn = state.FinalItemsAwardedOn ?? state.SetAsideWindowEndsOn.Value.AddDays(-ArbitrationCase.SetAsideDays);
        if (appliedOn < awardedOn || appliedOn > ctx.Today)
            return new Refusal("applied-on-out-of-range",
                $"申请日期应在裁决作出之日（{awardedOn:yyyy-MM-dd}）和今天之间。", $"The date must lie between the award ({awardedOn:yyyy-MM-dd}) and today.");
        return Decision.Emit(new SetAsideApplicationRecorded(state.Id, command.Court!.Trim(), appliedOn, ctx.Actor, ctx.Now));
    }
}

public static class RecordSetAsideApplicationEndpoint
{
    public static ProblemDetails Validate(RecordSetAsideApplication command) => RecordSetAsideApplicationDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("登记用人单位申请撤销终局裁决 · Record the employer's application to set aside a final award")]
    [EndpointDescription("用人单位自收到终局裁决书之日起30日内可以向中级人民法院申请撤销（劳动争议调解仲裁法第49条）。仲裁员登记受理的法院和申请日期；" +
        "案件详情显示撤销申请期限（自裁决作出之日起算，送达日期登记后以送达日期为准）和申请情况。须提交所看到的案件 version（已过期返回 409）。" +
        "没有终局裁决事项、已登记过或日期不在裁决之日至今天之间的，返回 422。\n\n" +
        "The employer may apply to the intermediate court to set aside a final award within 30 days of receiving it (Labour Dispute Mediation " +
        "and Arbitration Law Art. 49). An arbitrator records the court and the date; the case shows the window (counted from the award until " +
        "service is recorded) and the application. Send the case version you saw (409 when stale). 422 when no item is final, an application " +
        "is already recorded, or the date is not between the award and today.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/record-set-aside-application", OperationId = "recordArbitrationSetAsideApplication")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        RecordSetAsideApplication command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, RecordSetAsideApplicationDecision.Decide(@case, command, services.ContextFor(user)));
}
