namespace LaborRights.FollowUp;

// 回访: after a worker's case ends (wage arrears, discrimination, arbitration), the worker rates how it was handled,
// once, through tracking with the access code; a dissatisfied worker may ask for a review, which a supervisor of the
// case's city or province answers. One stream per case (its id derived from the case), so "once" holds by construction.

/// <summary>What the supervisor decided on a worker's request for review.</summary>
public enum ReviewOutcome
{
    /// <summary>复核维持: the handling was in order; the worker is told why.</summary>
    Upheld,

    /// <summary>复核纠正: the handling is to be corrected (the case's staff are instructed; a case may be reopened on its own ground).</summary>
    Corrected,
}

/// <param name="Score">1 (very dissatisfied) … 5 (very satisfied).</param>
/// <param name="ReviewReason">Why the worker asks for review; null when none is asked for.</param>
public sealed record HandlingRated(
    Guid CaseFollowUpId, CaseReference Case, string CountyCode, DateOnly CaseEndedOn, int Score, string? Comment, string? ReviewReason,
    DateTimeOffset RatedAt);

public sealed record ReviewAnswered(Guid CaseFollowUpId, ReviewOutcome Outcome, string Answer, string AnsweredBy, DateTimeOffset AnsweredAt);
