using LaborRights.Hosting.Api;
using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Cases;

/// <summary>The body of a successful staff command: the case's new version (send it with the next command).</summary>
public sealed record CaseCommandAccepted<TStatus>(Guid Id, int Version, TStatus Status, IReadOnlyList<string> Events, IReadOnlyList<Notice> Warnings)
    where TStatus : struct, Enum;

/// <summary>Turns a decision into the HTTP answer, the events to append and the messages they cause.</summary>
public static class CaseCommandAnswer
{
    public static (CommandAnswer<CaseCommandAccepted<TStatus>>, Events, OutgoingMessages) From<TCase, TStatus>(ICase<TCase, TStatus> before, Decision decision)
        where TCase : class, ICase<TCase, TStatus>, new()
        where TStatus : struct, Enum
    {
        if (decision.Refusal is { } refusal)
            return (Problems.Refused(refusal), [], []);

        var state = (TCase)before;
        var after = CaseFold.Fold(decision.Events, state)!;
        var body = new CaseCommandAccepted<TStatus>(before.Id, after.Version, after.Status,
            decision.Events.Select(e => e.GetType().Name).ToList(), decision.Warnings);
        var events = new Events();
        events.AddRange(decision.Events);
        var messages = new OutgoingMessages();
        messages.AddRange(TCase.FollowUps(state, decision.Events));
        return (body, events, messages);
    }
}
