using LaborRights.Common;
using LaborRights.FollowUp;
using LaborRights.Security;

namespace LaborRights.UnitTests.FollowUp;

/// <summary>回访: Given the case (and any rating) → When the worker rates or a supervisor answers → Then events or a refusal.</summary>
public class FollowUpRuleTests
{
    private static readonly CaseReference WageArrears = new(CaseKind.WageArrears, Guid.Parse("7a0d7e0e-0000-4000-8000-0000000000aa"));
    private static readonly DateOnly EndedOn = new(2026, 5, 20);
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly RatedCase Ended = new(WageArrears, "370102", true, EndedOn);

    private static CaseFollowUp Rated(int score = 1, string? review = "拖欠的加班费没有处理") =>
        CaseFollowUp.Create(new HandlingRated(CaseFollowUp.IdFor(WageArrears.Id), WageArrears, "370102", EndedOn, score, null, review, Now));

    [Fact]
    public void A_worker_rates_an_ended_case_once_and_the_record_is_the_cases_own()
    {
        var decision = FollowUpRules.Rate(Ended, alreadyRated: false, new RateHandling(4, "  办事效率高  ", null, null), Now);

        var rated = decision.Events.Should().ContainSingle().Which.Should().BeOfType<HandlingRated>().Subject;
        rated.CaseFollowUpId.Should().Be(CaseFollowUp.IdFor(WageArrears.Id), "one stream per case makes 'once' hold even under a race");
        (rated.Score, rated.Comment, rated.ReviewReason, rated.CaseEndedOn).Should().Be((4, "办事效率高", null, EndedOn));
        var state = CaseFollowUp.Create(rated);
        (state.ReviewPending, state.Dissatisfied, state.CityCode, state.RatedOn).Should().Be((false, false, "370100", new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void An_open_case_an_inspection_a_rated_case_and_one_ended_long_ago_are_not_rated()
    {
        var command = new RateHandling(3, null, null, null);
        Refused(FollowUpRules.Rate(Ended with { HasEnded = false, EndedOn = null }, false, command, Now), "case-not-ended");
        Refused(FollowUpRules.Rate(Ended with { Case = new CaseReference(CaseKind.Inspection, Guid.NewGuid()) }, false, command, Now), "not-rated-kind");
        Refused(FollowUpRules.Rate(Ended, alreadyRated: true, command, Now), "already-rated");
        var late = new DateTimeOffset(EndedOn.AddDays(FollowUpRules.RatingWindowDays + 1).ToDateTime(TimeOnly.Parse("10:00")), TimeSpan.FromHours(8));
        Refused(FollowUpRules.Rate(Ended, false, command, late), "rating-window-closed");
        var lastDay = new DateTimeOffset(EndedOn.AddDays(FollowUpRules.RatingWindowDays).ToDateTime(TimeOnly.Parse("23:00")), TimeSpan.FromHours(8));
        FollowUpRules.Rate(Ended, false, command, lastDay).Refusal.Should().BeNull("the window's last day counts");
    }

    [Theory]
    [InlineData(null, false, null, "score")]
    [InlineData(0, false, null, "score")]
    [InlineData(6, false, null, "score")]
    [InlineData(3, true, "不满意", "requestReview")]
    [InlineData(1, true, " ", "reviewReason")]
    public void The_score_is_one_to_five_and_a_review_needs_a_dissatisfied_score_and_a_reason(int? score, bool review, string? reason, string field) =>
        FollowUpRules.Validate(new RateHandling(score, null, review, reason)).ToProblem().Errors.Should().ContainKey(field);

    [Fact]
    public void A_dissatisfied_worker_asks_for_review_and_it_waits_for_a_supervisor()
    {
        FollowUpRules.Validate(new RateHandling(2, null, true, "欠薪只追回一半")).Any.Should().BeFalse();
        var rated = (HandlingRated)FollowUpRules.Rate(Ended, false, new RateHandling(2, null, true, " 欠薪只追回一半 "), Now).Events.Single();
        rated.ReviewReason.Should().Be("欠薪只追回一半");
        var state = CaseFollowUp.Create(rated);
        (state.ReviewRequested, state.ReviewPending, state.Dissatisfied).Should().Be((true, true, true));
    }

    [Fact]
    public void A_supervisor_of_the_city_or_province_answers_a_review_once()
    {
        var answer = new AnswerReview(1, ReviewOutcome.Corrected, "已责令承办人员补充追讨加班费。");
        var decision = FollowUpRules.Answer(Rated(), answer, StaffScopes.JinanSupervisor, "supervisor.jinan", Now.AddDays(2));
        var answered = decision.Events.Should().ContainSingle().Which.Should().BeOfType<ReviewAnswered>().Subject;
        var state = Rated().Apply(answered);
        (state.ReviewPending, state.ReviewOutcome, state.ReviewAnsweredBy).Should().Be((false, ReviewOutcome.Corrected, "supervisor.jinan"));

        Refused(FollowUpRules.Answer(state, answer, StaffScopes.JinanSupervisor, "s", Now), "no-review-pending");
        Refused(FollowUpRules.Answer(Rated(score: 5, review: null), answer, StaffScopes.JinanSupervisor, "s", Now), "no-review-pending");
        Refused(FollowUpRules.Answer(Rated(), answer, StaffScopes.Of(StaffRoles.Supervisor, "370200"), "q", Now), "not-a-reviewer");
        Refused(FollowUpRules.Answer(Rated(), answer, StaffScopes.Of(StaffRoles.Inspector, "370102"), "i", Now), "not-a-reviewer");
        FollowUpRules.Answer(Rated(), answer, StaffScopes.Of(StaffRoles.Supervisor, StaffScope.ProvinceCode), "p", Now).Refusal.Should().BeNull();
    }

    private static void Refused(Decision decision, string code)
    {
        decision.Events.Should().BeEmpty();
        decision.Refusal!.Code.Should().Be(code);
        decision.Refusal.Chinese.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
    }
}
