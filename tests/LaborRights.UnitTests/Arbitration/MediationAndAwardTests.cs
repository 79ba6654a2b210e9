using LaborRights.Arbitration;
using LaborRights.Arbitration.Awarding;
using LaborRights.Arbitration.Mediating;
using LaborRights.Arbitration.MinimumWage;
using static LaborRights.UnitTests.Arbitration.ArbitrationCaseEvents;

namespace LaborRights.UnitTests.Arbitration;

public class MediationAndAwardTests
{
    private readonly ArbitrationSpecification _spec = new() { Now = At(2025, 9, 1) };

    private static AwardItemForm Grant(int number, decimal? amount) => new(number, amount, "经审理查明");

    private static IssueAward FullAward(decimal pay = 25_200m) => new(6, [Grant(1, pay), Grant(2, 0m), Grant(3, null)]);

    [Fact]
    public void A_mediation_agreement_closes_the_case_with_the_agreed_items()
    {
        var agreement = new RecordMediationAgreement(5, [new SettlementItemForm(ClaimCategory.Pay, "分两期支付工资", 28_000m)], "双方自愿达成协议");
        var reached = _spec.Given(HeardCase()).When((s, ctx) => MediationDecisions.Decide(s, agreement, ctx)).ThenEmits<MediationAgreementReached>();

        reached.Items.Should().ContainSingle().Which.Should().Be(new SettlementItem(ClaimCategory.Pay, "分两期支付工资", 28_000m));
        _spec.ThenState.Status.Should().Be(ArbitrationStatus.Mediated);
        _spec.ThenState.IsClosed.Should().BeTrue();
    }

    [Fact]
    public void A_failed_mediation_lets_the_case_go_to_award()
    {
        _spec.Given(HeardCase()).When((s, ctx) => MediationDecisions.Decide(s, new RecordMediationFailure(5, "分歧较大"), ctx))
            .ThenEmits<MediationFailed>();
        _spec.ThenState.MediationAttempted.Should().BeTrue();
        _spec.ThenState.Status.Should().Be(ArbitrationStatus.Heard);
    }

    [Fact]
    public void Mediation_may_be_tried_before_the_hearing_but_not_before_a_tribunal_nor_after_the_end()
    {
        new ArbitrationSpecification().Given(WithPanel())
            .When((s, ctx) => MediationDecisions.Decide(s, new RecordMediationFailure(3, "x"), ctx)).ThenEmits<MediationFailed>();
        new ArbitrationSpecification().Given(InProceedings())
            .When((s, ctx) => MediationDecisions.Decide(s, new RecordMediationFailure(2, "x"), ctx)).ThenRefused("not-allowed-in-status");
        new ArbitrationSpecification().Given(AwardedCase())
            .When((s, ctx) => MediationDecisions.Decide(s, new RecordMediationFailure(7, "x"), ctx)).ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void There_is_no_mediation_with_an_absent_respondent()
    {
        _spec.Given(HeardCase(respondentAppeared: false))
            .When((s, ctx) => MediationDecisions.Decide(s, new RecordMediationFailure(5, "x"), ctx)).ThenRefused("respondent-absent");
    }

    [Fact]
    public void Mediation_forms_are_validated()
    {
        MediationDecisions.Validate(new RecordMediationAgreement(1, [], "x")).ToProblem().Errors.Should().ContainKey("items");
        MediationDecisions.Validate(new RecordMediationAgreement(1, [new SettlementItemForm(null, "x", 1.001m)], "x"))
            .ToProblem().Errors.Keys.Should().BeEquivalentTo("items[0].category", "items[0].amount");
        MediationDecisions.Validate(new RecordMediationFailure(1, "")).ToProblem().Errors.Should().ContainKey("note");
    }

    [Fact]
    public void An_award_requires_a_mediation_attempt_first()
    {
        _spec.Given(HeardCase()).When((s, ctx) => IssueAwardDecision.Decide(s, FullAward(), ctx)).ThenRefused("mediation-required");
    }

    [Fact]
    public void The_award_decides_every_claim_states_finality_per_item_and_ends_the_case()
    {
        var award = _spec.Given(ReadyForAward()).When((s, ctx) => IssueAwardDecision.Decide(s, FullAward(25_200m), ctx))
            .ThenEmits<ArbitrationAwardIssued>();

        award.MinimumWage.Should().Be(new MinimumWageApplied("370102", new DateOnly(2025, 8, 10), 1, 2100m, new DateOnly(2021, 10, 1), 25_200m));
        award.Items.Select(i => (i.ClaimNumber, i.Category, i.GrantedAmount, i.IsFinal)).Should().Equal(
            (1, ClaimCategory.Pay, 25_200m, true),
            (2, ClaimCategory.Overtime, 0m, true),
            (3, ClaimCategory.WorkingTimeRestStandards, (decimal?)null, true));
        award.ByDefault.Should().BeFalse();
        _spec.ThenState.Status.Should().Be(ArbitrationStatus.Awarded);
    }

    [Fact]
    public void One_fen_above_twelve_months_of_minimum_wage_is_not_final()
    {
        var claims = new List<ClaimItem> { new(1, ClaimCategory.Pay, "工资", 30_000m) };
        var history = new object[] { Applied(claims: claims), Accepted(), Panel(), Scheduled(), Attended(), MediationFailed() };
        new ArbitrationSpecification { Now = At(2025, 9, 1) }.Given(history)
            .When((s, ctx) => IssueAwardDecision.Decide(s, new IssueAward(7, [Grant(1, 25_200.01m)]), ctx))
            .ThenEmits<ArbitrationAwardIssued>().Items.Single().IsFinal.Should().BeFalse();
    }

    [Fact]
    public void A_respondent_who_stayed_away_gets_a_default_award_without_mediation()
    {
        _spec.Given(HeardCase(respondentAppeared: false)).When((s, ctx) => IssueAwardDecision.Decide(s, FullAward(), ctx))
            .ThenEmits<ArbitrationAwardIssued>().ByDefault.Should().BeTrue();
    }

    [Fact]
    public void A_partial_award_decides_some_items_and_the_award_then_decides_the_rest()
    {
        var partial = _spec.Given(ReadyForAward())
            .When((s, ctx) => IssueAwardDecision.Decide(s, new IssuePartialAward(6, [Grant(1, 20_000m)]), ctx))
            .ThenEmits<PartialAwardIssued>();
        partial.Items.Single().IsFinal.Should().BeTrue();
        _spec.ThenState.Status.Should().Be(ArbitrationStatus.Heard);

        var spec = new ArbitrationSpecification { Now = At(2025, 9, 5) }.Given([.. ReadyForAward(), partial]);
        spec.When((s, ctx) => IssueAwardDecision.Decide(s, new IssueAward(7, [Grant(1, 1m)]), ctx)).ThenRefused("claim-already-decided");
        spec.When((s, ctx) => IssueAwardDecision.Decide(s, new IssueAward(7, [Grant(2, 1_000m)]), ctx)).ThenRefused("award-must-decide-every-claim")
            .Chinese.Should().Contain("3");
        spec.When((s, ctx) => IssueAwardDecision.Decide(s, new IssueAward(7, [Grant(2, 1_000m), Grant(3, null)]), ctx))
            .ThenEmits<ArbitrationAwardIssued>();
        spec.ThenState.AmountAwarded.Should().Be(21_000m);
    }

    [Fact]
    public void A_partial_award_cannot_decide_every_remaining_claim()
    {
        _spec.Given(ReadyForAward()).When((s, ctx) => IssueAwardDecision.Decide(s, new IssuePartialAward(6, FullAward().Items), ctx))
            .ThenRefused("partial-award-must-leave-claims");
    }

    [Theory]
    [InlineData(9, 100.0, "unknown-claim")]
    [InlineData(1, null, "granted-amount-required")]
    [InlineData(1, 30_000.01, "granted-exceeds-claim")]
    public void Award_items_must_match_the_claims(int number, double? amount, string code)
    {
        _spec.Given(ReadyForAward())
            .When((s, ctx) => IssueAwardDecision.Decide(s, new IssuePartialAward(6, [Grant(number, (decimal?)amount)]), ctx))
            .ThenRefused(code);
    }

    [Theory]
    [MemberData(nameof(NotHeard))]
    public void Only_a_heard_case_can_be_awarded(object[] history)
    {
        _spec.Given(history).When((s, ctx) => IssueAwardDecision.Decide(s, FullAward(), ctx)).ThenRefused("not-allowed-in-status");
        _spec.When((s, ctx) => IssueAwardDecision.Decide(s, new IssuePartialAward(9, [Grant(1, 1m)]), ctx)).ThenRefused("not-allowed-in-status");
    }

    public static TheoryData<object[]> NotHeard() => new() { { HearingSet() }, { AwardedCase() }, { [Applied()] } };

    [Fact]
    public void A_filing_date_before_the_minimum_wage_table_cannot_be_awarded()
    {
        var history = new object[] { Applied(at: At(2021, 9, 30)), Accepted(new DateOnly(2021, 10, 8)), Panel(), Scheduled(), Attended(), MediationFailed() };
        new ArbitrationSpecification { Now = At(2021, 11, 1) }.Given(history)
            .When((s, ctx) => IssueAwardDecision.Decide(s, FullAward(), ctx))
            .ThenRefused("minimum-wage-unknown").Chinese.Should().Contain("2021-09-30");
    }

    [Fact]
    public void Award_forms_are_validated()
    {
        AwardDecisions.Validate(null).ToProblem().Errors.Should().ContainKey("items");
        AwardDecisions.Validate([new AwardItemForm(null, -1m, "")]).ToProblem().Errors.Keys
            .Should().BeEquivalentTo("items[0].claimNumber", "items[0].grantedAmount", "items[0].ruling");
        AwardDecisions.Validate([Grant(1, 1m), Grant(1, 2m)]).ToProblem().Errors.Should().ContainKey("items");
    }
}
