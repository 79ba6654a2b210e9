using Wolverine;

namespace LaborRights.Discrimination.Deadlines;

/// <summary>Scheduled for the end of the acceptance day; appends only if the decision is still pending.</summary>
public sealed record DiscriminationAcceptanceDeadlineReached(Guid DiscriminationCaseId, DateOnly DueOn);

/// <summary>Scheduled for the end of the investigation period (劳动保障监察条例 第17条); appends only if the case is still open.</summary>
public sealed record DiscriminationInvestigationDeadlineReached(Guid DiscriminationCaseId, DateOnly DueOn);

/// <summary>
/// Passing time becomes an event only when the step it guards is still pending and the clock has really passed
/// the deadline; a message delivered twice, early, or for a superseded deadline appends nothing.
/// </summary>
public static class DiscriminationDeadlineDecisions
{
    public static Decision Decide(DiscriminationCase state, DiscriminationAcceptanceDeadlineReached message, DateTimeOffset now) =>
        state.Status == DiscriminationStatus.PendingAcceptance
        && state.AcceptanceDueOn == message.DueOn
        && state.AcceptanceOverdueSince != message.DueOn
        && now >= ShanghaiTime.EndOf(message.DueOn)
            ? Decision.Emit(new DiscriminationAcceptanceDeadlinePassed(state.Id, message.DueOn, now))
            : Decision.Nothing;

    public static Decision Decide(DiscriminationCase state, DiscriminationInvestigationDeadlineReached message, DateTimeOffset now) =>
        state.IsOpen
        && state.InvestigationDueOn == message.DueOn
        && state.InvestigationOverdueSince != message.DueOn
        && now >= ShanghaiTime.EndOf(message.DueOn)
            ? Decision.Emit(new DiscriminationInvestigationDeadlinePassed(state.Id, message.DueOn, now))
            : Decision.Nothing;
}

/// <summary>Every event that starts a statutory clock schedules a message for the instant it runs out (end of the due day in Shanghai).</summary>
public static class DiscriminationDeadlineSchedule
{
    public static OutgoingMessages For(IEnumerable<object> events)
    {
        var messages = new OutgoingMessages();
        foreach (var e in events)
        {
            object? message = e switch
            {
                DiscriminationComplaintReceived x => new DiscriminationAcceptanceDeadlineReached(x.DiscriminationCaseId, x.AcceptanceDueOn),
                DiscriminationMaterialSupplied x => new DiscriminationAcceptanceDeadlineReached(x.DiscriminationCaseId, x.AcceptanceDueOn),
                DiscriminationComplaintAccepted x => new DiscriminationInvestigationDeadlineReached(x.DiscriminationCaseId, x.InvestigationDueOn),
                _ => null,
            };
            if (message is not null) messages.Add(message.ScheduledAt(ShanghaiTime.EndOf(DueOn(message))));
        }
        return messages;
    }

    public static DateOnly DueOn(object message) => message switch
    {
        DiscriminationAcceptanceDeadlineReached m => m.DueOn,
        DiscriminationInvestigationDeadlineReached m => m.DueOn,
        _ => throw new ArgumentException($"{message.GetType().Name} is not a deadline message", nameof(message)),
    };
}
