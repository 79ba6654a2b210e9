using LaborRights.Arbitration;
using LaborRights.Arbitration.Awarding;
using LaborRights.Arbitration.SettingAside;
using static LaborRights.UnitTests.Arbitration.ArbitrationCaseEvents;

namespace LaborRights.UnitTests.Arbitration;

/// <summary>
/// Issue 14, item 11: an award with final and non-final items is issued as separate written awards (劳动人事争议仲裁
/// 办案规则 第50条), and the employer's 30-day window to apply to set aside the final items (劳动争议调解仲裁法 第49条)
/// is tracked, with the application when the employer makes one.
/// </summary>
public class MixedAwardTests
{
    private static AwardItemForm Grant(int number, decimal? amount) => new(number, amount, "经审理查明");

    private readonly ArbitrationSpecification _spec = new() { Now = At(2025, 9, 5) };

    [Fact]
    public void A_mixed_award_is_issued_as_a_final_and_a_non_final_award_and_opens_the_set_aside_window()
    {
        // Claim 1 exceeds twelve months of the minimum wage by one fen: not final; claims 2 and 3 are final.
        var award = _spec.Given(ReadyForAward())
            .When((s, ctx) => IssueAwardDecision.Decide(s, new IssueAward(6, [Grant(1, 25_200.01m), Grant(2, 1_000m), Grant(3, null)]), ctx))
            .ThenEmits<ArbitrationAwardIssued>();

        award.Documents.Should().BeEquivalentTo(new[] { new AwardDocument(true, [2, 3]), new AwardDocument(false, [1]) },
            o => o.WithStrictOrdering());
        _spec.ThenState.SetAsideWindowEndsOn.Should().Be(new DateOnly(2025, 10, 5), "30 days from the award (2025-09-05)");
    }

    [Fact]
    public void An_award_of_one_finality_is_one_document_and_a_non_final_one_has_no_set_aside_window()
    {
        var history = new object[] { Applied(claims: [new(1, ClaimCategory.Pay, "工资", 30_000m)]), Accepted(), Panel(), Scheduled(), Attended(), MediationFailed() };
        var spec = new ArbitrationSpecification { Now = At(2025, 9, 5) }.Given(history);
        spec.When((s, ctx) => IssueAwardDecision.Decide(s, new IssueAward(7, [Grant(1, 25_200.01m)]), ctx))
            .ThenEmits<ArbitrationAwardIssued>().Documents.Should().ContainSingle().Which.Final.Should().BeFalse();
        spec.ThenState.SetAsideWindowEndsOn.Should().BeNull();

        new ArbitrationSpecification { Now = At(2025, 9, 10) }.Given([.. history, spec.ThenEmits<ArbitrationAwardIssued>()])
            .When((s, ctx) => RecordSetAsideApplicationDecision.Decide(s, new RecordSetAsideApplication(8, "济南市中级人民法院", new DateOnly(2025, 9, 9)), ctx))
            .ThenRefused("no-final-award");
    }

    [Fact]
    public void The_employers_application_to_set_aside_is_recorded_once_dated_between_the_award_and_today()
    {
        object[] awarded = [.. AwardedCase()];
        var at = new ArbitrationSpecification { Now = At(2025, 10, 1) };
        Decision Record(ArbitrationCase s, ArbitrationContext ctx, DateOnly on) =>
            RecordSetAsideApplicationDecision.Decide(s, new RecordSetAsideApplication(s.Version, "济南市中级人民法院", on), ctx);

        at.Given(awarded).When((s, ctx) => Record(s, ctx, new DateOnly(2025, 10, 2))).ThenRefused("applied-on-out-of-range");
        var recorded = at.Given(awarded).When((s, ctx) => Record(s, ctx, new DateOnly(2025, 9, 28))).ThenEmits<SetAsideApplicationRecorded>();
        recorded.Court.Should().Be("济南市中级人民法院");
        at.ThenState.SetAsideApplication.Should().Be(recorded);
        at.Given([.. awarded, recorded]).When((s, ctx) => Record(s, ctx, new DateOnly(2025, 9, 29))).ThenRefused("set-aside-already-recorded");
        RecordSetAsideApplicationDecision.Validate(new RecordSetAsideApplication(1, null, null)).All.Select(e => e.Field).Should().BeEquivalentTo(["court", "appliedOn"]);
    }
}
