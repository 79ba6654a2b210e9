using LaborRights.WageArrears;
using LaborRights.WageArrears.Deadlines;
using LaborRights.WageArrears.Extending;
using LaborRights.WageArrears.Reopening;
using static LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.WageArrears;

/// <summary>
/// Issue 14, item 1: a reopened case is investigated again within a new period — 60 working days from the day it is
/// reopened, extendable once — and is reopened only on a stated legal ground with its basis, on the record.
/// </summary>
public class ReopeningTests
{
    private static readonly DateTimeOffset ReopenedAt = At(2025, 6, 3);
    private static readonly object[] ClosedAfterAnExtension =
    [
        .. UnderInvestigation(),
        new InvestigationExtended(Id, new DateOnly(2025, 5, 23), new DateOnly(2025, 7, 4), false, "chief.zhao", "复杂", "inspector.li", At(2025, 5, 10)),
        Closed(ClosureOutcome.Withdrawn),
    ];

    private static ReopenCase Reopen(int version) =>
        new(version, "投诉人提交了新的工资表，证明尚有未支付的工资。", ReopeningGround.NewFacts, "补充证据材料（2025年6月2日收到）");

    [Fact]
    public void Reopening_starts_a_new_investigation_period_of_60_working_days_from_the_reopening_day()
    {
        var reopened = new CaseSpecification { Now = ReopenedAt }.Given(ClosedAfterAnExtension)
            .When((s, ctx) => ReopenCaseDecision.Decide(s, Reopen(ClosedAfterAnExtension.Length), ctx))
            .ThenEmits<CaseReopened>();

        var expected = Specification<WageArrearsCase, CaseContext<WageArrearsRules>, CaseSpecification>.Calendar.AddWorkingDays(new DateOnly(2025, 6, 3), 60);
        reopened.InvestigationDueOn.Should().Be(expected.DueOn);
        reopened.Ground.Should().Be(ReopeningGround.NewFacts);
        reopened.Basis.Should().Contain("补充证据材料");

        var state = CaseSpecification.Fold([.. ClosedAfterAnExtension, reopened]);
        state.Status.Should().Be(CaseStatus.UnderInvestigation);
        state.InvestigationDueOn.Should().Be(expected.DueOn);
        state.NextDueOn.Should().Be(expected.DueOn);
        state.Extended.Should().BeFalse("the new period may be extended once");
        state.OverdueSteps.Should().NotContain(WageArrearsCase.Investigation);

        // Its deadline is scheduled like the first period's.
        DeadlineSchedule.For([reopened]).OfType<Wolverine.DeliveryMessage<object>>().Select(m => m.Message)
            .Should().ContainSingle().Which.Should().Be(new InvestigationDeadlineReached(Id, expected.DueOn));
    }

    [Fact]
    public void The_new_period_may_be_extended_once()
    {
        var reopened = new CaseSpecification { Now = ReopenedAt }.Given(ClosedAfterAnExtension)
            .When((s, ctx) => ReopenCaseDecision.Decide(s, Reopen(ClosedAfterAnExtension.Length), ctx))
            .ThenEmits<CaseReopened>();
        object[] history = [.. ClosedAfterAnExtension, reopened];

        var requested = new CaseSpecification { Now = At(2025, 6, 10) }.Given(history)
            .When((s, ctx) => ExtensionRequests.Request(s.Id, s.ExtensionPeriod, new RequestExtension(history.Length, "需要调取银行流水"), ctx.Actor, ctx.Now))
            .ThenEmits<ExtensionRequested>();
        new CaseSpecification { Now = At(2025, 6, 10), Actor = "supervisor.jinan", Scope = StaffScopes.JinanSupervisor }.Given([.. history, requested])
            .When((s, ctx) => ExtendInvestigationDecision.Decide(s, new ExtendInvestigation(history.Length + 1, null, null), ctx))
            .ThenEmits<InvestigationExtended>()
            .PreviousDueOn.Should().Be(reopened.InvestigationDueOn!.Value);
    }

    [Fact]
    public void Reopening_needs_a_legal_ground_and_its_basis()
    {
        var errors = ReopenCaseDecision.Validate(new ReopenCase(5, "再查一遍"));
        errors.All.Select(e => e.Field).Should().BeEquivalentTo(["ground", "basis"]);
        ReopenCaseDecision.Validate(Reopen(5)).Any.Should().BeFalse();
    }
}
