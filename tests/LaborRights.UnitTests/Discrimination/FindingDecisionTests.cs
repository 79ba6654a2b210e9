using LaborRights.Discrimination;
using LaborRights.Discrimination.RecordingFinding;
using static LaborRights.UnitTests.Discrimination.DiscriminationCaseEvents;

namespace LaborRights.UnitTests.Discrimination;

public class FindingDecisionTests
{
    private readonly DiscriminationSpecification _spec = new();

    [Fact]
    public void A_substantiated_finding_opens_the_way_to_remedies()
    {
        var finding = _spec.Given(UnderInvestigation())
            .When((s, ctx) => RecordDiscriminationFindingDecision.Decide(s, new RecordDiscriminationFinding(2, true, "广告限男性"), ctx))
            .ThenEmits<DiscriminationFindingRecorded>();
        finding.Substantiated.Should().BeTrue();
        finding.Reasons.Should().Be("广告限男性");
        _spec.Decision.Warnings.Should().BeEmpty();
        _spec.ThenState.Status.Should().Be(DiscriminationStatus.Substantiated);
    }

    [Fact]
    public void A_finding_of_no_discrimination_leads_to_closure()
    {
        _spec.Given(UnderInvestigation())
            .When((s, ctx) => RecordDiscriminationFindingDecision.Decide(s, new RecordDiscriminationFinding(2, false, "岗位确有体能要求"), ctx))
            .ThenEmits<DiscriminationFindingRecorded>();
        _spec.ThenState.Status.Should().Be(DiscriminationStatus.NotSubstantiated);
    }

    [Fact]
    public void Substantiating_discrimination_on_non_statutory_grounds_only_is_allowed_with_a_warning()
    {
        var spec = new DiscriminationSpecification()
            .Given(Received(grounds: [DiscriminationGround.Age, DiscriminationGround.Height]), Accepted())
            .When((s, ctx) => RecordDiscriminationFindingDecision.Decide(s, new RecordDiscriminationFinding(2, true, "x"), ctx));
        spec.ThenEmits<DiscriminationFindingRecorded>();
        spec.Decision.Warnings.Should().ContainSingle().Which.Code.Should().Be("non-statutory-grounds-only");
    }

    public static TheoryData<object[]> NotUnderInvestigation() => new()
    {
        new object[] { Received() },
        new object[] { Received(), Accepted(), Found() },
        new object[] { Received(), Accepted(), Found(false) },
        new object[] { Received(), Accepted(), Found(false), Closed(DiscriminationOutcome.NotSubstantiated) },
    };

    [Theory]
    [MemberData(nameof(NotUnderInvestigation))]
    public void A_finding_is_made_once_and_only_during_the_investigation(object[] history)
    {
        new DiscriminationSpecification().Given(history)
            .When((s, ctx) => RecordDiscriminationFindingDecision.Decide(s, new RecordDiscriminationFinding(9, true, "x"), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Fact]
    public void A_finding_needs_a_conclusion_and_reasons()
    {
        RecordDiscriminationFindingDecision.Validate(new RecordDiscriminationFinding(2, null, " ")).ToProblem().Errors.Keys
            .Should().BeEquivalentTo("substantiated", "reasons");
    }
}
