using LaborRights.Security;

namespace LaborRights.FollowUp;

/// <summary>
/// 回访记录: one case's rating by its worker and, when asked for, the review of it. It holds no personal data: the
/// worker is known to the case, not to this record.
/// </summary>
public sealed record CaseFollowUp : ILocatedRow
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public CaseReference Case { get; init; } = new(CaseKind.WageArrears, Guid.Empty);
    public string CountyCode { get; init; } = "";
    public string CityCode { get; init; } = "";
    public DateOnly CaseEndedOn { get; init; }
    public int Score { get; init; }
    public string? Comment { get; init; }
    public DateTimeOffset RatedAt { get; init; }

    /// <summary>The day it was rated in Shanghai: satisfaction is counted by it.</summary>
    public DateOnly RatedOn { get; init; }

    public bool ReviewRequested { get; init; }
    public string? ReviewReason { get; init; }

    /// <summary>A review was asked for and no supervisor has answered it yet (the supervisors' queue).</summary>
    public bool ReviewPending { get; init; }

    public ReviewOutcome? ReviewOutcome { get; init; }
    public string? ReviewAnswer { get; init; }
    public string? ReviewAnsweredBy { get; init; }
    public DateTimeOffset? ReviewAnsweredAt { get; init; }

    public bool Dissatisfied => Score <= FollowUpRules.DissatisfiedAtOrBelow;

    /// <summary>The one follow-up stream of a case.</summary>
    public static Guid IdFor(Guid caseId) => DeterministicId.For($"case-follow-up:{caseId:N}");

    public static CaseFollowUp Create(HandlingRated e) => new()
    {
        Id = e.CaseFollowUpId,
        Case = e.Case,
        CountyCode = e.CountyCode,
        CityCode = ReferenceData.Divisions.CityOf(e.CountyCode),
        CaseEndedOn = e.CaseEndedOn,
        Score = e.Score,
        Comment = e.Comment,
        RatedAt = e.RatedAt,
        RatedOn = ShanghaiTime.DateOf(e.RatedAt),
        ReviewRequested = e.ReviewReason is not null,
        ReviewReason = e.ReviewReason,
        ReviewPending = e.ReviewReason is not null,
    };

    public CaseFollowUp Apply(ReviewAnswered e) => this with
    {
        ReviewPending = false,
        ReviewOutcome = e.Outcome,
        ReviewAnswer = e.Answer,
        ReviewAnsweredBy = e.AnsweredBy,
        ReviewAnsweredAt = e.AnsweredAt,
    };
}
