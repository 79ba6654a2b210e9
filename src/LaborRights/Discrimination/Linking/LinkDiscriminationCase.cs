using Microsoft.Extensions.Logging;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Linking;

/// <summary>Internal message (no HTTP route): link this case to another one, e.g. the inspection case opened for it.</summary>
public sealed record LinkDiscriminationCase(Guid DiscriminationCaseId, CaseReference Other, string Relation);

public static class DiscriminationLinkDecision
{
    public const string SystemActor = "system:linkage";

    /// <summary>Idempotent: a link that already exists (same case, same relation) appends nothing.</summary>
    public static Decision Link(DiscriminationCase state, CaseReference other, string relation, CaseContext<DiscriminationRules> ctx)
    {
        if (other.Kind == CaseKind.Discrimination && other.Id == state.Id)
            return new Refusal("cannot-link-to-itself", "案件不能与自身关联。", "A case cannot be linked to itself.");
        if (string.IsNullOrWhiteSpace(relation) || relation.Length > 100)
            return new Refusal("relation-required", "须说明关联关系（1至100个字符）。", "Say how the cases relate (1 to 100 characters).");
        var trimmed = relation.Trim();
        return state.HasLink(other, trimmed)
            ? Decision.Nothing
            : Decision.Emit(new DiscriminationCaseLinked(state.Id, other, trimmed, ctx.Actor, ctx.Now));
    }
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
