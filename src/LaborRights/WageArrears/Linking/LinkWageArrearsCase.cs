using Wolverine;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Linking;

/// <summary>Links a wage-arrears case to a case of another kind (联动). Delivered twice, it links once.</summary>
public sealed record LinkWageArrearsCase(Guid WageArrearsCaseId, CaseReference Other, LinkRelation Relation);

public static class LinkWageArrearsCaseDecision
{
    public static Decision Decide(WageArrearsCase state, LinkWageArrearsCase command, string actor, DateTimeOffset now) =>
        CaseLinking.Link(new CaseReference(CaseKind.WageArrears, state.Id), state.Links, command.Other, command.Relation,
            recorded => new WageArrearsCaseLinked(state.Id, command.Other, recorded, actor, now));
}

public static class LinkWageArrearsCaseHandler
{
    public static Events Handle(LinkWageArrearsCase command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, TimeProvider clock)
    {
        var events = new Events();
        events.AddRange(LinkWageArrearsCaseDecision.Decide(@case, command, CaseEventMetadata.Linkage, clock.GetUtcNow()).Events);
        return events;
    }
}
