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
}

public static class AcceptApplicationEndpoint
{
    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [WolverinePost("/api/arbitration/{id}/accept")]
    public static async Task<(CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages)> Post(
        AcceptApplication command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services,
        ArbitrationCaseNumbers numbers, CancellationToken ct)
    {
        var ctx = services.ContextFor(user);
        // Decide once without a number so that a refused acceptance does not use one up.
        var decision = AcceptApplicationDecision.Decide(@case, "", ctx);
        if (!decision.IsRefused)
            decision = AcceptApplicationDecision.Decide(@case, await numbers.NextAsync(@case.CountyCode, ctx.Today.Year, ct), ctx);
        return CaseCommandAnswer.From(@case, decision);
    }
}
