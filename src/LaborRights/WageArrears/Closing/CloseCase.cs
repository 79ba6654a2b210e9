using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Closing;

public sealed record CloseCase(int Version, ClosureOutcome? Outcome, string? Summary);

public static class CloseCaseDecision
{
    public static FieldErrors Validate(CloseCase command) => new FieldErrors()
        .Required("outcome", command.Outcome, "结案结果", "Outcome")
        .Text("summary", command.Summary, 4000, "结案说明", "Summary");

    public static Decision Decide(WageArrearsCase state, CloseCase command, CaseContext<WageArrearsRules> ctx)
    {
        if (!state.IsOpen) return CaseRefusals.NotAllowedIn(state.Status, "结案", "be closed");
        var outcome = command.Outcome!.Value;
        Refusal? mismatch = outcome switch
        {
            ClosureOutcome.FullyRecovered when state.Recovered == 0 || state.Outstanding > 0 => new Refusal("outcome-mismatch",
                $"尚欠{state.Outstanding:0.00}元，不能以“全部追回”结案。", $"{state.Outstanding:0.00} yuan is still owed; the case is not fully recovered."),
            ClosureOutcome.PartlyRecovered when state.Recovered == 0 || state.Outstanding == 0 => new Refusal("outcome-mismatch",
                "“部分追回”须已追回部分且仍有欠款。", "'Partly recovered' needs some recovery and something still owed."),
            ClosureOutcome.Transferred when !state.TransferredToPolice => new Refusal("outcome-mismatch",
                "案件未移送，不能以“移送”结案。", "The case was not transferred."),
            ClosureOutcome.NoViolationFound when state.Recovered > 0 || state.PayBy is not null => new Refusal("outcome-mismatch",
                "已责令支付或已追回工资的案件不能以“未发现违法”结案。", "A case with an order to pay or a recovery cannot close as 'no violation found'."),
            _ => null,
        };
        return mismatch ?? Decision.Emit(new CaseClosed(state.Id, outcome, command.Summary!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class CloseCaseEndpoint
{
    public static ProblemDetails Validate(CloseCase command) => CloseCaseDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("欠薪案件结案 · Close a wage-arrears case")]
    [EndpointDescription("监察员选择结案结果（全部追回、部分追回、撤回、移送或未发现违法）并写明结案说明，结果须与案件记录相符。" +
        "须提交所看到的案件 version，已过期返回 409。结果与记录不符（例如仍有欠款却选“全部追回”）或案件不在办理中的，返回 422。\n\n" +
        "An inspector closes a case with an outcome (fully recovered, partly recovered, withdrawn, transferred or no violation found) and a " +
        "summary; the outcome must agree with the record. Send the case version you saw; a stale one gets 409. 422 when it does not (e.g. 'fully " +
        "recovered' while money is still owed) or the case is not open.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/close", OperationId = "closeWageArrearsCase")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        CloseCase command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, CloseCaseDecision.Decide(@case, command, services.ContextFor(user)));
}
