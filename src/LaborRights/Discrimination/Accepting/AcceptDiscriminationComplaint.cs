using System.Security.Claims;
using LaborRights.Security;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Accepting;

/// <param name="Version">The case version the inspector saw.</param>
public sealed record AcceptDiscriminationComplaint(int Version);

public static class AcceptDiscriminationComplaintDecision
{
    /// <summary>
    /// 妇女权益保障法 第49条 and 鲁政发〔2024〕14号 (十九) bring discrimination into labour inspection, so its acceptance
    /// rules apply: 劳动保障监察条例 第15条 (filed the same day) and 第20条 (nothing older than 2 years).
    /// </summary>
    public static Decision Decide(DiscriminationCase state, CaseContext<DiscriminationRules> ctx)
    {
        if (!state.AwaitsDecision)
            return CaseRefusals.NotAllowedIn(state.Status, "受理", "be accepted");
        if (state.OccurredOn.AddYears(ctx.Rules.LimitationYears) < state.ReceivedOn)
            return new Refusal("time-barred",
                $"违法行为已超过{ctx.Rules.LimitationYears}年（劳动保障监察条例第20条），应作出不予受理决定。",
                $"The violation is older than {ctx.Rules.LimitationYears} years (Labour Security Supervision Regulations Art. 20): reject it instead.");

        var filedOn = ctx.Today;
        var due = ctx.Calendar.AddWorkingDays(filedOn, ctx.Rules.InvestigationWorkingDays);
        // Acceptance opens an inspection of the employer (联动, docs/adr/0007); its id is known now, so the link
        // is part of this decision rather than a later event that would change the version under the inspector.
        var inspection = new CaseReference(CaseKind.Inspection,
            LaborRights.Inspections.Linking.InspectionCaseIds.ForSource(new CaseReference(CaseKind.Discrimination, state.Id)));
        return Decision.Emit(
            new DiscriminationComplaintAccepted(
                state.Id, state.Employer, state.CountyCode, state.ParkCode, state.Grounds, state.Stage,
                filedOn, due.DueOn, due.IsProvisional, ctx.Actor, ctx.Now),
            new DiscriminationCaseLinked(state.Id, inspection, LinkRelations.Name(LinkRelation.Opened), ctx.Actor, ctx.Now));
    }
}

public static class AcceptDiscriminationComplaintEndpoint
{
    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [WolverinePost("/api/discrimination/{id}/accept")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        AcceptDiscriminationComplaint command, [WriteAggregate] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, AcceptDiscriminationComplaintDecision.Decide(@case, services.ContextFor(user)));
}
