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
    [WolverinePost("/api/arbitration/{id}/suspend")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        SuspendProceedings command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, SuspensionDecisions.Decide(@case, command, services.ContextFor(user)));
}

public static class ResumeProceedingsEndpoint
{
    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [WolverinePost("/api/arbitration/{id}/resume")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        ResumeProceedings command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, SuspensionDecisions.Decide(@case, command, services.ContextFor(user)));
}
