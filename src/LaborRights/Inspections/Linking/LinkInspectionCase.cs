using Wolverine.Marten;

namespace LaborRights.Inspections.Linking;

/// <summary>Internal message from linkage: record that this inspection case is related to another case.</summary>
/// <param name="Relation">How they relate, e.g. "opened-from", "wage-arrears-found".</param>
public sealed record LinkInspectionCase(Guid InspectionCaseId, CaseReference Other, string Relation);

public static class LinkInspectionCaseDecision
{
    /// <summary>Links are allowed in every status (a closed case still relates to others); the same link twice is nothing.</summary>
    public static Decision Link(InspectionCase state, CaseReference other, string relation, CaseContext<InspectionRules> ctx)
    {
        if (string.IsNullOrWhiteSpace(relation))
            return new Refusal("relation-required", "须说明关联关系。", "The relation between the cases is required.");
        if (other.Kind == CaseKind.Inspection && other.Id == state.Id)
            return new Refusal("self-link", "案件不能与自身关联。", "A case cannot be linked to itself.");
        var normalized = relation.Trim();
        if (state.Links.Any(l => l.Other == other && l.Relation == normalized)) return Decision.Nothing;
        return Decision.Emit(new InspectionCaseLinked(state.Id, other, normalized, ctx.Actor, ctx.Now));
    }
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
