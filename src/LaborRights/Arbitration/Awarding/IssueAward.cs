using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Awarding;

public sealed record IssuePartialAward(int Version, IReadOnlyList<AwardItemForm>? Items);

public sealed record IssueAward(int Version, IReadOnlyList<AwardItemForm>? Items);

public static class IssueAwardDecision
{
    /// <summary>劳动争议调解仲裁法 第43条: 先行裁决 on the items whose facts are clear; at least one item stays for the award.</summary>
    public static Decision Decide(ArbitrationCase state, IssuePartialAward command, ArbitrationContext ctx)
    {
        var (items, wage, refusal) = AwardDecisions.Build(state, command.Items!, ctx, "先行裁决", "have a partial award");
        if (refusal is not null) return refusal;
        if (items.Count >= state.UndecidedClaims.Count())
            return new Refusal("partial-award-must-leave-claims",
                "先行裁决只能就部分请求作出；对全部剩余请求应作出裁决。", "A partial award decides only some claims: issue the award for all remaining ones.");
        return Decision.Emit(new PartialAwardIssued(state.Id, items, wage!, state.RespondentAbsent, ctx.Actor, ctx.Now));
    }

    /// <summary>The award decides every claim not yet decided, and ends the case.</summary>
    public static Decision Decide(ArbitrationCase state, IssueAward command, ArbitrationContext ctx)
    {
        var (items, wage, refusal) = AwardDecisions.Build(state, command.Items!, ctx, "作出裁决", "be awarded");
        if (refusal is not null) return refusal;
        var missing = state.UndecidedClaims.Select(c => c.Number).Except(items.Select(i => i.ClaimNumber)).ToList();
        if (missing.Count > 0)
            return new Refusal("award-must-decide-every-claim",
                $"裁决须对全部仲裁请求作出，尚缺第{string.Join("、", missing)}项。",
                $"The award must decide every claim; missing item(s) {string.Join(", ", missing)}.");
        return Decision.Emit(new ArbitrationAwardIssued(state.Id, items, wage!, state.RespondentAbsent, ctx.Actor, ctx.Now));
    }
}

public static class IssuePartialAwardEndpoint
{
    public static ProblemDetails Validate(IssuePartialAward command) => AwardDecisions.Validate(command.Items).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [WolverinePost("/api/arbitration/{id}/issue-partial-award")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        IssuePartialAward command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, IssueAwardDecision.Decide(@case, command, services.ContextFor(user)));
}

public static class IssueAwardEndpoint
{
    public static ProblemDetails Validate(IssueAward command) => AwardDecisions.Validate(command.Items).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [WolverinePost("/api/arbitration/{id}/issue-award")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        IssueAward command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, IssueAwardDecision.Decide(@case, command, services.ContextFor(user)));
}
