using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Inspections.HearingEmployer;

/// <param name="Statement">What the employer stated and argued (陈述、申辩), as recorded.</param>
public sealed record HearEmployer(int Version, DateOnly? HeardOn, string? Statement);

public static class HearEmployerDecision
{
    public static FieldErrors Validate(HearEmployer command, DateOnly today)
    {
        var errors = new FieldErrors()
            .Required("heardOn", command.HeardOn, "听取陈述申辩日期", "Hearing date")
            .Text("statement", command.Statement, 4000, "陈述申辩内容", "Statement");
        if (command.HeardOn > today) errors.Add("heardOn", "日期不能晚于今天", "The date cannot be in the future");
        return errors;
    }

    /// <summary>
    /// 行政处罚法 第44条、第45条: before a penalty the party is told the facts found and may state and defend its case.
    /// There is nothing to answer before a violation is found; a later hearing (on new findings) is recorded again.
    /// </summary>
    public static Decision Decide(InspectionCase state, HearEmployer command, CaseContext<InspectionRules> ctx)
    {
        if (CaseRefusals.RequireTwoInspectors(state.IsOpen, state.Status, state.Inspectors.Count, "听取陈述申辩", "hear the employer") is { } refusal) return refusal;
        if (state.ViolationsFound == 0)
            return new Refusal("no-violation-found",
                "尚未认定违法事实，无需听取陈述申辩。", "No violation has been found yet; there is nothing for the employer to answer.");
        if (command.HeardOn < state.FiledOn)
            return new Refusal("date-before-filing",
                $"日期早于立案日期（{state.FiledOn:yyyy-MM-dd}）。", $"The date is before the case was filed ({state.FiledOn:yyyy-MM-dd}).");
        return Decision.Emit(new EmployerHeard(state.Id, command.HeardOn!.Value, command.Statement!.Trim(), state.ViolationsFound, ctx.Actor, ctx.Now));
    }
}

public static class HearEmployerEndpoint
{
    public static ProblemDetails Validate(HearEmployer command, CaseServices<InspectionRules> services) =>
        HearEmployerDecision.Validate(command, ShanghaiTime.Today(services.Clock)).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector)]
    [EndpointSummary("听取用人单位陈述申辩 · Record the employer's statement and defence")]
    [EndpointDescription("作出行政处罚前，监察员告知用人单位认定的违法事实，并记录其陈述和申辩的日期（不能晚于今天）和内容（行政处罚法第44条、" +
        "第45条）；之后又认定新的违法事实的，须再次听取。须已指派至少2名监察员，并提交所看到的案件 version（已过期返回 409）。尚未认定违法事实、" +
        "日期早于立案日期或案件已结束的，返回 422。\n\n" +
        "Before a penalty, an inspector tells the employer the violations found and records the date (not in the future) and content of its " +
        "statement and defence (Administrative Penalty Law Arts. 44 and 45); violations found later need a new hearing. At least two inspectors " +
        "must be assigned; send the case version you saw (409 when stale). 422 when no violation has been found, the date predates the filing, or " +
        "the case has ended.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/hear-employer", OperationId = "recordInspectionEmployerStatement")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        HearEmployer command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, HearEmployerDecision.Decide(@case, command, services.ContextFor(user)));
}
