using Wolverine;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Linking;

/// <summary>Links a wage-arrears case to a case of another kind (联动). Delivered twice, it links once.</summary>
public sealed record LinkWageArrearsCase(Guid WageArrearsCaseId, CaseReference Other, string Relation);

public static class LinkWageArrearsCaseDecision
{
    public static Decision Decide(WageArrearsCase state, LinkWageArrearsCase command, string actor, DateTimeOffset now) =>
        state.Links.Any(l => l.Other == command.Other && l.Relation == command.Relation)
            ? Decision.Nothing
            : Decision.Emit(new WageArrearsCaseLinked(state.Id, command.Other, command.Relation, actor, now));
}

public static class LinkWageArrearsCaseHandler
{
    public static Events Handle(LinkWageArrearsCase command, [WriteAggregate] WageArrearsCase @case, TimeProvider clock)
    {
        var events = new Events();
        events.AddRange(LinkWageArrearsCaseDecision.Decide(@case, command, "linkage", clock.GetUtcNow()).Events);
        return events;
    }
}
