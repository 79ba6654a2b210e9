using Microsoft.Extensions.Options;
using Wolverine.Marten;
using Wolverine;

namespace LaborRights.WageArrears.Deadlines;

/// <summary>Scheduled for the end of the acceptance day; appends only if the decision is still pending.</summary>
public sealed record AcceptanceDeadlineReached(Guid WageArrearsCaseId, DateOnly DueOn) : IDeadlineMessage;

public sealed record InvestigationDeadlineReached(Guid WageArrearsCaseId, DateOnly DueOn) : IDeadlineMessage;

/// <summary>The complainant's period to supply the material asked for runs out at the end of <see cref="DueOn"/>.</summary>
public sealed record MaterialSupplyDeadlineReached(Guid WageArrearsCaseId, DateOnly DueOn) : IDeadlineMessage;

public sealed record PaymentDeadlineReached(Guid WageArrearsCaseId, DateOnly PayBy) : IDeadlineMessage
{
    DateOnly IDeadlineMessage.DueOn => PayBy;
}

/// <summary>The wage-arrears steps whose passing deadlines become events (<see cref="CaseDeadlines.Passed"/>).</summary>
public static class DeadlineDecisions
{
    public static Decision Decide(WageArrearsCase state, AcceptanceDeadlineReached message, DateTimeOffset now) =>
        CaseDeadlines.Passed(message, state.Status == CaseStatus.PendingAcceptance, state.AcceptanceDueOn, state.AcceptanceOverdueSince, now,
            () => new AcceptanceDeadlinePassed(state.Id, message.DueOn, now));

    public static Decision Decide(WageArrearsCase state, InvestigationDeadlineReached message, DateTimeOffset now) =>
        CaseDeadlines.Passed(message, state.IsOpen, state.InvestigationDueOn, state.InvestigationOverdueSince, now,
            () => new InvestigationDeadlinePassed(state.Id, message.DueOn, now));

    /// <summary>Only while the material is still awaited for that date; then the office's rule (<see cref="MaterialLapseRule"/>).</summary>
    public static Decision Decide(WageArrearsCase state, MaterialSupplyDeadlineReached message, DateTimeOffset now, WageArrearsRules rules) =>
        CaseDeadlines.Passed(message, state.Status == CaseStatus.AwaitingMaterial, state.SupplyBy, state.MaterialLapseNoticed ? state.SupplyBy : null, now,
            () => rules.MaterialLapse == MaterialLapseRule.KeepWaiting
                ? new MaterialSupplyDeadlinePassed(state.Id, message.DueOn, now)
                : new MaterialNotSupplied(state.Id, message.DueOn,
                    $"投诉人逾期未补正材料（补正期限{message.DueOn:yyyy年M月d日}），视为未补正，不予受理；补齐材料后可以重新投诉。",
                    $"The complainant did not supply the material by {message.DueOn:yyyy-MM-dd}: the complaint is not accepted; it may be filed again with the material.",
                    now));

    /// <summary>Only while something is still owed: a debt paid in full has no lateness to record.</summary>
    public static Decision Decide(WageArrearsCase state, PaymentDeadlineReached message, DateTimeOffset now) =>
        CaseDeadlines.Passed(message, state.Status == CaseStatus.PaymentOrdered && state.Outstanding > 0, state.PayBy,
            state.PaymentOverdue ? state.PayBy : null, now, () => new PaymentDeadlinePassed(state.Id, message.PayBy, state.Outstanding, now));
}

/// <summary>The wage-arrears clocks: acceptance (5 working days), investigation (60, extendable by 30) and the pay-by date.</summary>
public static class DeadlineSchedule
{
    public static OutgoingMessages For(IEnumerable<object> events) => CaseDeadlines.Schedule(events.Select(e => e switch
    {
        WageArrearsComplaintReceived x => new AcceptanceDeadlineReached(x.WageArrearsCaseId, x.AcceptanceDueOn),
        MaterialRequested { SupplyBy: { } supplyBy } x => new MaterialSupplyDeadlineReached(x.WageArrearsCaseId, supplyBy),
        MaterialSupplied x => new AcceptanceDeadlineReached(x.WageArrearsCaseId, x.AcceptanceDueOn),
        ComplaintAccepted x => new InvestigationDeadlineReached(x.WageArrearsCaseId, x.InvestigationDueOn),
        InvestigationExtended x => new InvestigationDeadlineReached(x.WageArrearsCaseId, x.NewDueOn),
        CaseReopened { InvestigationDueOn: { } due } x => new InvestigationDeadlineReached(x.WageArrearsCaseId, due),
        PaymentOrdered x => new PaymentDeadlineReached(x.WageArrearsCaseId, x.PayBy),
        DeadlineRecomputed { Step: CaseSteps.Acceptance } x => new AcceptanceDeadlineReached(x.CaseId, x.NewDueOn),
        DeadlineRecomputed { Step: CaseSteps.Material } x => new MaterialSupplyDeadlineReached(x.CaseId, x.NewDueOn),
        DeadlineRecomputed { Step: CaseSteps.Investigation } x => new InvestigationDeadlineReached(x.CaseId, x.NewDueOn),
        _ => (IDeadlineMessage?)null,
    }));
}

/// <summary>A due deadline message becomes a "deadline passed" event when the step is still pending (<see cref="CaseDeadlines"/>).</summary>
public static class WageArrearsDeadlineHandler
{
    public static (Events, OutgoingMessages) Handle(AcceptanceDeadlineReached message, [WriteAggregate] WageArrearsCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, DeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    public static (Events, OutgoingMessages) Handle(InvestigationDeadlineReached message, [WriteAggregate] WageArrearsCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, DeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    public static (Events, OutgoingMessages) Handle(MaterialSupplyDeadlineReached message, [WriteAggregate] WageArrearsCase @case, TimeProvider clock,
        IOptions<WageArrearsRules> rules) =>
        CaseDeadlines.Respond(message, DeadlineDecisions.Decide(@case, message, clock.GetUtcNow(), rules.Value), clock);

    public static (Events, OutgoingMessages) Handle(PaymentDeadlineReached message, [WriteAggregate] WageArrearsCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, DeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);
}
