using LaborRights.Inspections.Deadlines;
using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Inspections;

/// <summary>The body of a successful inspection command: the case's new version (send it with the next command).</summary>
public sealed record InspectionCommandAccepted(Guid Id, int Version, InspectionStatus Status, IReadOnlyList<string> Events, IReadOnlyList<Notice> Warnings);

/// <summary>Turns a decision into the HTTP answer, the events to append and the deadline messages to schedule.</summary>
public static class InspectionCommandResponse
{
    public static (IResult, Events, OutgoingMessages) From(InspectionCase before, Decision decision)
    {
        if (decision.Refusal is { } refusal)
            return (Problems.Refused(refusal).ToResult(), [], []);

        var after = decision.Events.Aggregate(before, InspectionCase.FoldEvent);
        var body = new InspectionCommandAccepted(before.Id, after.Version, after.Status,
            decision.Events.Select(e => e.GetType().Name).ToList(), decision.Warnings);
        var events = new Events();
        events.AddRange(decision.Events);
        var messages = InspectionDeadlineSchedule.For(decision.Events);
        messages.AddRange(Linking.InspectionLinkage.For(before, decision.Events));
        return (Results.Ok(body), events, messages);
    }
}
