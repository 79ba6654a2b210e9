namespace LaborRights.WageArrears.Deadlines;

/// <summary>Scheduled for the end of the acceptance day; appends only if the decision is still pending.</summary>
public sealed record AcceptanceDeadlineReached(Guid WageArrearsCaseId, DateOnly DueOn) : IDeadlineMessage;

public sealed record InvestigationDeadlineReached(Guid WageArrearsCaseId, DateOnly DueOn) : IDeadlineMessage;

public sealed record PaymentDeadlineReached(Guid WageArrearsCaseId, DateOnly PayBy) : IDeadlineMessage
{
    DateOnly IDeadlineMessage.DueOn => PayBy;
}

/// <summary>
/// Passing time becomes an event only when the step it guards is still pending and the clock has really
/// passed the deadline; a message delivered twice, early, or for a superseded deadline appends nothing.
/// </summary>
public static class DeadlineDecisions
{
    public static Decision Decide(WageArrearsCase state, AcceptanceDeadlineReached message, DateTimeOffset now) =>
        state.Status == CaseStatus.PendingAcceptance
        && state.AcceptanceDueOn == message.DueOn
        && state.AcceptanceOverdueSince != message.DueOn
        && now >= ShanghaiTime.EndOf(message.DueOn)
            ? Decision.Emit(new AcceptanceDeadlinePassed(state.Id, message.DueOn, now))
            : Decision.Nothing;

    public static Decision Decide(WageArrearsCase state, InvestigationDeadlineReached message, DateTimeOffset now) =>
        state.IsOpen
        && state.InvestigationDueOn == message.DueOn
        && state.InvestigationOverdueSince != message.DueOn
        && now >= ShanghaiTime.EndOf(message.DueOn)
            ? Decision.Emit(new InvestigationDeadlinePassed(state.Id, message.DueOn, now))
            : Decision.Nothing;

    public static Decision Decide(WageArrearsCase state, PaymentDeadlineReached message, DateTimeOffset now) =>
        state.Status == CaseStatus.PaymentOrdered
        && state.PayBy == message.PayBy
        && !state.PaymentOverdue
        && state.Outstanding > 0
        && now >= ShanghaiTime.EndOf(message.PayBy)
            ? Decision.Emit(new PaymentDeadlinePassed(state.Id, message.PayBy, state.Outstanding, now))
            : Decision.Nothing;
}
