namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>
/// The six v1 indicators of one cohort C (a unit's cases received in the period);
/// D = decided cases of C, A = accepted cases of C.
/// </summary>
internal static class CohortIndicators
{
    public static IReadOnlyList<IndicatorTally> Compute(
        IReadOnlyList<BenchmarkCaseFacts> cohort, CaseClock clock, RepeatOffenders repeats)
    {
        var accepted = cohort.Where(c => c.IsAccepted).ToList();
        var dueForClosure = accepted.Where(clock.IsDueForClosure).ToList();
        var byKey = new Dictionary<string, IReadOnlyList<IndicatorCase>>
        {
            [IndicatorsV1.AcceptanceTimeliness] = AcceptanceTimeliness(cohort, clock),
            [IndicatorsV1.ClosureRate] = dueForClosure
                .Select(c => IndicatorTally.Counted(c.CaseId, c.ClosedOn is not null))
                .ToList(),
            [IndicatorsV1.OnTimeClosure] = dueForClosure
                .Select(c => IndicatorTally.Counted(c.CaseId, c.ClosedOn is { } closed && closed <= clock.ClosureDeadline(c)))
                .ToList(),
            [IndicatorsV1.RecoveryRate] = accepted.Select(Recovery).ToList(),
            [IndicatorsV1.MassArrearsControl] = cohort
                .Select(c => IndicatorTally.Counted(c.CaseId, c.WorkersAffected < RulesV1.MassWorkers))
                .ToList(),
            [IndicatorsV1.RepeatOffenderControl] = accepted
                .Select(c => IndicatorTally.Counted(c.CaseId, !repeats.IsRepeat(c)))
                .ToList(),
        };

        return IndicatorsV1.All.Select(d => new IndicatorTally(d, byKey[d.Key])).ToList();
    }

    /// <summary>
    /// Every decided case counts (on time or not); an undecided case counts, as late, only once its
    /// deadline has passed — otherwise sitting on a complaint would look better than deciding it late.
    /// </summary>
    private static List<IndicatorCase> AcceptanceTimeliness(IReadOnlyList<BenchmarkCaseFacts> cohort, CaseClock clock)
    {
        var shares = new List<IndicatorCase>();
        foreach (var c in cohort)
        {
            if (c.DecidedOn is { } decidedOn)
            {
                shares.Add(IndicatorTally.Counted(c.CaseId, decidedOn <= clock.AcceptanceDeadline(c)));
            }
            else if (clock.IsAcceptanceOverdue(c))
            {
                shares.Add(IndicatorTally.Counted(c.CaseId, inNumerator: false));
            }
        }

        return shares;
    }

    /// <summary>
    /// Owed = the inspector's confirmed amount when recorded (0 too), else the claim; recovered is capped at
    /// what is owed so over-payment of one case cannot hide shortfalls in another (and never below 0).
    /// </summary>
    private static IndicatorCase Recovery(BenchmarkCaseFacts c)
    {
        var owed = Math.Max(c.AmountConfirmed ?? c.AmountClaimed, 0m);
        var recovered = Math.Clamp(c.RecoveredTotal, 0m, owed);
        return new IndicatorCase(c.CaseId, recovered, owed);
    }
}
