using Wolverine.Marten;
using Wolverine;

namespace LaborRights.Discrimination.Deadlines;

/// <summary>Scheduled for the end of the acceptance day; appends only if the decision is still pending.</summary>
public sealed record DiscriminationAcceptanceDeadlineReached(Guid DiscriminationCaseId, DateOnly DueOn) : IDeadlineMessage;

/// <summary>Scheduled for the end of the investigation period (劳动保障监察条例 第17条); appends only if the case is still open.</summary>
public sealed record DiscriminationInvestigationDeadlineReached(Guid DiscriminationCaseId, DateOnly DueOn) : IDeadlineMessage;

/// <summary>The filer's period to supply the material asked for runs out at the end of <see cref="DueOn"/>.</summary>
public sealed record DiscriminationMaterialSupplyDeadlineReached(Guid DiscriminationCaseId, DateOnly DueOn) : IDeadlineMessage;

/// <summary>The discrimination steps whose passing deadlines become events (<see cref="CaseDeadlines.Passed"/>).</summary>
public static class DiscriminationDeadlineDecisions
{
    public static Decision Decide(DiscriminationCase state, DiscriminationAcceptanceDeadlineReached message, DateTimeOffset now) =>
        CaseDeadlines.Passed(message, state.Status == DiscriminationStatus.PendingAcceptance, state.AcceptanceDueOn, state.AcceptanceOverdueSince,
            now, () => new DiscriminationAcceptanceDeadlinePassed(state.Id, message.DueOn, now));

    /// <summary>Only while the material is still awaited for that date; then the office's rule (<see cref="MaterialLapseRule"/>).</summary>
    public static Decision Decide(DiscriminationCase state, DiscriminationMaterialSupplyDeadlineReached message, DateTimeOffset now, DiscriminationRules rules) =>
        CaseDeadlines.Passed(message, state.Status == DiscriminationStatus.AwaitingMaterial, state.SupplyBy,
            state.MaterialLapseNoticed ? state.SupplyBy : null, now,
            () => rules.MaterialLapse == MaterialLapseRule.KeepWaiting
                ? new DiscriminationMaterialSupplyDeadlinePassed(state.Id, message.DueOn, now)
                : new DiscriminationMaterialNotSupplied(state.Id, message.DueOn,
                    $"逾期未补正材料（补正期限{message.DueOn:yyyy年M月d日}），视为未补正，不予受理；补齐材料后可以重新投诉或举报。",
                    $"The material was not supplied by {message.DueOn:yyyy-MM-dd}: the complaint is not accepted; it may be filed again with the material.",
                    now));

    public static Decision Decide(DiscriminationCase state, DiscriminationInvestigationDeadlineReached message, DateTimeOffset now) =>
        CaseDeadlines.Passed(message, state.IsOpen, state.InvestigationDueOn, state.InvestigationOverdueSince, now,
            () => new DiscriminationInvestigationDeadlinePassed(state.Id, message.DueOn, now));
}

/// <summary>The discrimination clocks: acceptance (5 working days) and investigation (劳动保障监察条例 第17条).</summary>
public static class DiscriminationDeadlineSchedule
{
    public static OutgoingMessages For(IEnumerable<object> events) => CaseDeadlines.Schedule(events.Select(e => e switch
    {
        DiscriminationComplaintReceived x => new DiscriminationAcceptanceDeadlineReached(x.DiscriminationCaseId, x.AcceptanceDueOn),
        DiscriminationMaterialRequested { SupplyBy: { } supplyBy } x => new DiscriminationMaterialSupplyDeadlineReached(x.DiscriminationCaseId, supplyBy),
        DiscriminationMaterialSupplied x => new DiscriminationAcceptanceDeadlineReached(x.DiscriminationCaseId, x.AcceptanceDueOn),
        DiscriminationComplaintAccepted x => new DiscriminationInvestigationDeadlineReached(x.DiscriminationCaseId, x.InvestigationDueOn),
        DiscriminationInvestigationExtended x => new DiscriminationInvestigationDeadlineReached(x.DiscriminationCaseId, x.NewDueOn),
        DeadlineRecomputed { Step: CaseSteps.Acceptance } x => new DiscriminationAcceptanceDeadlineReached(x.CaseId, x.NewDueOn),
        DeadlineRecomputed { Step: CaseSteps.Material } x => new DiscriminationMaterialSupplyDeadlineReached(x.CaseId, x.NewDueOn),
        DeadlineRecomputed { Step: CaseSteps.Investigation } x => new DiscriminationInvestigationDeadlineReached(x.CaseId, x.NewDueOn),
        _ => (IDeadlineMessage?)null,
    }));
}

/// <summary>A due deadline message becomes a "deadline passed" event when the step is still pending (<see cref="CaseDeadlines"/>).</summary>
public static class DiscriminationDeadlineHandler
{
    public static (Events, OutgoingMessages) Handle(
        DiscriminationAcceptanceDeadlineReached message, [WriteAggregate] DiscriminationCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, DiscriminationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);

    public static (Events, OutgoingMessages) Handle(DiscriminationMaterialSupplyDeadlineReached message, [WriteAggregate] DiscriminationCase @case,
        TimeProvider clock, Microsoft.Extensions.Options.IOptions<DiscriminationRules> rules) =>
        CaseDeadlines.Respond(message, DiscriminationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow(), rules.Value), clock);

    public static (Events, OutgoingMessages) Handle(
        DiscriminationInvestigationDeadlineReached message, [WriteAggregate] DiscriminationCase @case, TimeProvider clock) =>
        CaseDeadlines.Respond(message, DiscriminationDeadlineDecisions.Decide(@case, message, clock.GetUtcNow()), clock);
}
