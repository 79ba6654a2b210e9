using Microsoft.Extensions.Logging;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Linking;

/// <summary>Internal message (no HTTP route): link this case to another one, e.g. the inspection case opened for it.</summary>
public sealed record LinkDiscriminationCase(Guid DiscriminationCaseId, CaseReference Other, LinkRelation Relation);

public static class DiscriminationLinkDecision
{
    public const string SystemActor = "system:linkage";

    public static Decision Link(DiscriminationCase state, CaseReference other, LinkRelation relation, CaseContext<DiscriminationRules> ctx) =>
        CaseLinking.Link(new CaseReference(CaseKind.Discrimination, state.Id), state.Links, other, relation,
            recorded => new DiscriminationCaseLinked(state.Id, other, recorded, ctx.Actor, ctx.Now));
}

public static class LinkDiscriminationCaseHandler
{
    public static Events Handle(
        LinkDiscriminationCase message, [WriteAggregate] DiscriminationCase @case, CaseServices<DiscriminationRules> services,
        ILogger<DiscriminationCase> logger)
    {
        // Linkage may race ahead of a case that was never created (or name the wrong kind): store nothing.
        if (@case is null)
        {
            logger.LogWarning("Link for unknown discrimination case {Id} ignored", message.DiscriminationCaseId);
            return new Events();
        }
        var ctx = new CaseContext<DiscriminationRules>(DiscriminationLinkDecision.SystemActor, services.Clock.GetUtcNow(), services.Calendar, services.Rules);
        var decision = DiscriminationLinkDecision.Link(@case, message.Other, message.Relation, ctx);
        if (decision.Refusal is { } refusal)
            logger.LogWarning("Link of discrimination case {Id} to {Other} refused: {Reason}", @case.Id, message.Other, refusal.English);
        var events = new Events();
        events.AddRange(decision.Events);
        return events;
    }
}
