namespace LaborRights.Benchmark.Scoring.V1;

/// <summary>
/// Facts the rules cannot read consistently are a projection bug, not data to score around:
/// fail loudly rather than publish a wrong number.
/// </summary>
internal static class FactsValidation
{
    public static void ThrowIfInconsistent(IReadOnlyList<BenchmarkCaseFacts> cases)
    {
        var seen = new HashSet<Guid>();
        foreach (var c in cases)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(cases));
            if (!seen.Add(c.CaseId))
            {
                throw new ArgumentException($"Case {c.CaseId} appears twice.", nameof(cases));
            }

            if (c.Decision is null != c.DecidedOn is null)
            {
                throw new ArgumentException($"Case {c.CaseId}: a decision and its date go together.", nameof(cases));
            }

            if (string.IsNullOrEmpty(c.CountyCode))
            {
                throw new ArgumentException($"Case {c.CaseId}: the county is required.", nameof(cases));
            }

            // A complaint filed without a credit code names its employer when staff identify it, before acceptance.
            if (c.IsAccepted && string.IsNullOrEmpty(c.EmployerCreditCode))
            {
                throw new ArgumentException($"Case {c.CaseId}: an accepted case names its employer.", nameof(cases));
            }
        }
    }
}
