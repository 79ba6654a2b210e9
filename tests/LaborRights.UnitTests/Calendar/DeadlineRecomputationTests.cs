using LaborRights.Arbitration;
using LaborRights.Calendar;
using LaborRights.Inspections;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Deadlines;
using Wa = LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.Calendar;

/// <summary>
/// Issue 14, item 6: when a new year's holiday arrangement is added, a provisional deadline is computed again by the
/// same count under the calendar that now has the year; the change is an event and its deadline message is
/// scheduled anew.
/// </summary>
public sealed class DeadlineRecomputationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 20, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>An invented 2027 arrangement: New Year on Friday 1 January, a spring festival week with a Sunday worked.</summary>
    private static readonly CalendarEntry[] Year2027 =
    [
        new(new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦"),
        .. Enumerable.Range(8, 5).Select(d => new CalendarEntry(new DateOnly(2027, 2, d), CalendarDayKind.Holiday, "春节")),
        new(new DateOnly(2027, 2, 14), CalendarDayKind.Workday, "春节"),
    ];

    private static WorkingDayCalendar With2027()
    {
        var calendar = WorkingDayCalendar.LoadEmbedded();
        calendar.Publish(2027, Year2027).Should().BeTrue();
        return calendar;
    }

    [Fact]
    public void Publishing_a_year_makes_its_days_certain_and_the_calendar_before_it_can_still_be_read()
    {
        var calendar = WorkingDayCalendar.LoadEmbedded();
        var before = calendar.AddWorkingDays(new DateOnly(2026, 12, 30), 2);
        before.Should().Be(new Deadline(new DateOnly(2027, 1, 1), IsProvisional: true), "Friday 1 January counts as a working day while 2027 is unknown");

        calendar.Publish(2027, Year2027).Should().BeTrue();
        calendar.AddWorkingDays(new DateOnly(2026, 12, 30), 2).Should().Be(new Deadline(new DateOnly(2027, 1, 4), IsProvisional: false));
        calendar.Publish(2027, []).Should().BeFalse("a published year is never rewritten");
        calendar.Excluding(2027).AddWorkingDays(new DateOnly(2026, 12, 30), 2).Should().Be(before);
        FluentActions.Invoking(() => calendar.Publish(2028, [new(new DateOnly(2029, 1, 1), CalendarDayKind.Holiday, "元旦")]))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_provisional_investigation_deadline_is_computed_again_with_the_same_working_days()
    {
        var calendar = WorkingDayCalendar.LoadEmbedded();
        var filedOn = new DateOnly(2026, 12, 1);
        var due = calendar.AddWorkingDays(filedOn, 60);
        due.IsProvisional.Should().BeTrue();
        var state = Fold(Wa.Received(at: new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8))),
            new ComplaintAccepted(Wa.Id, "历下区劳监立〔2026〕00001号", filedOn, due.DueOn, true, "inspector.li", Now.AddDays(-19)));

        var published = With2027();
        var recomputed = state.RecomputeDeadline(published, 2027, Now);

        recomputed.Should().NotBeNull();
        recomputed!.Step.Should().Be(CaseSteps.Investigation);
        recomputed.PreviousDueOn.Should().Be(due.DueOn);
        recomputed.NewDueOn.Should().Be(published.AddWorkingDays(filedOn, 60).DueOn).And.BeAfter(due.DueOn, "New Year and the spring festival are not working days");
        recomputed.NewDueIsProvisional.Should().BeFalse();
        recomputed.Text.Chinese.Should().Contain("2027年节假日安排公布").And.Contain("（含当日）");

        var after = state.Evolve(recomputed);
        after.InvestigationDueOn.Should().Be(recomputed.NewDueOn);
        after.DeadlineIsProvisional.Should().BeFalse();
        DeadlineSchedule.For([recomputed]).OfType<Wolverine.DeliveryMessage<object>>().Select(m => m.Message)
            .Should().ContainSingle().Which.Should().Be(new InvestigationDeadlineReached(Wa.Id, recomputed.NewDueOn));
        after.RecomputeDeadline(published, 2027, Now).Should().BeNull("a certain deadline is not computed again");
    }

    [Fact]
    public void A_certain_deadline_and_one_still_provisional_on_the_same_day_stay_as_they_are()
    {
        var calendar = With2027();
        // Received 2025: its acceptance deadline never touched 2027.
        Fold(Wa.Received()).RecomputeDeadline(calendar, 2027, Now).Should().BeNull();
        // Reaching into 2028 (still unpublished), with no 2027 day moving it: nothing to record.
        DeadlineRecomputation.Changed(Wa.Id, CaseSteps.Investigation, new DateOnly(2028, 1, 5),
            new Deadline(new DateOnly(2028, 1, 5), IsProvisional: true), 2027, Now).Should().BeNull();
    }

    [Fact]
    public void A_complaint_waiting_for_material_has_its_supply_date_computed_again_and_a_discrimination_complaint_its_acceptance()
    {
        var calendar = WorkingDayCalendar.LoadEmbedded();
        var asked = new DateOnly(2026, 12, 28);
        var supplyBy = calendar.AddWorkingDays(asked, 5);
        supplyBy.IsProvisional.Should().BeTrue();
        var published = With2027();
        var id = Guid.NewGuid();

        var clocks = new ComplaintClocks(CaseSteps.Material, new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 27), asked, supplyBy.DueOn, null, null);
        var material = DeadlineRecomputation.ComplaintStep(id, clocks, provisional: true, published, 2027, Now)!;
        material.Step.Should().Be(CaseSteps.Material);
        material.NewDueOn.Should().Be(published.AddWorkingDays(asked, 5).DueOn).And.BeAfter(supplyBy.DueOn, "1 January 2027 is a holiday");
        DeadlineRecomputation.ComplaintStep(id, clocks with { SupplyBy = null }, true, published, 2027, Now)
            .Should().BeNull("no supply date was set, so there is none to move");

        var receivedOn = new DateOnly(2026, 12, 28);
        var acceptanceDue = calendar.AddWorkingDays(receivedOn, 5);
        var discrimination = new LaborRights.Discrimination.DiscriminationCase
        {
            Id = id, Status = LaborRights.Discrimination.DiscriminationStatus.PendingAcceptance,
            AcceptanceClockStart = receivedOn, AcceptanceDueOn = acceptanceDue.DueOn, DeadlineIsProvisional = acceptanceDue.IsProvisional,
        };
        var acceptance = discrimination.RecomputeDeadline(published, 2027, Now)!;
        acceptance.Step.Should().Be(CaseSteps.Acceptance);
        acceptance.NewDueOn.Should().Be(published.AddWorkingDays(receivedOn, 5).DueOn);
    }

    [Fact]
    public void An_extended_investigation_counts_its_extension_too()
    {
        var calendar = WorkingDayCalendar.LoadEmbedded();
        var filedOn = new DateOnly(2026, 10, 15);
        var first = calendar.AddWorkingDays(filedOn, 60);
        var extended = calendar.AddWorkingDays(first.DueOn, 30);
        var state = Fold(Wa.Received(at: new DateTimeOffset(2026, 10, 14, 9, 0, 0, TimeSpan.FromHours(8))),
            new ComplaintAccepted(Wa.Id, "历下区劳监立〔2026〕00002号", filedOn, first.DueOn, first.IsProvisional, "inspector.li", Now),
            new InvestigationExtended(Wa.Id, first.DueOn, extended.DueOn, extended.IsProvisional, "supervisor.jinan", "复杂", "supervisor.jinan", Now));
        extended.IsProvisional.Should().BeTrue();

        var published = With2027();
        state.RecomputeDeadline(published, 2027, Now)!.NewDueOn.Should().Be(published.AddWorkingDays(filedOn, 90).DueOn);
    }

    [Fact]
    public void An_award_period_in_calendar_days_only_moves_its_last_day_off_a_new_holiday()
    {
        var calendar = WorkingDayCalendar.LoadEmbedded();
        // Accepted 2026-11-17: 45 days later is Friday 1 January 2027, a working day while 2027 is unknown.
        var acceptedOn = new DateOnly(2026, 11, 17);
        var due = AwardClock.DueOn(acceptedOn, 45, 0, calendar);
        due.Should().Be(new Deadline(new DateOnly(2027, 1, 1), IsProvisional: true));
        var state = new ArbitrationCase
        {
            Id = Guid.NewGuid(), Status = ArbitrationStatus.Accepted, AcceptedOn = acceptedOn, AwardPeriodDays = 45,
            AwardDueOn = due.DueOn, DeadlineIsProvisional = true,
        };

        var recomputed = state.RecomputeDeadline(With2027(), 2027, new ArbitrationRules(), Now)!;
        recomputed.Step.Should().Be(CaseSteps.Award);
        recomputed.NewDueOn.Should().Be(new DateOnly(2027, 1, 4), "the last day moves off the New Year holiday and the weekend");
        recomputed.NewDueIsProvisional.Should().BeFalse();
    }

    [Fact]
    public void An_inspection_whose_clock_follows_its_discrimination_case_has_no_deadline_to_compute()
    {
        new InspectionCase
            {
                Status = InspectionStatus.UnderInvestigation, Origin = InspectionOrigin.Linkage, DeadlineIsProvisional = true,
                Source = new CaseReference(CaseKind.Discrimination, Guid.NewGuid()), InvestigationDueOn = new DateOnly(2027, 2, 1),
                FiledOn = new DateOnly(2026, 11, 1),
            }
            .RecomputeDeadline(With2027(), 2027, Now).Should().BeNull();
    }

    private static WageArrearsCase Fold(params object[] events) => events.Aggregate(new WageArrearsCase(), (s, e) => s.Evolve(e));
}
