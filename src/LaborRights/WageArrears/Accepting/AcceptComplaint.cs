using System.Security.Claims;
using LaborRights.Security;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Accepting;

/// <param name="Version">The case version the inspector saw.</param>
public sealed record AcceptComplaint(int Version);

public static class AcceptComplaintDecision
{
    /// <summary>
    /// 劳动保障监察条例 第15条, 第20条: accept (立案 the same day) only a complaint about a violation of the last
    /// 2 years; an older one must be rejected in writing instead.
    /// </summary>
    public static Decision Decide(WageArrearsCase state, string caseNumber, CaseContext<WageArrearsRules> ctx)
    {
        if (!state.AwaitsDecision)
            return CaseRefusals.NotAllowedIn(state.Status, "受理", "be accepted");

        var lastViolationDay = state.Employment.To ?? state.ReceivedOn;
        if (lastViolationDay.AddYears(ctx.Rules.LimitationYears) < state.ReceivedOn)
            return new Refusal("time-barred",
                $"违法行为已超过{ctx.Rules.LimitationYears}年（劳动保障监察条例第20条），应作出不予受理决定。",
                $"The violation is older than {ctx.Rules.LimitationYears} years (Labour Security Supervision Regulations Art. 20): reject the complaint instead.");

        var filedOn = ctx.Today;
        var due = ctx.Calendar.AddWorkingDays(filedOn, ctx.Rules.InvestigationWorkingDays);
        return Decision.Emit(new ComplaintAccepted(state.Id, caseNumber, filedOn, due.DueOn, due.IsProvisional, ctx.Actor, ctx.Now));
    }
}

public static class AcceptComplaintEndpoint
{
    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [WolverinePost("/api/wage-arrears/{id}/accept")]
    public static async Task<(CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages)> Post(
        AcceptComplaint command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services,
        CaseNumbers numbers, CancellationToken ct)
    {
        var ctx = services.ContextFor(user);
        // Decide once without a number so that a refused acceptance does not use one up.
        var decision = AcceptComplaintDecision.Decide(@case, "", ctx);
        if (!decision.IsRefused)
            decision = AcceptComplaintDecision.Decide(@case, await numbers.NextAsync(@case.CountyCode, ctx.Today.Year, ct), ctx);
        return CaseCommandAnswer.From(@case, decision);
    }
}
