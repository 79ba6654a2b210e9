using LaborRights.Arbitration;
using LaborRights.Arbitration.Accepting;
using LaborRights.Arbitration.Refusing;
using LaborRights.Arbitration.Withdrawing;
using static LaborRights.UnitTests.Arbitration.ArbitrationCaseEvents;

namespace LaborRights.UnitTests.Arbitration;

public class AcceptanceTests
{
    private readonly ArbitrationSpecification _spec = new() { Now = At(2025, 8, 12) };

    [Fact]
    public void Accepting_starts_the_45_day_award_period_from_today()
    {
        var accepted = _spec.Given(Applied())
            .When((s, ctx) => AcceptApplicationDecision.Decide(s, "历下区劳人仲案字〔2025〕第00007号", ctx))
            .ThenEmits<ArbitrationApplicationAccepted>();

        accepted.AcceptedOn.Should().Be(new DateOnly(2025, 8, 12));
        accepted.AwardPeriodDays.Should().Be(45);
        accepted.AwardDueOn.Should().Be(new DateOnly(2025, 9, 26), "45 calendar days after 2025-08-12, a Friday");
        accepted.CaseNumber.Should().Be("历下区劳人仲案字〔2025〕第00007号");
        accepted.AcceptedBy.Should().Be("clerk.wang");
        _spec.ThenState.Status.Should().Be(ArbitrationStatus.Accepted);
    }

    [Fact]
    public void Refusing_records_the_reason_and_closes_the_case()
    {
        var refused = _spec.Given(Applied())
            .When((s, ctx) => RefuseApplicationDecision.Decide(s, new RefuseApplication(1, "  不属于劳动争议  "), ctx))
            .ThenEmits<ArbitrationApplicationRefused>();

        refused.Reason.Should().Be("不属于劳动争议");
        _spec.ThenState.Status.Should().Be(ArbitrationStatus.Refused);
        _spec.ThenState.IsClosed.Should().BeTrue();
    }

    [Fact]
    public void A_refusal_needs_a_reason()
    {
        RefuseApplicationDecision.Validate(new RefuseApplication(1, " ")).Any.Should().BeTrue();
        RefuseApplicationDecision.Validate(new RefuseApplication(1, "超过仲裁时效")).Any.Should().BeFalse();
    }

    public static TheoryData<object[]> DecidedCases() => new()
    {
        { [Applied(), Accepted()] },
        { [Applied(), new ArbitrationApplicationRefused(Id, "x", "clerk", At(2025, 8, 11))] },
        { [Applied(), new ArbitrationWithdrawn(Id, "和解", "clerk", At(2025, 8, 11))] },
    };

    [Theory]
    [MemberData(nameof(DecidedCases))]
    public void A_decided_application_cannot_be_accepted_again(object[] history) =>
        _spec.Given(history).When((s, ctx) => AcceptApplicationDecision.Decide(s, "n", ctx)).ThenRefused("not-allowed-in-status");

    [Theory]
    [MemberData(nameof(DecidedCases))]
    public void A_decided_application_cannot_be_refused(object[] history) =>
        _spec.Given(history).When((s, ctx) => RefuseApplicationDecision.Decide(s, new RefuseApplication(2, "x"), ctx)).ThenRefused("not-allowed-in-status");

    [Fact]
    public void The_refusal_text_tells_the_applicant_they_may_sue()
    {
        var text = LaborRights.Arbitration.GettingDetails.ArbitrationHistoryText.Describe(
            new ArbitrationApplicationRefused(Id, "不属于受理范围", "clerk", At(2025, 8, 11)), forPublic: true)!;
        text.Chinese.Should().Contain("向人民法院提起诉讼");
        text.English.Should().Contain("sue in court");
    }

    [Fact]
    public void The_applicant_may_withdraw_at_any_time_before_the_case_ends()
    {
        foreach (var history in new[] { [Applied()], InProceedings(), HeardCase(), ReadyForAward() })
        {
            var spec = new ArbitrationSpecification().Given(history);
            spec.When((s, ctx) => WithdrawApplicationDecision.Decide(s, new WithdrawApplication(9, "双方和解"), ctx))
                .ThenEmits<ArbitrationWithdrawn>().Reason.Should().Be("双方和解");
            spec.ThenState.Status.Should().Be(ArbitrationStatus.Withdrawn);
        }
    }

    [Fact]
    public void An_ended_case_cannot_be_withdrawn()
    {
        _spec.Given(AwardedCase()).When((s, ctx) => WithdrawApplicationDecision.Decide(s, new WithdrawApplication(9, "x"), ctx))
            .ThenRefused("not-allowed-in-status");
        WithdrawApplicationDecision.Validate(new WithdrawApplication(1, null)).Any.Should().BeTrue();
    }

    [Fact]
    public void The_acceptance_decision_is_due_five_working_days_after_receipt()
    {
        // Received on Friday 26 September 2025: five working days run over the National Day holiday (1–8 October) and
        // the make-up working days around it, not five calendar days.
        var calendar = ArbitrationSpecification.Calendar;
        var received = new DateOnly(2025, 9, 26);
        LaborRights.Arbitration.Filing.ArbitrationIntake.AcceptanceDueOn(received, new ArbitrationRules(), calendar)
            .Should().Be(calendar.AddWorkingDays(received, 5));
        calendar.AddWorkingDays(received, 5).DueOn.Should().BeAfter(received.AddDays(5));
    }
}
