using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Suspending;

public sealed record SuspendProceedings(int Version, string? Reason);

public sealed record ResumeProceedings(int Version);

/// <summary>
/// 中止审理 (劳动人事争议仲裁办案规则): while suspended the award period does not run; on resumption the days that
/// were left carry on, so the due date moves by the days suspended (劳动争议调解仲裁法 第43条 period).
/// </summary>
public static class SuspensionDecisions
{
    public static FieldErrors Validate(SuspendProceedings command) => new FieldErrors()
        .Text("reason", command.Reason, 2000, "中止理由", "Reason");

    public static Decision Decide(ArbitrationCase state, SuspendProceedings command, ArbitrationContext ctx)
    {
        if (!state.ClockRunning) return CaseRefusals.NotAllowedIn(state.Status, "中止审理", "be suspended");
        return Decision.Emit(new ArbitrationSuspended(state.Id, command.Reason!.Trim(), ctx.Today, ctx.Actor, ctx.Now));
    }

    public static Decision Decide(ArbitrationCase state, ResumeProceedings _, ArbitrationContext ctx)
    {
        if (state.Status != ArbitrationStatus.Suspended)
            return CaseRefusals.NotAllowedIn(state.Status, "恢复审理", "be resumed");
        var days = ctx.Today.DayNumber - state.SuspendedOn!.Value.DayNumber;
        var due = AwardClock.DueOn(state, ctx.Calendar, extraSuspendedDays: days);
        return Decision.Emit(new ArbitrationResumed(state.Id, ctx.Today, days, due.DueOn, due.IsProvisional, ctx.Actor, ctx.Now));
    }
}

public static class SuspendProceedingsEndpoint
{
    public static ProblemDetails Validate(SuspendProceedings command) => SuspensionDecisions.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("中止审理 · Suspend arbitration proceedings")]
    [EndpointDescription("仲裁员中止审理并写明理由；中止期间审理期限不计算，恢复后剩余天数继续计算（劳动人事争议仲裁办案规则、" +
        "劳动争议调解仲裁法第43条）。须提交所看到的案件 version，已过期返回 409。案件不在审理中或已中止的，返回 422。\n\n" +
        "An arbitrator suspends the proceedings, giving the reason; while suspended the award period does not run, and the days left carry on " +
        "after resumption (arbitration procedure rules; Labour Dispute Mediation and Arbitration Law Art. 43). Send the case version you saw; a " +
        "stale one gets 409. 422 when the proceedings are not running or already suspended.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/suspend", OperationId = "suspendArbitrationCase")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        SuspendProceedings command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, SuspensionDecisions.Decide(@case, command, services.ContextFor(user)));
}

public static class ResumeProceedingsEndpoint
{
    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("恢复审理 · Resume suspended arbitration proceedings")]
    [EndpointDescription("仲裁员恢复已中止的审理，案件回到中止前的阶段；裁决期限按中止的天数顺延。须提交所看到的案件 version，已过期返回 409。" +
        "案件未中止的返回 422。\n\n" +
        "An arbitrator resumes suspended proceedings; the case returns to where it was, and the award is due later by the days suspended. Send the " +
        "case version you saw; a stale one gets 409. 422 unless the case is suspended.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/resume", OperationId = "resumeArbitrationCase")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        ResumeProceedings command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, SuspensionDecisions.Decide(@case, command, services.ContextFor(user)));
}
