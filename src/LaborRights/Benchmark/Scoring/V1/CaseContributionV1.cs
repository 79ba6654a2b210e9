using LaborRights.Calendar;

namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>
/// What one case adds to its unit's v1 figures, as numbers that add up across cases (ADR 0011). Everything that does
/// not depend on <c>today</c> is a count or a sum; what does (an undecided case turning late, an open case falling
/// due) is the single deadline date after which it counts, kept in a histogram by the unit summary.
/// </summary>
/// <param name="UndecidedDueOn">Acceptance deadline of an undecided case: from the day after it, the case counts as late.</param>
/// <param name="OpenDueOn">Closure deadline of an accepted, open case: from the day after it, the case is due for closure.</param>
/// <param name="Owed">Amount owed of an accepted case (confirmed, else claimed); 0 for other cases.</param>
/// <param name="Recovered">Recoveries of an accepted case capped at <paramref name="Owed"/>.</param>
public sealed record CaseContributionV1(
    int MassCases,
    int VetoCases,
    int DecidedOnTime,
    bool Decided,
    DateOnly? UndecidedDueOn,
    bool Accepted,
    bool Closed,
    bool ClosedOnTime,
    DateOnly? OpenDueOn,
    decimal Owed,
    decimal Recovered,
    bool Repeat,
    bool Provisional)
{
    /// <param name="isRepeat">Whether the case repeats an earlier accepted case of its employer (<see cref="RepeatOffenders"/>).</param>
    public static CaseContributionV1 Of(BenchmarkCaseFacts c, bool isRepeat, WorkingDayCalendar calendar)
    {
        // Deadlines do not depend on today; the clock's today is never read here.
        var clock = new CaseClock(calendar, DateOnly.MinValue);
        var acceptanceDeadline = clock.AcceptanceDeadline(c);
        var closureDeadline = c.IsAccepted ? clock.ClosureDeadline(c) : (DateOnly?)null;
        var owed = c.IsAccepted ? Math.Max(c.AmountConfirmed ?? c.AmountClaimed, 0m) : 0m;
        return new CaseContributionV1(
            MassCases: c.WorkersAffected >= RulesV1.MassWorkers ? 1 : 0,
            VetoCases: c.WorkersAffected >= RulesV1.VetoWorkers ? 1 : 0,
            DecidedOnTime: c.DecidedOn is { } decided && decided <= acceptanceDeadline ? 1 : 0,
            Decided: c.IsDecided,
            UndecidedDueOn: c.IsDecided ? null : acceptanceDeadline,
            Accepted: c.IsAccepted,
            Closed: c.IsAccepted && c.ClosedOn is not null,
            ClosedOnTime: c.IsAccepted && c.ClosedOn is { } closed && closed <= closureDeadline,
            OpenDueOn: c.IsAccepted && c.ClosedOn is null ? closureDeadline : null,
            Owed: owed,
            Recovered: c.IsAccepted ? Math.Clamp(c.RecoveredTotal, 0m, owed) : 0m,
            Repeat: c.IsAccepted && isRepeat,
            Provisional: clock.HasProvisionalDeadline(c));
    }
}
