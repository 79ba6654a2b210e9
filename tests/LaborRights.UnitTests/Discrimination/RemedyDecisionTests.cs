using LaborRights.Discrimination.CheckingCorrection;
using LaborRights.Common;
using LaborRights.Discrimination;
using LaborRights.Discrimination.HoldingJointInterview;
using LaborRights.Discrimination.ImposingFine;
using LaborRights.Discrimination.OrderingCorrection;
using LaborRights.Discrimination.Referring;
using static LaborRights.UnitTests.Discrimination.DiscriminationCaseEvents;

namespace LaborRights.UnitTests.Discrimination;

public class RemedyDecisionTests
{
    private static readonly DateOnly CorrectBy = new(2025, 3, 14);

    // Every remedy, as a decision on a case at version 3.
    public static TheoryData<string> Remedies() => new() { "order-correction", "joint-interview", "supported-litigation", "procuratorate", "fine" };

    private static Decision Remedy(string remedy, DiscriminationCase s, CaseContext<DiscriminationRules> ctx) => remedy switch
    {
        "order-correction" => OrderDiscriminationCorrectionDecision.Decide(s, new OrderDiscriminationCorrection(3, "撤下广告", CorrectBy), ctx),
        "joint-interview" => RecordJointInterviewDecision.Decide(s, new RecordJointInterview(3, ["县总工会", "县妇联"], new DateOnly(2025, 3, 3), "x"), ctx),
        "supported-litigation" => ReferralDecisions.Decide(s, new ReferForSupportedLitigation(3, "县人民检察院", "x"), ctx),
        "procuratorate" => ReferralDecisions.Decide(s, new ReferToProcuratorate(3, ProcuratorateReferralKind.ProcuratorialSuggestion, "县人民检察院", "x"), ctx),
        _ => ImposeDiscriminationFineDecision.Decide(s, new ImposeDiscriminationFine(3, 20_000m, "x"), ctx),
    };

    [Theory]
    [MemberData(nameof(Remedies))]
    public void No_remedy_before_a_substantiated_finding(string remedy)
    {
        new DiscriminationSpecification().Given(UnderInvestigation())
            .When((s, ctx) => Remedy(remedy, s, ctx)).ThenRefused("substantiated-finding-required");
        new DiscriminationSpecification().Given(NotSubstantiatedCase())
            .When((s, ctx) => Remedy(remedy, s, ctx)).ThenRefused("substantiated-finding-required");
        new DiscriminationSpecification().Given(Received())
            .When((s, ctx) => Remedy(remedy, s, ctx)).ThenRefused("not-allowed-in-status");
        new DiscriminationSpecification().Given([.. SubstantiatedCase(), Interviewed(), Closed()])
            .When((s, ctx) => Remedy(remedy, s, ctx)).ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void An_order_to_correct_sets_a_future_deadline()
    {
        var spec = new DiscriminationSpecification();
        var ordered = spec.Given(SubstantiatedCase())
            .When((s, ctx) => OrderDiscriminationCorrectionDecision.Decide(s, new OrderDiscriminationCorrection(3, "撤下并重新发布招聘广告", CorrectBy), ctx))
            .ThenEmits<DiscriminationCorrectionOrdered>();
        ordered.CorrectBy.Should().Be(CorrectBy);
        spec.ThenState.CorrectBy.Should().Be(CorrectBy);
    }

    [Fact]
    public void An_order_to_correct_is_given_once_and_with_a_date_after_today()
    {
        new DiscriminationSpecification().Given([.. SubstantiatedCase(), CorrectionOrdered()])
            .When((s, ctx) => OrderDiscriminationCorrectionDecision.Decide(s, new OrderDiscriminationCorrection(4, "x", CorrectBy), ctx))
            .ThenRefused("correction-already-ordered");
        new DiscriminationSpecification { Now = At(2025, 3, 14) }.Given(SubstantiatedCase())
            .When((s, ctx) => OrderDiscriminationCorrectionDecision.Decide(s, new OrderDiscriminationCorrection(3, "x", CorrectBy), ctx))
            .ThenRefused("correct-by-not-in-future");
        OrderDiscriminationCorrectionDecision.Validate(new OrderDiscriminationCorrection(3, null, null)).ToProblem().Errors.Keys
            .Should().BeEquivalentTo("requirements", "correctBy");
    }

    private static DiscriminationSpecification FineCase(DateTimeOffset now, DiscriminationRules? rules = null) =>
        new DiscriminationSpecification { Now = now, Rules = rules ?? new DiscriminationRules() }
            .Given([.. SubstantiatedCase(), CorrectionOrdered(CorrectBy), CorrectionChecked(corrected: false)]);

    [Fact]
    public void No_fine_before_a_follow_up_check_found_the_ad_not_corrected()
    {
        new DiscriminationSpecification { Now = At(2025, 4, 1) }.Given([.. SubstantiatedCase(), CorrectionOrdered(CorrectBy)])
            .When((s, ctx) => ImposeDiscriminationFineDecision.Decide(s, new ImposeDiscriminationFine(4, 30_000m, "x"), ctx))
            .ThenRefused("correction-check-required");
        new DiscriminationSpecification { Now = At(2025, 4, 1) }.Given([.. SubstantiatedCase(), CorrectionOrdered(CorrectBy), CorrectionChecked(corrected: true)])
            .When((s, ctx) => ImposeDiscriminationFineDecision.Decide(s, new ImposeDiscriminationFine(5, 30_000m, "x"), ctx))
            .ThenRefused("corrected-in-time");
    }

    [Fact]
    public void A_correction_is_confirmed_any_time_but_found_missing_only_after_the_deadline_and_checked_once()
    {
        object[] order = [.. SubstantiatedCase(), CorrectionOrdered(CorrectBy)];
        new DiscriminationSpecification { Now = At(2025, 3, 10) }.Given(order)
            .When((s, ctx) => CheckDiscriminationCorrectionDecision.Decide(s, new CheckDiscriminationCorrection(4, new DateOnly(2025, 3, 10), true, "已撤下"), ctx))
            .ThenEmits<DiscriminationCorrectionChecked>().Corrected.Should().BeTrue();
        new DiscriminationSpecification { Now = At(2025, 3, 14) }.Given(order)
            .When((s, ctx) => CheckDiscriminationCorrectionDecision.Decide(s, new CheckDiscriminationCorrection(4, CorrectBy, false, "仍在发布"), ctx))
            .ThenRefused("correction-deadline-not-passed");
        new DiscriminationSpecification { Now = At(2025, 3, 15) }.Given(order)
            .When((s, ctx) => CheckDiscriminationCorrectionDecision.Decide(s, new CheckDiscriminationCorrection(4, CorrectBy.AddDays(1), false, "仍在发布"), ctx))
            .ThenEmits<DiscriminationCorrectionChecked>().Corrected.Should().BeFalse();
        new DiscriminationSpecification { Now = At(2025, 3, 16) }.Given([.. order, CorrectionChecked(false)])
            .When((s, ctx) => CheckDiscriminationCorrectionDecision.Decide(s, new CheckDiscriminationCorrection(5, new DateOnly(2025, 3, 16), true, "x"), ctx))
            .ThenRefused("correction-already-checked");
        new DiscriminationSpecification { Now = At(2025, 3, 16) }.Given(SubstantiatedCase())
            .When((s, ctx) => CheckDiscriminationCorrectionDecision.Decide(s, new CheckDiscriminationCorrection(3, new DateOnly(2025, 3, 16), true, "x"), ctx))
            .ThenRefused("correction-order-required");
        CheckDiscriminationCorrectionDecision.Validate(new CheckDiscriminationCorrection(4, null, null, null), new DateOnly(2025, 3, 16))
            .ToProblem().Errors.Keys.Should().BeEquivalentTo("checkedOn", "corrected");
    }

    [Fact]
    public void A_recruitment_ad_not_corrected_by_the_deadline_is_fined()
    {
        var spec = FineCase(At(2025, 3, 15));
        var fine = spec.When((s, ctx) => ImposeDiscriminationFineDecision.Decide(s, new ImposeDiscriminationFine(5, 30_000m, "逾期未改正"), ctx))
            .ThenEmits<DiscriminationFineImposed>();
        fine.Amount.Should().Be(30_000m);
        fine.CorrectionDueOn.Should().Be(CorrectBy);
        spec.ThenState.Fined.Should().BeTrue();
    }

    [Fact]
    public void No_fine_on_or_before_the_correct_by_date()
    {
        FineCase(At(2025, 3, 14, 23))
            .When((s, ctx) => ImposeDiscriminationFineDecision.Decide(s, new ImposeDiscriminationFine(4, 30_000m, "x"), ctx))
            .ThenRefused("correction-deadline-not-passed");
    }

    [Fact]
    public void No_fine_without_an_order_to_correct()
    {
        new DiscriminationSpecification { Now = At(2025, 4, 1) }.Given(SubstantiatedCase())
            .When((s, ctx) => ImposeDiscriminationFineDecision.Decide(s, new ImposeDiscriminationFine(3, 30_000m, "x"), ctx))
            .ThenRefused("correction-order-required");
    }

    [Theory]
    [InlineData(DiscriminationStage.Hiring)]
    [InlineData(DiscriminationStage.Pay)]
    [InlineData(DiscriminationStage.Promotion)]
    [InlineData(DiscriminationStage.Dismissal)]
    public void Only_a_discriminatory_recruitment_ad_is_fined(DiscriminationStage stage)
    {
        new DiscriminationSpecification { Now = At(2025, 4, 1) }
            .Given(Received(stage: stage), Accepted(), Found(), CorrectionOrdered(CorrectBy))
            .When((s, ctx) => ImposeDiscriminationFineDecision.Decide(s, new ImposeDiscriminationFine(5, 30_000m, "x"), ctx))
            .ThenRefused("fine-only-for-recruitment-ads");
    }

    [Fact]
    public void The_same_ad_is_fined_only_once()
    {
        FineCase(At(2025, 4, 1)).Given(Fined())
            .When((s, ctx) => ImposeDiscriminationFineDecision.Decide(s, new ImposeDiscriminationFine(5, 30_000m, "x"), ctx))
            .ThenRefused("fine-already-imposed");
    }

    [Theory]
    [InlineData(9_999.99)]
    [InlineData(50_000.01)]
    public void A_fine_outside_10000_to_50000_yuan_is_a_field_error(double amount)
    {
        ImposeDiscriminationFineDecision.Validate(new ImposeDiscriminationFine(4, (decimal)amount, "x"), new DiscriminationRules())
            .ToProblem().Errors.Keys.Should().Equal("amount");
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(50_000)]
    public void The_bounds_of_the_fine_are_allowed(int amount)
    {
        FineCase(At(2025, 4, 1))
            .When((s, ctx) => ImposeDiscriminationFineDecision.Decide(s, new ImposeDiscriminationFine(4, amount, "x"), ctx))
            .ThenEmits<DiscriminationFineImposed>();
    }

    [Fact]
    public void The_fine_range_is_configurable()
    {
        FineCase(At(2025, 4, 1), new DiscriminationRules { MinimumFine = 5_000m, MaximumFine = 8_000m })
            .When((s, ctx) => ImposeDiscriminationFineDecision.Decide(s, new ImposeDiscriminationFine(4, 6_000m, "x"), ctx))
            .ThenEmits<DiscriminationFineImposed>();
        ImposeDiscriminationFineDecision.Validate(new ImposeDiscriminationFine(4, 10_000m, "x"), new DiscriminationRules { MinimumFine = 5_000m, MaximumFine = 8_000m })
            .ToProblem().Errors.Keys.Should().Equal("amount");
    }

    [Fact]
    public void A_fine_amount_is_yuan_with_at_most_two_decimals()
    {
        ImposeDiscriminationFineDecision.Validate(new ImposeDiscriminationFine(4, 10_000.005m, "x"), new DiscriminationRules()).ToProblem().Errors.Keys.Should().Equal("amount");
        ImposeDiscriminationFineDecision.Validate(new ImposeDiscriminationFine(4, null, null), new DiscriminationRules()).ToProblem().Errors.Keys
            .Should().BeEquivalentTo("amount", "reason");
    }

    [Fact]
    public void A_joint_interview_that_took_place_is_recorded_with_its_participants()
    {
        var spec = new DiscriminationSpecification();
        var held = spec.Given(SubstantiatedCase())
            .When((s, ctx) => RecordJointInterviewDecision.Decide(s,
                new RecordJointInterview(3, [" 历下区总工会 ", "历下区妇联"], new DateOnly(2025, 3, 3), "约谈用人单位负责人"), ctx))
            .ThenEmits<DiscriminationJointInterviewHeld>();
        held.Participants.Should().Equal("历下区总工会", "历下区妇联");
        spec.ThenState.JointInterviews.Should().Be(1);
    }

    [Fact]
    public void A_joint_interview_cannot_be_recorded_for_a_future_date_nor_without_participants()
    {
        var today = new DateOnly(2025, 3, 3);
        RecordJointInterviewDecision.Validate(new RecordJointInterview(3, ["县妇联"], today.AddDays(1), "x"), today).ToProblem().Errors.Keys
            .Should().Equal("heldOn");
        RecordJointInterviewDecision.Validate(new RecordJointInterview(3, [], null, null), today).ToProblem().Errors.Keys
            .Should().BeEquivalentTo("participants", "heldOn", "summary");
        RecordJointInterviewDecision.Validate(new RecordJointInterview(3, ["县妇联", " "], new DateOnly(2025, 3, 3), "x"), today).ToProblem().Errors.Keys
            .Should().Equal("participants");
    }

    [Fact]
    public void A_substantiated_case_is_referred_for_supported_litigation_once()
    {
        var spec = new DiscriminationSpecification();
        spec.Given(SubstantiatedCase())
            .When((s, ctx) => ReferralDecisions.Decide(s, new ReferForSupportedLitigation(3, "历下区人民检察院", "劳动者拟起诉"), ctx))
            .ThenEmits<DiscriminationReferredForSupportedLitigation>();
        spec.ThenState.HasReferral.Should().BeTrue();
        new DiscriminationSpecification().Given([.. SubstantiatedCase(), ReferredForLitigation()])
            .When((s, ctx) => ReferralDecisions.Decide(s, new ReferForSupportedLitigation(4, "x", "y"), ctx))
            .ThenRefused("already-referred");
    }

    [Fact]
    public void A_substantiated_case_is_referred_to_the_procuratorate_once_per_kind()
    {
        new DiscriminationSpecification().Given([.. SubstantiatedCase(), ReferredToProcuratorate(ProcuratorateReferralKind.ProcuratorialSuggestion)])
            .When((s, ctx) => ReferralDecisions.Decide(s, new ReferToProcuratorate(4, ProcuratorateReferralKind.PublicInterestLitigation, "济南市人民检察院", "x"), ctx))
            .ThenEmits<DiscriminationReferredToProcuratorate>();
        new DiscriminationSpecification().Given([.. SubstantiatedCase(), ReferredToProcuratorate(ProcuratorateReferralKind.PublicInterestLitigation)])
            .When((s, ctx) => ReferralDecisions.Decide(s, new ReferToProcuratorate(4, ProcuratorateReferralKind.PublicInterestLitigation, "济南市人民检察院", "x"), ctx))
            .ThenRefused("already-referred");
        ReferralDecisions.Validate(new ReferToProcuratorate(3, null, null, null)).ToProblem().Errors.Keys
            .Should().BeEquivalentTo("kind", "procuratorate", "reason");
    }

    [Fact]
    public void Several_remedies_can_follow_one_finding()
    {
        var state = DiscriminationSpecification.Fold([.. SubstantiatedCase(), CorrectionOrdered(), Interviewed(), ReferredForLitigation(), ReferredToProcuratorate()]);
        state.Status.Should().Be(DiscriminationStatus.Substantiated);
        state.HasRemedy.Should().BeTrue();
        state.HasReferral.Should().BeTrue();
    }
}
