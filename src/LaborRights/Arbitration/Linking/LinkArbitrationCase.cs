using Wolverine.Marten;

namespace LaborRights.Arbitration.Linking;

/// <summary>Internal message (from linkage, never from HTTP): link this arbitration case to another case.</summary>
public sealed record LinkArbitrationCase(Guid ArbitrationCaseId, CaseReference Other, LinkRelation Relation);

public static class LinkArbitrationCaseDecision
{
    public const string LinkageActor = "system:linkage";

    public static Decision Link(ArbitrationCase state, CaseReference other, LinkRelation relation, ArbitrationContext ctx) =>
        CaseLinking.Link(new CaseReference(CaseKind.Arbitration, state.Id), state.Links, other, relation,
            recorded => new ArbitrationCaseLinked(state.Id, other, recorded, ctx.Actor, ctx.Now));
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
