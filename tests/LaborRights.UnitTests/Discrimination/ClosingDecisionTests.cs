using LaborRights.Discrimination;
using LaborRights.Discrimination.Closing;
using static LaborRights.UnitTests.Discrimination.DiscriminationCaseEvents;

namespace LaborRights.UnitTests.Discrimination;

public class ClosingDecisionTests
{
    private static DiscriminationSpecification Close(object[] history, DiscriminationOutcome outcome) =>
        new DiscriminationSpecification().Given(history)
            .When((s, ctx) => CloseDiscriminationCaseDecision.Decide(s, new CloseDiscriminationCase(history.Length, outcome, "结案说明"), ctx));

    public static TheoryData<object[], DiscriminationOutcome> AllowedClosures() => new()
    {
        { NotSubstantiatedCase(), DiscriminationOutcome.NotSubstantiated },
        { [.. SubstantiatedCase(), CorrectionOrdered()], DiscriminationOutcome.Remedied },
        { [.. SubstantiatedCase(), Interviewed()], DiscriminationOutcome.Remedied },
        { [.. SubstantiatedCase(), ReferredForLitigation()], DiscriminationOutcome.Referred },
        { [.. SubstantiatedCase(), ReferredToProcuratorate()], DiscriminationOutcome.Referred },
        { UnderInvestigation(), DiscriminationOutcome.Withdrawn },
    };

    [Theory]
    [MemberData(nameof(AllowedClosures))]
    public void A_case_closes_with_the_outcome_its_record_supports(object[] history, DiscriminationOutcome outcome)
    {
        var spec = Close(history, outcome);
        spec.ThenEmits<DiscriminationCaseClosed>().Outcome.Should().Be(outcome);
        spec.ThenState.Status.Should().Be(DiscriminationStatus.Closed);
    }

    public static TheoryData<object[], DiscriminationOutcome> MismatchedClosures() => new()
    {
        { UnderInvestigation(), DiscriminationOutcome.NotSubstantiated },
        { UnderInvestigation(), DiscriminationOutcome.Remedied },
        { UnderInvestigation(), DiscriminationOutcome.Referred },
        { SubstantiatedCase(), DiscriminationOutcome.NotSubstantiated },
        { SubstantiatedCase(), DiscriminationOutcome.Remedied },
        { SubstantiatedCase(), DiscriminationOutcome.Referred },
        { SubstantiatedCase(), DiscriminationOutcome.Withdrawn },
        { [.. SubstantiatedCase(), ReferredForLitigation()], DiscriminationOutcome.Remedied },
        { [.. SubstantiatedCase(), Interviewed()], DiscriminationOutcome.Referred },
        { NotSubstantiatedCase(), DiscriminationOutcome.Remedied },
        { NotSubstantiatedCase(), DiscriminationOutcome.Withdrawn },
        { NotSubstantiatedCase(), DiscriminationOutcome.Referred },
    };

    [Theory]
    [MemberData(nameof(MismatchedClosures))]
    public void An_outcome_the_record_does_not_support_is_refused(object[] history, DiscriminationOutcome outcome) =>
        Close(history, outcome).ThenRefused("outcome-mismatch");

    [Fact]
    public void A_report_is_investigated_of_the_authoritys_own_motion_and_cannot_be_withdrawn() =>
        Close(UnderInvestigation(DiscriminationFilingKind.Report), DiscriminationOutcome.Withdrawn).ThenRefused("report-cannot-be-withdrawn");

    public static TheoryData<object[]> NotOpen() => new()
    {
        new object[] { Received() },
        new object[] { Received(), new DiscriminationComplaintRejected(Id, DiscriminationRejectionReason.TimeBarred, null, "x", "a", At(2025, 2, 25)) },
        (object[])[.. NotSubstantiatedCase(), Closed(DiscriminationOutcome.NotSubstantiated)],
    };

    [Theory]
    [MemberData(nameof(NotOpen))]
    public void Only_an_open_case_can_be_closed(object[] history)
    {
        foreach (var outcome in Enum.GetValues<DiscriminationOutcome>())
            Close(history, outcome).ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void Closing_needs_an_outcome_and_a_summary()
    {
        CloseDiscriminationCaseDecision.Validate(new CloseDiscriminationCase(3, null, "")).ToProblem().Errors.Keys
            .Should().BeEquivalentTo("outcome", "summary");
    }
}
