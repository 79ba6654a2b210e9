using System.Security.Claims;
using LaborRights.Security;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Accepting;

/// <param name="Version">The case version the clerk saw.</param>
public sealed record AcceptApplication(int Version);

public static class AcceptApplicationDecision
{
    /// <summary>劳动争议调解仲裁法 第29条, 第43条: accepted today; the award is due 45 days later.</summary>
    public static Decision Decide(ArbitrationCase state, string caseNumber, ArbitrationContext ctx)
    {
        if (!state.AwaitsAcceptance)
            return CaseRefusals.NotAllowedIn(state.Status, "受理", "be accepted");
        var acceptedOn = ctx.Today;
        var due = AwardClock.DueOn(acceptedOn, ctx.Rules.AwardDays, 0, ctx.Calendar);
        return Decision.Emit(new ArbitrationApplicationAccepted(
            state.Id, caseNumber, acceptedOn, ctx.Rules.AwardDays, due.DueOn, due.IsProvisional, ctx.Actor, ctx.Now));
    }

    /// <summary>
    /// Decided once without a number so that a refused acceptance does not use one up, then with the county's next
    /// case number. What the API and the workbench's case page both run.
    /// </summary>
    public static async Task<Decision> DecideAsync(ArbitrationCase state, ArbitrationContext ctx, ArbitrationCaseNumbers numbers, CancellationToken ct)
    {
        var decision = Decide(state, "", ctx);
        return decision.IsRefused ? decision : Decide(state, await numbers.NextAsync(state.CountyCode, ctx.Today.Year, ct), ctx);
    }
}

public static class AcceptApplicationEndpoint
{
    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("受理仲裁申请 · Accept an arbitration application")]
    [EndpointDescription("仲裁员对待受理审查的申请作出受理决定：当日受理并编立案号，仲裁庭应在受理后45日内作出裁决（劳动争议调解仲裁法第29条、" +
        "第43条；最后一日为休息日的顺延至下一个工作日）。须提交所看到的案件 version，已过期返回 409。申请不在待受理审查状态的返回 422。\n\n" +
        "An arbitrator accepts an application awaiting the acceptance decision: it is accepted that day with a case number, and the award is due " +
        "45 days later (Labour Dispute Mediation and Arbitration Law Arts. 29 and 43; a last day on a rest day moves to the next working day). " +
        "Send the case version you saw; a stale one gets 409. 422 unless the application awaits the acceptance decision.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/accept", OperationId = "acceptArbitrationApplication")]
    public static async Task<(CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages)> Post(
        AcceptApplication command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services,
        ArbitrationCaseNumbers numbers, CancellationToken ct)
    {
        return CaseCommandAnswer.From(@case, await AcceptApplicationDecision.DecideAsync(@case, services.ContextFor(user), numbers, ct));
    }
}
