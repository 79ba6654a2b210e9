using LaborRights.Discrimination;
using LaborRights.Discrimination.Referring;
using LaborRights.Referrals;
using static LaborRights.UnitTests.Discrimination.DiscriminationCaseEvents;

namespace LaborRights.UnitTests.Discrimination;

/// <summary>Issue 14, item 12: the answer to a referral for supported litigation or to the procuratorate is recorded, like a police referral's.</summary>
public class ReferralAnswerTests
{
    private readonly DiscriminationSpecification _spec = new() { Now = At(2025, 4, 1) };

    private static readonly DiscriminationReferredForSupportedLitigation Referred =
        new(Id, "历下区妇联", "求职者拟起诉", "inspector.li", At(2025, 3, 20));

    [Fact]
    public void The_answer_of_the_body_a_case_was_referred_to_is_recorded_also_after_closing()
    {
        object[] history = [Received(), Accepted(), Found(), Referred, new DiscriminationCaseClosed(Id, DiscriminationOutcome.Referred, "已移送", "inspector.li", At(2025, 3, 21))];
        var answered = _spec.Given(history)
            .When((s, ctx) => DiscriminationReferralAnswerDecision.Decide(s,
                new RecordDiscriminationReferralAnswer(history.Length, DiscriminationReferralTarget.SupportedLitigation, ReferralStatus.Filed, "妇联已支持当事人起诉"), ctx))
            .ThenEmits<DiscriminationReferralAnswered>();
        answered.Answer.Should().Be(ReferralStatus.Filed);
        answered.Note.Should().Be("妇联已支持当事人起诉");
    }

    [Fact]
    public void There_is_no_answer_to_a_referral_that_was_not_made_and_an_answer_must_be_an_answer()
    {
        _spec.Given(Received(), Accepted(), Found(), Referred)
            .When((s, ctx) => DiscriminationReferralAnswerDecision.Decide(s,
                new RecordDiscriminationReferralAnswer(5, DiscriminationReferralTarget.PublicInterestLitigation, ReferralStatus.Declined, "x"), ctx))
            .ThenRefused("not-referred");
        DiscriminationReferralAnswerDecision.Validate(new RecordDiscriminationReferralAnswer(5, DiscriminationReferralTarget.SupportedLitigation, ReferralStatus.AwaitingAnswer, "x"))
            .All.Select(e => e.Field).Should().Equal("answer");
    }
}
