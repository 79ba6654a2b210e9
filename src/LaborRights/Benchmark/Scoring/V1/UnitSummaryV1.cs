using LaborRights.Calendar;

namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>
/// A unit's v1 figures for one cohort, as sums of its cases' <see cref="CaseContributionV1"/>: summaries of quarters
/// add up to the year, summaries of counties to their city. Reading the indicators needs only <c>today</c> and the two
/// deadline histograms, never the cases — this is what makes the ranking independent of the number of cases.
/// </summary>
public sealed class UnitSummaryV1
{
    public int Cases { get; set; }
    public int MassCases { get; set; }
    public int VetoCases { get; set; }
    public int Decided { get; set; }
    public int DecidedOnTime { get; set; }
    public int Accepted { get; set; }
    public int Closed { get; set; }
    public int ClosedOnTime { get; set; }
    public decimal Owed { get; set; }
    public decimal Recovered { get; set; }
    public int RepeatCases { get; set; }
    public int ProvisionalCases { get; set; }

    /// <summary>Undecided cases by acceptance deadline.</summary>
    public Dictionary<DateOnly, int> UndecidedByDueDate { get; set; } = [];

    /// <summary>Accepted, open cases by closure deadline.</summary>
    public Dictionary<DateOnly, int> OpenByDueDate { get; set; } = [];

    public bool IsEmpty => Cases == 0;

    /// <param name="sign">+1 to add the case, −1 to take it out again (before adding what it contributes now).</param>
    public void Add(CaseContributionV1 c, int sign = 1)
    {
        ArgumentNullException.ThrowIfNull(c);
        Cases += sign;
        MassCases += sign * c.MassCases;
        VetoCases += sign * c.VetoCases;
        Decided += sign * (c.Decided ? 1 : 0);
        DecidedOnTime += sign * c.DecidedOnTime;
        Accepted += sign * (c.Accepted ? 1 : 0);
        Closed += sign * (c.Closed ? 1 : 0);
        ClosedOnTime += sign * (c.ClosedOnTime ? 1 : 0);
        Owed += sign * c.Owed;
        Recovered += sign * c.Recovered;
        RepeatCases += sign * (c.Repeat ? 1 : 0);
        ProvisionalCases += sign * (c.Provisional ? 1 : 0);
        if (c.UndecidedDueOn is { } undecided) Bump(UndecidedByDueDate, undecided, sign);
        if (c.OpenDueOn is { } open) Bump(OpenByDueDate, open, sign);
    }

    public void Add(UnitSummaryV1 other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Cases += other.Cases;
        MassCases += other.MassCases;
        VetoCases += other.VetoCases;
        Decided += other.Decided;
        DecidedOnTime += other.DecidedOnTime;
        Accepted += other.Accepted;
        Closed += other.Closed;
        ClosedOnTime += other.ClosedOnTime;
        Owed += other.Owed;
        Recovered += other.Recovered;
        RepeatCases += other.RepeatCases;
        ProvisionalCases += other.ProvisionalCases;
        foreach (var (day, n) in other.UndecidedByDueDate) Bump(UndecidedByDueDate, day, n);
        foreach (var (day, n) in other.OpenByDueDate) Bump(OpenByDueDate, day, n);
    }

    /// <summary>The six indicators as of <paramref name="today"/>, in the documented order (same rules as <see cref="CohortIndicators"/>).</summary>
    public IReadOnlyList<IndicatorFraction> Indicators(DateOnly today)
    {
        var lateUndecided = CountBefore(UndecidedByDueDate, today);
        var due = Closed + CountBefore(OpenByDueDate, today);
        var byKey = new Dictionary<string, (decimal Numerator, decimal Denominator)>
        {
            [IndicatorsV1.AcceptanceTimeliness] = (DecidedOnTime, Decided + lateUndecided),
            [IndicatorsV1.ClosureRate] = (Closed, due),
            [IndicatorsV1.OnTimeClosure] = (ClosedOnTime, due),
            [IndicatorsV1.RecoveryRate] = (Recovered, Owed),
            [IndicatorsV1.MassArrearsControl] = (Cases - MassCases, Cases),
            [IndicatorsV1.RepeatOffenderControl] = (Accepted - RepeatCases, Accepted),
        };
        return IndicatorsV1.All.Select(d => new IndicatorFraction(d, byKey[d.Key].Numerator, byKey[d.Key].Denominator)).ToList();
    }

    private static int CountBefore(Dictionary<DateOnly, int> histogram, DateOnly today) =>
        histogram.Where(x => x.Key < today).Sum(x => x.Value);

    private static void Bump(Dictionary<DateOnly, int> histogram, DateOnly day, int n)
    {
        var count = histogram.GetValueOrDefault(day) + n;
        if (count == 0) histogram.Remove(day);
        else histogram[day] = count;
    }
}
