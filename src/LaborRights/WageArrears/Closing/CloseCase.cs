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
    [WolverinePost("/api/wage-arrears/{id}/close")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        CloseCase command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, CloseCaseDecision.Decide(@case, command, services.ContextFor(user)));
}
