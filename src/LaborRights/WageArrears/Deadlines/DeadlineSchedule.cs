using Wolverine;

namespace LaborRights.WageArrears.Deadlines;

/// <summary>
/// Every event that starts a statutory clock schedules a message for the instant that clock runs out
/// (the end of the due day in Shanghai). The message goes through the transactional outbox with the events.
/// </summary>
public static class DeadlineSchedule
{
    public static OutgoingMessages For(IEnumerable<object> events)
    {
        var messages = new OutgoingMessages();
        foreach (var e in events)
        {
            object? message = e switch
            {
                WageArrearsComplaintReceived x => new AcceptanceDeadlineReached(x.WageArrearsCaseId, x.AcceptanceDueOn),
                MaterialSupplied x => new AcceptanceDeadlineReached(x.WageArrearsCaseId, x.AcceptanceDueOn),
                ComplaintAccepted x => new InvestigationDeadlineReached(x.WageArrearsCaseId, x.InvestigationDueOn),
                InvestigationExtended x => new InvestigationDeadlineReached(x.WageArrearsCaseId, x.NewDueOn),
                PaymentOrdered x => new PaymentDeadlineReached(x.WageArrearsCaseId, x.PayBy),
                _ => null,
            };
            if (message is not null) messages.Add(message.ScheduledAt(ShanghaiTime.EndOf(DueOn(message))));
        }
        return messages;
    }

    public static DateOnly DueOn(object message) => message switch
    {
        AcceptanceDeadlineReached m => m.DueOn,
        InvestigationDeadlineReached m => m.DueOn,
        PaymentDeadlineReached m => m.PayBy,
        _ => throw new ArgumentException($"{message.GetType().Name} is not a deadline message", nameof(message)),
    };
}
