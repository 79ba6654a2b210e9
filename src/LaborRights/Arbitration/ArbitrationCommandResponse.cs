using LaborRights.Arbitration.Deadlines;
using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Arbitration;

/// <summary>The body of a successful staff command: the case's new version (send it with the next command).</summary>
public sealed record ArbitrationCommandAccepted(
    Guid Id, int Version, ArbitrationStatus Status, IReadOnlyList<string> Events, IReadOnlyList<Notice> Warnings);

/// <summary>Turns a decision into the HTTP answer, the events to append and the deadline messages to schedule.</summary>
public static class ArbitrationCommandResponse
{
    public static (IResult, Events, OutgoingMessages) From(ArbitrationCase before, Decision decision)
    {
        if (decision.Refusal is { } refusal)
            return (Problems.Refused(refusal).ToResult(), [], []);

        var after = decision.Events.Aggregate(before, ArbitrationCase.FoldEvent);
        var body = new ArbitrationCommandAccepted(before.Id, after.Version, after.Status,
            decision.Events.Select(e => e.GetType().Name).ToList(), decision.Warnings);
        var events = new Events();
        events.AddRange(decision.Events);
        var messages = ArbitrationDeadlineSchedule.For(decision.Events);
        messages.AddRange(Linking.ArbitrationLinkage.For(before, decision.Events));
        return (Results.Ok(body), events, messages);
    }
}
