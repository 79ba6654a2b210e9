using Wolverine.Marten;

namespace LaborRights.Arbitration.Linking;

/// <summary>Internal message (from linkage, never from HTTP): link this arbitration case to another case.</summary>
public sealed record LinkArbitrationCase(Guid ArbitrationCaseId, CaseReference Other, string Relation);

public static class LinkArbitrationCaseDecision
{
    public const string LinkageActor = "system:linkage";

    /// <summary>Links are idempotent: the same link to the same case again appends nothing.</summary>
    public static Decision Link(ArbitrationCase state, CaseReference other, string relation, ArbitrationContext ctx)
    {
        var normalized = relation.Trim();
        if (normalized.Length is 0 or > 100)
            return new Refusal("invalid-relation", "关联关系须为1至100个字符。", "A relation must be 1 to 100 characters.");
        if (other.Kind == CaseKind.Arbitration && other.Id == state.Id)
            return new Refusal("self-link", "案件不能关联自身。", "A case cannot be linked to itself.");
        if (state.Links.Any(l => l.Other == other && l.Relation == normalized)) return Decision.Nothing;
        return Decision.Emit(new ArbitrationCaseLinked(state.Id, other, normalized, ctx.Actor, ctx.Now));
    }
}

public static class LinkArbitrationCaseHandler
{
    public static Events Handle(LinkArbitrationCase message, [WriteAggregate] ArbitrationCase @case, ArbitrationServices services)
    {
        var decision = LinkArbitrationCaseDecision.Link(@case, message.Other, message.Relation,
            services.SystemContext(LinkArbitrationCaseDecision.LinkageActor));
        var events = new Events();
        events.AddRange(decision.Events);
        return events;
    }
}
