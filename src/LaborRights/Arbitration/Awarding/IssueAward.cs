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
        return Decision.Emit(new PartialAwardIssued(state.Id, items, wage!, state.RespondentAbsent, ctx.Actor, ctx.Now, AwardDocument.Split(items)));
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
        // 劳动人事争议仲裁办案规则 第50条: final and non-final items are issued as separate written awards.
        return Decision.Emit(new ArbitrationAwardIssued(state.Id, items, wage!, state.RespondentAbsent, ctx.Actor, ctx.Now, AwardDocument.Split(items)));
    }
}

public static class IssuePartialAwardEndpoint
{
    public static ProblemDetails Validate(IssuePartialAward command) => AwardDecisions.Validate(command.Items).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("先行裁决 · Issue a partial arbitration award")]
    [EndpointDescription("开庭后，仲裁庭可以就事实已经清楚的部分仲裁请求先行裁决（劳动争议调解仲裁法第43条），每项写明裁决金额（驳回金钱请求写0）" +
        "和理由；系统按申请当日所在县的最低工资标准逐项判断是否为终局裁决（第47条）。须已调解不成（被申请人缺席的除外），" +
        "并至少留一项请求待最后裁决；须提交所看到的案件 version（已过期返回 409）。未开庭、未调解、请求序号不存在或已裁决、" +
        "裁决金额超过请求金额或未留下请求的，返回 422。\n\n" +
        "After the hearing, the tribunal may decide the claims whose facts are clear first (Labour Dispute Mediation and Arbitration Law Art. 43), " +
        "stating for each the amount granted (0 dismisses a money claim) and the ruling; each item's finality is decided by the county's minimum " +
        "wage on the day of the application (Art. 47). Mediation must have failed (unless the respondent stayed away) and at least one claim must " +
        "remain for the award; send the case version you saw (409 when stale). 422 before the hearing or mediation, for an unknown or already " +
        "decided claim, an amount above the claim, or when no claim would remain.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/issue-partial-award", OperationId = "issuePartialArbitrationAward")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        IssuePartialAward command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, IssueAwardDecision.Decide(@case, command, services.ContextFor(user)));
}

public static class IssueAwardEndpoint
{
    public static ProblemDetails Validate(IssueAward command) => AwardDecisions.Validate(command.Items).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("作出仲裁裁决 · Issue the arbitration award")]
    [EndpointDescription("开庭后，仲裁庭对全部尚未裁决的仲裁请求作出裁决，案件结束（劳动争议调解仲裁法第43条）；每项写明裁决金额（驳回金钱请求写0）" +
        "和理由，系统按申请当日所在县的最低工资标准逐项判断是否为终局裁决（第47条）。裁决前须已调解不成，被申请人缺席的除外（第42条、第36条）；" +
        "须提交所看到的案件 version（已过期返回 409）。未开庭、未调解、缺少某项请求、请求序号不存在或已先行裁决、裁决金额超过请求金额的，返回 422。\n\n" +
        "After the hearing, the tribunal decides every claim not yet decided and the case ends (Labour Dispute Mediation and Arbitration Law Art. " +
        "43), stating for each the amount granted (0 dismisses a money claim) and the ruling; each item's finality is decided by the county's " +
        "minimum wage on the day of the application (Art. 47). Mediation must have failed first, unless the respondent stayed away (Arts. 42 and " +
        "36); send the case version you saw (409 when stale). 422 before the hearing or mediation, when a claim is missing, unknown or already " +
        "decided, or an amount exceeds the claim.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/issue-award", OperationId = "issueArbitrationAward")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        IssueAward command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, IssueAwardDecision.Decide(@case, command, services.ContextFor(user)));
}
