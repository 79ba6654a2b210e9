using Wolverine.Marten;

namespace LaborRights.Inspections.Linking;

/// <summary>Internal message from linkage: record that this inspection case is related to another case.</summary>
public sealed record LinkInspectionCase(Guid InspectionCaseId, CaseReference Other, LinkRelation Relation);

public static class LinkInspectionCaseDecision
{
    /// <summary>Links are allowed in every status: a closed case still relates to others.</summary>
    public static Decision Link(InspectionCase state, CaseReference other, LinkRelation relation, CaseContext<InspectionRules> ctx) =>
        CaseLinking.Link(new CaseReference(CaseKind.Inspection, state.Id), state.Links, other, relation,
            recorded => new InspectionCaseLinked(state.Id, other, recorded, ctx.Actor, ctx.Now));
}

public static class LinkInspectionCaseHandler
{
    /// <summary>Idempotent: a link that exists appends nothing. A refused link is a bug upstream: it goes to the dead-letter queue.</summary>
    public static Events Handle(LinkInspectionCase message, [WriteAggregate] InspectionCase @case, CaseServices<InspectionRules> services)
    {
        var decision = LinkInspectionCaseDecision.Link(@case, message.Other, message.Relation, services.ContextFor(CaseEventMetadata.Linkage));
        if (decision.Refusal is { } refusal) throw new InvalidOperationException($"LinkInspectionCase refused: {refusal.English}");
        var events = new Events();
        events.AddRange(decision.Events);
        return events;
    }
}
