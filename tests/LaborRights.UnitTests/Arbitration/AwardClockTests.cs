using LaborRights.Arbitration;
using LaborRights.Arbitration.Extending;
using LaborRights.Arbitration.Suspending;
using static LaborRights.UnitTests.Arbitration.ArbitrationCaseEvents;

namespace LaborRights.UnitTests.Arbitration;

/// <summary>The 45-day award period: extension, suspension and resumption, and deadlines that fall on holidays.</summary>
public class AwardClockTests
{
    private static readonly LaborRights.Calendar.WorkingDayCalendar Calendar = ArbitrationSpecification.Calendar;

    [Fact]
    public void A_deadline_on_National_Day_2025_moves_to_the_next_working_day()
    {
        // 2025-08-17 + 45 days = 2025-10-01; 10-01..10-08 are the National Day and Mid-Autumn holiday.
        AwardClock.DueOn(new DateOnly(2025, 8, 17), 45, 0, Calendar).DueOn.Should().Be(new DateOnly(2025, 10, 9));

        var accepted = new ArbitrationSpecification { Now = At(2025, 8, 17) }.Given(Applied())
            .When((s, ctx) => LaborRights.Arbitration.Accepting.AcceptApplicationDecision.Decide(s, "n", ctx))
            .ThenEmits<ArbitrationApplicationAccepted>();
        accepted.AwardDueOn.Should().Be(new DateOnly(2025, 10, 9));
        accepted.AwardDueIsProvisional.Should().BeFalse();
    }

    [Fact]
    public void A_deadline_on_a_weekend_moves_to_Monday_and_an_adjusted_working_Saturday_stays()
    {
        AwardClock.DueOn(new DateOnly(2025, 8, 20), 45, 0, Calendar).DueOn.Should().Be(new DateOnly(2025, 10, 9), "10-04 is in the holiday");
        AwardClock.DueOn(new DateOnly(2025, 8, 27), 45, 0, Calendar).DueOn.Should().Be(new DateOnly(2025, 10, 11), "Saturday 10-11 is a working day (调休)");
        AwardClock.DueOn(new DateOnly(2025, 7, 28), 45, 0, Calendar).DueOn.Should().Be(new DateOnly(2025, 9, 11));
        AwardClock.DueOn(new DateOnly(2025, 7, 26), 45, 0, Calendar).DueOn.Should().Be(new DateOnly(2025, 9, 9));
        AwardClock.DueOn(new DateOnly(2025, 7, 29), 47, 0, Calendar).DueOn.Should().Be(new DateOnly(2025, 9, 15), "Sunday 09-14 → Monday");
    }

    [Fact]
    public void Suspension_stops_the_clock_and_resumption_carries_the_remaining_days_on()
    {
        // Accepted 2025-08-12, due 09-26. Suspended 08-22 (10 days used, 35 left), resumed 09-11 (20 days suspended).
        var spec = new ArbitrationSpecification { Now = At(2025, 8, 22) }.Given(HeardCase());
        var suspended = spec.When((s, ctx) => SuspensionDecisions.Decide(s, new SuspendProceedings(5, "等待工伤认定结论"), ctx))
            .ThenEmits<ArbitrationSuspended>();
        suspended.SuspendedOn.Should().Be(new DateOnly(2025, 8, 22));
        spec.ThenState.Status.Should().Be(ArbitrationStatus.Suspended);
        spec.ThenState.ClockRunning.Should().BeFalse();

        var resumedSpec = new ArbitrationSpecification { Now = At(2025, 9, 11) }.Given([.. HeardCase(), suspended]);
        var resumed = resumedSpec.When((s, ctx) => SuspensionDecisions.Decide(s, new ResumeProceedings(6), ctx)).ThenEmits<ArbitrationResumed>();

        resumed.DaysSuspended.Should().Be(20);
        resumed.NewAwardDueOn.Should().Be(new DateOnly(2025, 10, 16), "09-11 + 35 days left = 10-16, a Thursday");
        resumedSpec.ThenState.Status.Should().Be(ArbitrationStatus.Heard, "the case returns to where it was");
        resumedSpec.ThenState.AwardDueOn.Should().Be(new DateOnly(2025, 10, 16));
    }

    [Fact]
    public void A_resumed_deadline_that_falls_in_the_holiday_moves_after_it()
    {
        // Accepted 2025-08-12 (45 days → 09-26), suspended 08-22, resumed 08-27: 5 days more → 10-01 → 10-09.
        object[] history = [.. HeardCase(), new ArbitrationSuspended(Id, "x", new DateOnly(2025, 8, 22), "clerk", At(2025, 8, 22))];
        new ArbitrationSpecification { Now = At(2025, 8, 27) }.Given(history)
            .When((s, ctx) => SuspensionDecisions.Decide(s, new ResumeProceedings(6), ctx))
            .ThenEmits<ArbitrationResumed>().NewAwardDueOn.Should().Be(new DateOnly(2025, 10, 9));
    }

    [Fact]
    public void Two_suspensions_add_up()
    {
        object[] history =
        [
            .. HeardCase(),
            new ArbitrationSuspended(Id, "x", new DateOnly(2025, 8, 22), "clerk", At(2025, 8, 22)),
            new ArbitrationResumed(Id, new DateOnly(2025, 8, 25), 3, new DateOnly(2025, 9, 29), false, "clerk", At(2025, 8, 25)),
            new ArbitrationSuspended(Id, "y", new DateOnly(2025, 9, 1), "clerk", At(2025, 9, 1)),
        ];
        // 08-12 + 45 + 3 + 4 = 10-03 → holiday → 10-09.
        new ArbitrationSpecification { Now = At(2025, 9, 5) }.Given(history)
            .When((s, ctx) => SuspensionDecisions.Decide(s, new ResumeProceedings(8), ctx))
            .ThenEmits<ArbitrationResumed>().NewAwardDueOn.Should().Be(new DateOnly(2025, 10, 9));
    }

    [Fact]
    public void Suspension_and_resumption_are_refused_out_of_turn()
    {
        new ArbitrationSpecification().Given(Applied())
            .When((s, ctx) => SuspensionDecisions.Decide(s, new SuspendProceedings(1, "x"), ctx)).ThenRefused("not-allowed-in-status");
        new ArbitrationSpecification().Given(HeardCase())
            .When((s, ctx) => SuspensionDecisions.Decide(s, new ResumeProceedings(5), ctx)).ThenRefused("not-allowed-in-status");
        object[] suspended = [.. HeardCase(), new ArbitrationSuspended(Id, "x", new DateOnly(2025, 8, 22), "clerk", At(2025, 8, 22))];
        new ArbitrationSpecification { Now = At(2025, 8, 23) }.Given(suspended)
            .When((s, ctx) => SuspensionDecisions.Decide(s, new SuspendProceedings(6, "again"), ctx)).ThenRefused("not-allowed-in-status");
        new ArbitrationSpecification { Now = At(2025, 8, 23) }.Given(suspended)
            .When((s, ctx) => ExtendPeriodDecision.Decide(s, new ExtendPeriod(6, "主任", "复杂"), ctx)).ThenRefused("not-allowed-in-status");
        SuspensionDecisions.Validate(new SuspendProceedings(1, null)).Any.Should().BeTrue();
    }

    private static ExtensionRequested Requested(DateOnly due) => new(Id, due, "案情复杂", "clerk.wang", At(2025, 9, 19));

    private static ArbitrationSpecification Chair(int month = 9, int day = 20) =>
        new() { Now = At(2025, month, day), Actor = "chair.liu", Scope = StaffScopes.LixiaChair };

    private static Decision Approve(ArbitrationCase s, ArbitrationContext ctx) => ExtendPeriodDecision.Decide(s, new ExtendPeriod(s.Version, null, null), ctx);

    [Fact]
    public void The_chair_approves_the_arbitrators_request_to_extend_the_period_once_by_15_days()
    {
        var requested = new ArbitrationSpecification { Now = At(2025, 9, 19) }.Given(HeardCase())
            .When((s, ctx) => ExtensionRequests.Request(s.Id, s.ExtensionPeriod, new RequestExtension(5, "案情复杂"), ctx.Actor, ctx.Now))
            .ThenEmits<ExtensionRequested>();
        var spec = Chair().Given([.. HeardCase(), requested]);
        var extended = spec.When(Approve).ThenEmits<ArbitrationPeriodExtended>();

        extended.PreviousDueOn.Should().Be(new DateOnly(2025, 9, 26));
        extended.NewDueOn.Should().Be(new DateOnly(2025, 10, 11), "08-12 + 60 days = Saturday 10-11, an adjusted working day (调休)");
        extended.ApprovedBy.Should().Be("chair.liu", "the approver is the signed-in chair, not a typed name");
        spec.ThenState.Extended.Should().BeTrue();
    }

    [Fact]
    public void Extension_is_refused_twice_to_anyone_but_the_chair_or_after_the_period_ended()
    {
        var pending = Requested(new DateOnly(2025, 9, 26));
        var extended = new ArbitrationPeriodExtended(Id, 15, new(2025, 9, 26), new(2025, 10, 11), false, "主任", "复杂", "clerk", At(2025, 9, 20));
        new ArbitrationSpecification { Now = At(2025, 9, 21) }.Given([.. HeardCase(), pending, extended])
            .When((s, ctx) => ExtensionRequests.Request(s.Id, s.ExtensionPeriod, new RequestExtension(7, "再延"), ctx.Actor, ctx.Now))
            .ThenRefused("already-extended");
        new ArbitrationSpecification { Now = At(2025, 9, 20), Actor = "arbitrator.zhou", Scope = StaffScopes.Of(LaborRights.Security.StaffRoles.Arbitrator, "370102") }
            .Given([.. HeardCase(), pending]).When(Approve).ThenRefused("not-an-approver");
        new ArbitrationSpecification { Now = At(2025, 9, 20), Actor = "supervisor.jinan", Scope = StaffScopes.JinanSupervisor }
            .Given([.. HeardCase(), pending]).When(Approve).ThenRefused("not-an-approver");
        new ArbitrationSpecification { Now = At(2025, 9, 20), Actor = "chair.other", Scope = StaffScopes.Of(LaborRights.Security.StaffRoles.ArbitrationChair, "370202") }
            .Given([.. HeardCase(), pending]).When(Approve).ThenRefused("not-an-approver");
        Chair().Given(HeardCase()).When(Approve).ThenRefused("no-extension-request");
        Chair(day: 27).Given([.. HeardCase(), pending]).When(Approve).ThenRefused("period-already-expired");
        Chair().Given(Applied()).When(Approve).ThenRefused("not-allowed-in-status");
        ExtendPeriodDecision.Validate(new ExtendPeriod(1, null, null)).Any.Should().BeFalse("the approver is the caller; the request gives the reason");
        ExtendPeriodDecision.Validate(new ExtendPeriod(1, new string('x', 51), null)).ToProblem().Errors.Keys.Should().BeEquivalentTo("approvedBy");
    }

    [Fact]
    public void Extension_after_a_suspension_keeps_the_suspended_days()
    {
        object[] history =
        [
            .. HeardCase(),
            new ArbitrationSuspended(Id, "x", new DateOnly(2025, 8, 22), "clerk", At(2025, 8, 22)),
            new ArbitrationResumed(Id, new DateOnly(2025, 9, 1), 10, new DateOnly(2025, 10, 9), false, "clerk", At(2025, 9, 1)),
        ];
        // 08-12 + 45 + 15 + 10 = 10-21 (Tuesday).
        Chair(10, 9).Given([.. history, Requested(new DateOnly(2025, 10, 9))])
            .When(Approve)
            .ThenEmits<ArbitrationPeriodExtended>().NewDueOn.Should().Be(new DateOnly(2025, 10, 21));
    }
}
