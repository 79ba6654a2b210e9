using LaborRights.Arbitration;
using LaborRights.Arbitration.FormingPanel;
using LaborRights.Arbitration.RecordingAttendance;
using LaborRights.Arbitration.SchedulingHearing;
using static LaborRights.UnitTests.Arbitration.ArbitrationCaseEvents;

namespace LaborRights.UnitTests.Arbitration;

public class PanelAndHearingTests
{
    private readonly ArbitrationSpecification _spec = new() { Now = At(2025, 8, 13) };

    private static FormPanel Sole(string name = "李仲裁") => new(3, [name], null);
    private static FormPanel Three(string presiding = "张首席") => new(3, ["李仲裁", "张首席", "赵仲裁"], presiding);

    [Fact]
    public void A_sole_arbitrator_may_hear_a_small_dispute()
    {
        var formed = _spec.Given(InProceedings()).When((s, ctx) => FormPanelDecision.Decide(s, Sole(), ctx)).ThenEmits<ArbitrationPanelFormed>();

        formed.Arbitrators.Should().Equal("李仲裁");
        formed.PresidingArbitrator.Should().Be("李仲裁");
        _spec.ThenState.Status.Should().Be(ArbitrationStatus.PanelFormed);
    }

    [Fact]
    public void A_tribunal_of_three_lists_its_presiding_arbitrator_first()
    {
        var formed = _spec.Given(InProceedings()).When((s, ctx) => FormPanelDecision.Decide(s, Three(), ctx)).ThenEmits<ArbitrationPanelFormed>();

        formed.PresidingArbitrator.Should().Be("张首席");
        formed.Arbitrators.Should().Equal("张首席", "李仲裁", "赵仲裁");
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(25, true)]
    public void Ten_or_more_workers_require_three_arbitrators(int workers, bool refused)
    {
        _spec.Given(Applied(workers: workers), Accepted()).When((s, ctx) => FormPanelDecision.Decide(s, Sole(), ctx));
        if (refused) _spec.ThenRefused("three-arbitrators-required");
        else _spec.ThenEmits<ArbitrationPanelFormed>();
        new ArbitrationSpecification().Given(Applied(workers: workers), Accepted())
            .When((s, ctx) => FormPanelDecision.Decide(s, Three(), ctx)).ThenEmits<ArbitrationPanelFormed>();
    }

    [Fact]
    public void The_same_tribunal_again_appends_nothing_and_a_changed_one_replaces_it_before_the_hearing()
    {
        _spec.Given(WithPanel()).When((s, ctx) => FormPanelDecision.Decide(s, Sole(), ctx)).ThenNothing();
        new ArbitrationSpecification().Given(HearingSet())
            .When((s, ctx) => FormPanelDecision.Decide(s, Sole("周仲裁"), ctx))
            .ThenEmits<ArbitrationPanelFormed>().Arbitrators.Should().Equal("周仲裁");
    }

    [Theory]
    [MemberData(nameof(NotReadyForPanel))]
    public void A_tribunal_is_formed_only_between_acceptance_and_the_hearing(object[] history) =>
        _spec.Given(history).When((s, ctx) => FormPanelDecision.Decide(s, Sole(), ctx)).ThenRefused("not-allowed-in-status");

    public static TheoryData<object[]> NotReadyForPanel() => new() { { [Applied()] }, { HeardCase() }, { AwardedCase() } };

    [Theory]
    [InlineData(new[] { "a", "b" }, null, "arbitrators")]
    [InlineData(new[] { "a", "a", "b" }, "a", "arbitrators")]
    [InlineData(new[] { "a", "b", "c" }, null, "presidingArbitrator")]
    [InlineData(new[] { "a", "b", "c" }, "d", "presidingArbitrator")]
    public void A_malformed_tribunal_is_a_field_error(string[] names, string? presiding, string field) =>
        FormPanelDecision.Validate(new FormPanel(1, names, presiding)).ToProblem().Errors.Should().ContainKey(field);

    // Issue 14, item 4: the short periods of the arbitration case-handling rules (人社部令第33号) are working days.
    [Fact]
    public void A_hearing_is_set_at_least_five_working_days_ahead()
    {
        // Notified on Wednesday 13 August 2025: the fifth working day after it is Wednesday 20 August.
        var scheduled = _spec.Given(WithPanel())
            .When((s, ctx) => ScheduleHearingDecision.Decide(s, new ScheduleHearing(3, new DateOnly(2025, 8, 20), " 第一仲裁庭 "), ctx))
            .ThenEmits<HearingScheduled>();

        scheduled.HearingOn.Should().Be(new DateOnly(2025, 8, 20));
        scheduled.NotifiedOn.Should().Be(new DateOnly(2025, 8, 13));
        scheduled.Place.Should().Be("第一仲裁庭");
        scheduled.NonWorkingDayReason.Should().BeNull();
        _spec.ThenState.Status.Should().Be(ArbitrationStatus.HearingScheduled);
    }

    [Fact]
    public void A_hearing_less_than_five_working_days_ahead_is_refused()
    {
        // Five calendar days (Monday 18 August) are only three working days.
        var refusal = _spec.Given(WithPanel())
            .When((s, ctx) => ScheduleHearingDecision.Decide(s, new ScheduleHearing(3, new DateOnly(2025, 8, 18), "x"), ctx))
            .ThenRefused("notice-too-short");
        refusal.Chinese.Should().Contain("2025-08-20").And.Contain("工作日");
    }

    [Fact]
    public void A_hearing_on_a_non_working_day_needs_an_explicit_override_with_its_reason_which_is_recorded()
    {
        // Saturday 23 August 2025.
        _spec.Given(WithPanel())
            .When((s, ctx) => ScheduleHearingDecision.Decide(s, new ScheduleHearing(3, new DateOnly(2025, 8, 23), "x"), ctx))
            .ThenRefused("non-working-day");
        ScheduleHearingDecision.Validate(new ScheduleHearing(3, new DateOnly(2025, 8, 23), "x", OnNonWorkingDay: true))
            .ToProblem().Errors.Should().ContainKey("nonWorkingDayReason");

        var scheduled = new ArbitrationSpecification { Now = At(2025, 8, 13) }.Given(WithPanel())
            .When((s, ctx) => ScheduleHearingDecision.Decide(s,
                new ScheduleHearing(3, new DateOnly(2025, 8, 23), "第一仲裁庭", OnNonWorkingDay: true, NonWorkingDayReason: "申请人为外地务工人员，仅周末可以到庭"), ctx))
            .ThenEmits<HearingScheduled>();
        scheduled.NonWorkingDayReason.Should().Be("申请人为外地务工人员，仅周末可以到庭");
    }

    [Fact]
    public void A_hearing_may_be_rescheduled_but_not_before_a_tribunal_exists()
    {
        new ArbitrationSpecification { Now = At(2025, 8, 20) }.Given(HearingSet())
            .When((s, ctx) => ScheduleHearingDecision.Decide(s, new ScheduleHearing(4, new DateOnly(2025, 9, 1), "x"), ctx))
            .ThenEmits<HearingScheduled>();
        _spec.Given(InProceedings())
            .When((s, ctx) => ScheduleHearingDecision.Decide(s, new ScheduleHearing(2, new DateOnly(2025, 9, 1), "x"), ctx))
            .ThenRefused("panel-required");
        new ArbitrationSpecification().Given(Applied())
            .When((s, ctx) => ScheduleHearingDecision.Decide(s, new ScheduleHearing(1, new DateOnly(2025, 9, 1), "x"), ctx))
            .ThenRefused("not-allowed-in-status");
        ScheduleHearingDecision.Validate(new ScheduleHearing(1, null, null)).ToProblem().Errors.Keys.Should().BeEquivalentTo("hearingOn", "place");
    }

    [Fact]
    public void Both_parties_present_means_the_case_is_heard()
    {
        var spec = new ArbitrationSpecification { Now = At(2025, 8, 25) }.Given(HearingSet());
        var recorded = spec.When((s, ctx) => RecordAttendanceDecision.Decide(s, new RecordAttendance(4, true, true), ctx))
            .ThenEmits<HearingAttendanceRecorded>();

        recorded.HearingOn.Should().Be(new DateOnly(2025, 8, 25));
        spec.ThenState.Status.Should().Be(ArbitrationStatus.Heard);
        spec.ThenState.RespondentAbsent.Should().BeFalse();
    }

    [Fact]
    public void An_absent_applicant_is_deemed_to_have_withdrawn()
    {
        var spec = new ArbitrationSpecification { Now = At(2025, 8, 25) }.Given(HearingSet());
        var events = spec.When((s, ctx) => RecordAttendanceDecision.Decide(s, new RecordAttendance(4, false, true), ctx)).ThenEmitsAll();

        events.Select(e => e.GetType()).Should().Equal(typeof(HearingAttendanceRecorded), typeof(ArbitrationDeemedWithdrawn));
        spec.ThenState.Status.Should().Be(ArbitrationStatus.Withdrawn);
        spec.ThenState.IsClosed.Should().BeTrue();
    }

    [Fact]
    public void An_absent_respondent_allows_a_default_award()
    {
        var spec = new ArbitrationSpecification { Now = At(2025, 8, 25) }.Given(HearingSet());
        spec.When((s, ctx) => RecordAttendanceDecision.Decide(s, new RecordAttendance(4, true, false), ctx)).ThenEmits<HearingAttendanceRecorded>();

        spec.ThenState.Status.Should().Be(ArbitrationStatus.Heard);
        spec.ThenState.RespondentAbsent.Should().BeTrue();
    }

    [Fact]
    public void Attendance_cannot_be_recorded_before_the_hearing_day_or_without_a_hearing()
    {
        new ArbitrationSpecification { Now = At(2025, 8, 24) }.Given(HearingSet())
            .When((s, ctx) => RecordAttendanceDecision.Decide(s, new RecordAttendance(4, true, true), ctx))
            .ThenRefused("hearing-not-yet-held");
        _spec.Given(WithPanel())
            .When((s, ctx) => RecordAttendanceDecision.Decide(s, new RecordAttendance(3, true, true), ctx))
            .ThenRefused("not-allowed-in-status");
        RecordAttendanceDecision.Validate(new RecordAttendance(1, null, true)).ToProblem().Errors.Should().ContainKey("applicantAppeared");
    }
}
