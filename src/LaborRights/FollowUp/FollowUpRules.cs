using LaborRights.Security;

namespace LaborRights.FollowUp;

/// <summary>评价办理情况: the worker's rating of an ended case, and a review asked for when dissatisfied.</summary>
/// <param name="Score">1–5.</param>
/// <param name="RequestReview">Ask a supervisor to review the handling (only with a score of 2 or less).</param>
public sealed record RateHandling(int? Score, string? Comment, bool? RequestReview, string? ReviewReason);

/// <summary>答复复核申请: a supervisor answers the worker's request for review.</summary>
public sealed record AnswerReview(int Version, ReviewOutcome? Outcome, string? Answer);

/// <summary>What the rules read of the rated case (from the case index).</summary>
public sealed record RatedCase(CaseReference Case, string CountyCode, bool HasEnded, DateOnly? EndedOn);

/// <summary>
/// The rules of follow-up (回访): which cases a worker rates, when, once; what makes a rating dissatisfied; who answers
/// a review. Satisfaction is a figure for supervisors; benchmark method v1 does not use it.
/// </summary>
public static class FollowUpRules
{
    /// <summary>A score at or below this is dissatisfied (不满意), and only then may a review be asked for.</summary>
    public const int DissatisfiedAtOrBelow = 2;

    /// <summary>How long after the case ended the worker may still rate it.</summary>
    public const int RatingWindowDays = 180;

    public const int MaxCommentLength = 500;

    /// <summary>The kinds a worker files and therefore rates (an inspection has no worker of its own).</summary>
    public static bool IsRated(CaseKind kind) => kind is CaseKind.WageArrears or CaseKind.Discrimination or CaseKind.Arbitration;

    public static FieldErrors Validate(RateHandling command)
    {
        var errors = new FieldErrors().Required("score", command.Score, "满意程度", "Score")
            .MaxLength("comment", command.Comment, MaxCommentLength, "评价意见", "Comment");
        if (command.Score is < 1 or > 5) errors.Add("score", "满意程度应为1至5分", "The score must be from 1 to 5");
        if (command.RequestReview == true)
        {
            errors.Text("reviewReason", command.ReviewReason, MaxCommentLength, "申请复核的理由", "Reason for review");
            if (command.Score > DissatisfiedAtOrBelow)
                errors.Add("requestReview", "选择“不满意”或“非常不满意”时才能申请复核", "A review can be asked for only with a dissatisfied score (1 or 2)");
        }
        return errors;
    }

    public static FieldErrors Validate(AnswerReview command) => new FieldErrors()
        .Required("outcome", command.Outcome, "复核结果", "Outcome")
        .Text("answer", command.Answer, 2000, "复核答复", "Answer");

    /// <summary>Whether the worker may rate the case now (it ended, within the window, not yet rated).</summary>
    public static Refusal? RefuseRating(RatedCase @case, bool alreadyRated, DateOnly today)
    {
        if (!IsRated(@case.Case.Kind))
            return new Refusal("not-rated-kind", "此类案件不需要评价。", "Cases of this kind are not rated.");
        if (!@case.HasEnded || @case.EndedOn is not { } ended)
            return new Refusal("case-not-ended", "案件办结后才能评价办理情况。", "The handling can be rated once the case has ended.");
        if (alreadyRated)
            return new Refusal("already-rated", "您已经评价过本案，每件案件只能评价一次。", "You have already rated this case; each case is rated once.");
        return today > ended.AddDays(RatingWindowDays)
            ? new Refusal("rating-window-closed", $"案件办结已超过{RatingWindowDays}天，不能再评价。",
                $"The case ended more than {RatingWindowDays} days ago; it can no longer be rated.")
            : null;
    }

    public static Decision Rate(RatedCase @case, bool alreadyRated, RateHandling command, DateTimeOffset now)
    {
        if (RefuseRating(@case, alreadyRated, ShanghaiTime.DateOf(now)) is { } refusal) return refusal;
        var comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
        var reason = command.RequestReview == true ? command.ReviewReason!.Trim() : null;
        return Decision.Emit(new HandlingRated(CaseFollowUp.IdFor(@case.Case.Id), @case.Case, @case.CountyCode, @case.EndedOn!.Value,
            command.Score!.Value, comment, reason, now));
    }

    /// <summary>Whether the caller answers reviews of this county: a supervisor of its city or of the province.</summary>
    public static bool MayAnswer(StaffScope? scope, string countyCode) =>
        scope is not null && scope.IsInRole(StaffRoles.Supervisor) && scope.CoversFromAbove(countyCode);

    public static Decision Answer(CaseFollowUp followUp, AnswerReview command, StaffScope? scope, string actor, DateTimeOffset now)
    {
        if (!followUp.ReviewPending)
            return new Refusal("no-review-pending", "没有待答复的复核申请。", "There is no request for review awaiting an answer.");
        if (!MayAnswer(scope, followUp.CountyCode))
            return new Refusal("not-a-reviewer", "复核申请由案件所在市或省级的督查人员答复。",
                "A request for review is answered by a supervisor of the case's city or of the province.");
        return Decision.Emit(new ReviewAnswered(followUp.Id, command.Outcome!.Value, command.Answer!.Trim(), actor, now));
    }
}
