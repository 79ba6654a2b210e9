using LaborRights.WageArrears.Deadlines;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears;

/// <summary>The body of a successful staff command: the case's new version (send it with the next command).</summary>
public sealed record CaseCommandAccepted(Guid Id, int Version, CaseStatus Status, IReadOnlyList<string> Events, IReadOnlyList<Notice> Warnings);

/// <summary>Turns a decision into the HTTP answer, the events to append and the deadline messages to schedule.</summary>
public static class CaseCommandResponse
{
    public static (IResult, Events, OutgoingMessages) From(WageArrearsCase before, Decision decision)
    {
        if (decision.Refusal is { } refusal)
            return (Problems.Refused(refusal).ToResult(), [], []);

        var after = decision.Events.Aggregate(before, WageArrearsCase.FoldEvent);
        var body = new CaseCommandAccepted(before.Id, after.Version, after.Status,
            decision.Events.Select(e => e.GetType().Name).ToList(), decision.Warnings);
        var events = new Events();
        events.AddRange(decision.Events);
        var messages = DeadlineSchedule.For(decision.Events);
        messages.AddRange(Linking.WageArrearsLinkage.For(before, decision.Events));
        return (Results.Ok(body), events, messages);
    }
}
