using LaborRights.Discrimination.Deadlines;
using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Discrimination;

/// <summary>The body of a successful staff command: the case's new version (send it with the next command).</summary>
public sealed record DiscriminationCommandAccepted(
    Guid Id, int Version, DiscriminationStatus Status, IReadOnlyList<string> Events, IReadOnlyList<Notice> Warnings);

/// <summary>Turns a decision into the HTTP answer, the events to append and the deadline messages to schedule.</summary>
public static class DiscriminationCommandResponse
{
    public static (IResult, Events, OutgoingMessages) From(DiscriminationCase before, Decision decision)
    {
        if (decision.Refusal is { } refusal)
            return (Problems.Refused(refusal).ToResult(), [], []);

        var after = decision.Events.Aggregate(before, DiscriminationCase.FoldEvent);
        var body = new DiscriminationCommandAccepted(before.Id, after.Version, after.Status,
            decision.Events.Select(e => e.GetType().Name).ToList(), decision.Warnings);
        var events = new Events();
        events.AddRange(decision.Events);
        var messages = DiscriminationDeadlineSchedule.For(decision.Events);
        messages.AddRange(Linking.DiscriminationLinkage.For(before, decision.Events));
        return (Results.Ok(body), events, messages);
    }
}
