namespace LaborRights.Benchmark.Scoring;

/// <summary>
/// Everything a benchmark method needs about one wage-arrears case, as it stands today. All dates are
/// business dates in Asia/Shanghai taken from the case's events, never the recording time (ADR 0002).
/// A plain record so that a projection can build it from the event stream.
/// </summary>
/// <param name="CountyCode">The county-level unit (6-digit code); every case has exactly one.</param>
/// <param name="ParkCode">The park the employer is in, if any.</param>
/// <param name="EmployerCreditCode">Unified social credit code, already normalised; the repeat rule matches on it.</param>
/// <param name="Decision">The acceptance decision; null while undecided.</param>
/// <param name="DecidedOn">When it was accepted or rejected; set exactly when <paramref name="Decision"/> is.</param>
/// <param name="Extended">An extension of the investigation period was recorded (at any time).</param>
/// <param name="ClosedOn">When the case was closed; null while open.</param>
/// <param name="AmountConfirmed">Arrears confirmed by the inspector, if recorded (0 is a confirmation).</param>
/// <param name="RecoveredTotal">Sum of the recorded recoveries, not capped: capping is the method's rule.</param>
public sealed record BenchmarkCaseFacts(
    Guid CaseId,
    string CountyCode,
    string? ParkCode,
    string EmployerCreditCode,
    DateOnly ReceivedOn,
    AcceptanceDecision? Decision,
    DateOnly? DecidedOn,
    bool Extended,
    DateOnly? ClosedOn,
    int WorkersAffected,
    decimal AmountClaimed,
    decimal? AmountConfirmed,
    decimal RecoveredTotal)
{
    public bool IsDecided => Decision is not null;

    public bool IsAccepted => Decision == AcceptanceDecision.Accepted;
}

public enum AcceptanceDecision
{
    Accepted,
    Rejected,
}
