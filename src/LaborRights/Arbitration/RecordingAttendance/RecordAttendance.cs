using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.RecordingAttendance;

public sealed record RecordAttendance(int Version, bool? ApplicantAppeared, bool? RespondentAppeared);

public static class RecordAttendanceDecision
{
    public static FieldErrors Validate(RecordAttendance command) => new FieldErrors()
        .Required("applicantAppeared", command.ApplicantAppeared, "申请人是否到庭", "Applicant appeared")
        .Required("respondentAppeared", command.RespondentAppeared, "被申请人是否到庭", "Respondent appeared");

    /// <summary>
    /// 劳动争议调解仲裁法 第36条: an applicant who does not appear (without good reason) is deemed to have withdrawn;
    /// a respondent who does not appear may be awarded against by default.
    /// </summary>
    public static Decision Decide(ArbitrationCase state, RecordAttendance command, ArbitrationContext ctx)
    {
        if (state.Status != ArbitrationStatus.HearingScheduled)
            return CaseRefusals.NotAllowedIn(state.Status, "记录开庭到庭情况", "record attendance at a hearing");
        var hearingOn = state.HearingOn!.Value;
        if (ctx.Today < hearingOn)
            return new Refusal("hearing-not-yet-held",
                $"开庭日期为{hearingOn:yyyy-MM-dd}，尚未开庭。", $"The hearing is on {hearingOn:yyyy-MM-dd}; it has not taken place yet.");
        var recorded = new HearingAttendanceRecorded(
            state.Id, hearingOn, command.ApplicantAppeared!.Value, command.RespondentAppeared!.Value, ctx.Actor, ctx.Now);
        if (!recorded.ApplicantAppeared)
            return Decision.Emit(recorded, new ArbitrationDeemedWithdrawn(
                state.Id, "申请人经书面通知无正当理由拒不到庭 / The applicant did not appear after written notice", ctx.Actor, ctx.Now));
        return Decision.Emit(recorded);
    }
}

public static class RecordAttendanceEndpoint
{
    public static ProblemDetails Validate(RecordAttendance command) => RecordAttendanceDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("记录开庭到庭情况 · Record who appeared at the hearing")]
    [EndpointDescription("开庭当日或之后，仲裁员记录申请人和被申请人是否到庭，案件转为已开庭审理。申请人未到庭的（经书面通知无正当理由拒不到庭），" +
        "按撤回申请处理，案件结束；被申请人未到庭的，不能调解，可以缺席裁决（劳动争议调解仲裁法第36条）。须提交所看到的案件 version，" +
        "已过期返回 409。案件未排期开庭或开庭日期未到的，返回 422。\n\n" +
        "On or after the hearing day, an arbitrator records whether the applicant and the respondent appeared; the case is then heard. An " +
        "applicant who did not appear (after written notice, without good reason) is deemed to have withdrawn and the case ends; without the " +
        "respondent there is no mediation and a default award may be made (Labour Dispute Mediation and Arbitration Law Art. 36). Send the case " +
        "version you saw; a stale one gets 409. 422 when no hearing is scheduled or its date has not come.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/record-attendance", OperationId = "recordArbitrationAttendance")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        RecordAttendance command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, RecordAttendanceDecision.Decide(@case, command, services.ContextFor(user)));
}
