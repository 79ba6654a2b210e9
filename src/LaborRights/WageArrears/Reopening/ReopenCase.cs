using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Reopening;

/// <param name="Ground">The legal ground for investigating a closed case again.</param>
/// <param name="Basis">What it rests on: the decision or judgment (name and number), the supervisor's instruction, or the new facts or evidence.</param>
/// <remarks>
/// Ground and basis came after the first clients of v1 (issue 14): they are optional in the document so that the
/// request shape stays what v1 published, and required by validation, because the law never allowed a reopening
/// without a ground; a request without them gets 400 naming them and changes nothing (ADR 0025).
/// </remarks>
public sealed record ReopenCase(int Version, string? Reason, ReopeningGround? Ground = null, string? Basis = null);

public static class ReopenCaseDecision
{
    public static FieldErrors Validate(ReopenCase command) => new FieldErrors()
        .Required("ground", command.Ground, "重新办理的依据类别", "Ground")
        .Text("basis", command.Basis, 500, "依据（文书名称和文号，或新的事实、证据）", "Basis (the document and its number, or the new facts or evidence)")
        .Text("reason", command.Reason, 2000, "重新办理理由", "Reason");

    /// <summary>A closed case is investigated again within a new period: 60 working days from today, extendable once.</summary>
    public static Decision Decide(WageArrearsCase state, ReopenCase command, CaseContext<WageArrearsRules> ctx)
    {
        if (state.Status != CaseStatus.Closed) return CaseRefusals.NotAllowedIn(state.Status, "重新办理", "be reopened");
        var due = ctx.Calendar.AddWorkingDays(ctx.Today, ctx.Rules.InvestigationWorkingDays);
        return Decision.Emit(new CaseReopened(state.Id, command.Reason!.Trim(), ctx.Actor, ctx.Now,
            command.Ground!.Value, command.Basis!.Trim(), due.DueOn, due.IsProvisional));
    }

    public static string GroundZh(ReopeningGround ground) => ground switch
    {
        ReopeningGround.ReviewDecision => "行政复议决定",
        ReopeningGround.CourtJudgment => "人民法院裁判",
        ReopeningGround.SupervisorInstruction => "上级机关督办或批准",
        _ => "发现新的违法事实或证据",
    };
}

public static class ReopenCaseEndpoint
{
    public static ProblemDetails Validate(ReopenCase command) => ReopenCaseDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("重新办理已结案的欠薪案件 · Reopen a closed wage-arrears case")]
    [EndpointDescription("监察员重新办理已结案的欠薪案件，须写明依据类别（行政复议决定、人民法院裁判、上级机关督办或批准、发现新的违法事实或证据）、" +
        "依据（文书名称和文号，或新的事实、证据）和理由；案件回到结案前的办理状态（已责令限期支付的仍为该状态），" +
        "并自重新办理之日起重新计算60个工作日的办案期限，可再延长一次。须提交所看到的案件 version，已过期返回 409。案件未结案的返回 422。\n\n" +
        "An inspector reopens a closed wage-arrears case, giving the ground (an administrative review decision, a court judgment, a supervisor's " +
        "instruction or approval, new facts or evidence), its basis (the document and its number, or the new facts) and the reason; it returns " +
        "to where it was before closing (under an order to pay if one was made) with a new investigation period of 60 working days from the " +
        "reopening, extendable once. Send the case version you saw; a stale one gets 409. 422 unless the case is closed.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/reopen", OperationId = "reopenWageArrearsCase")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        ReopenCase command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, ReopenCaseDecision.Decide(@case, command, services.ContextFor(user)));
}
