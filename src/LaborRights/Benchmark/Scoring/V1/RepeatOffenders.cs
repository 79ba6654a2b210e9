namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>
/// Accepted cases by employer, over every case known (any county, any period), to tell whether an
/// accepted case repeats an earlier accepted one of the same employer within 1–365 calendar days.
/// </summary>
internal sealed class RepeatOffenders
{
    private readonly Dictionary<string, List<BenchmarkCaseFacts>> _acceptedByEmployer;

    public RepeatOffenders(IEnumerable<BenchmarkCaseFacts> allCases)
    {
        _acceptedByEmployer = allCases
            .Where(c => c.IsAccepted)
            .GroupBy(c => c.EmployerCreditCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>The earlier accepted cases that make <paramref name="accepted"/> a repeat; empty if none.</summary>
    public IReadOnlyList<BenchmarkCaseFacts> EarlierCases(BenchmarkCaseFacts accepted)
    {
        if (!_acceptedByEmployer.TryGetValue(accepted.EmployerCreditCode, out var cases))
        {
            return [];
        }

        return cases
            .Where(earlier => earlier.CaseId != accepted.CaseId)
            .Where(earlier => InWindow(earlier.ReceivedOn, accepted.ReceivedOn))
            .ToList();
    }

    /// <summary>Whether a case received on <paramref name="later"/> can repeat one received on <paramref name="earlier"/> (1–365 calendar days).</summary>
    public static bool InWindow(DateOnly earlier, DateOnly later) =>
        later.DayNumber - earlier.DayNumber is >= RulesV1.RepeatWindowFirstDay and <= RulesV1.RepeatWindowLastDay;

    public bool IsRepeat(BenchmarkCaseFacts accepted) => EarlierCases(accepted).Count > 0;
}
