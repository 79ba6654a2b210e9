using LaborRights.Common;
using LaborRights.Security;
using LaborRights.Supervision;

namespace LaborRights.UnitTests.Supervision;

/// <summary>挂牌督办: Given the supervision's events → When a command → Then events or a refusal.</summary>
public class SupervisionRuleTests
{
    private static readonly Guid Id = Guid.Parse("5b0d7e0e-0000-4000-8000-000000000001");
    private static readonly CaseReference WageArrearsCase = new(CaseKind.WageArrears, Guid.Parse("5b0d7e0e-0000-4000-8000-0000000000aa"));
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly CompleteBy = new(2026, 3, 31);

    private static StaffScope CitySupervisor => StaffScopes.JinanSupervisor;
    private static StaffScope ProvinceSupervisor => StaffScopes.Of(StaffRoles.Supervisor, StaffScope.ProvinceCode);
    private static StaffScope OtherCitySupervisor => StaffScopes.Of(StaffRoles.Supervisor, "370200");
    private static StaffScope LixiaInspector => StaffScopes.Of(StaffRoles.Inspector, "370102");
    private static StaffScope LixiaArbitrator => StaffScopes.Of(StaffRoles.Arbitrator, "370102");

    private static SupervisedCase OpenCase => new(WageArrearsCase, "历下区劳监投〔2026〕00012号", "370102", true, "调查中");

    private static SupervisionOpened Opened(SupervisionLevel level = SupervisionLevel.City) =>
        new(Id, WageArrearsCase, "历下区劳监投〔2026〕00012号", "370102", level, "七日内查清欠薪人数和金额", CompleteBy, "supervisor.jinan", Monday);

    private static SupervisionProgressReported Reported(bool completed, DateTimeOffset? at = null) =>
        new(Id, completed ? "已全额支付，结案" : "已约谈用人单位", completed, "inspector.lixia", at ?? Monday.AddDays(3));

    private static PrioritySupervision Given(params object[] events) =>
        events.Aggregate((PrioritySupervision?)null, SupervisionFold.Apply)!;

    private static OpenSupervision Command(DateOnly? completeBy = null) => new(WageArrearsCase.Id, completeBy ?? CompleteBy, " 七日内查清欠薪人数和金额 ");

    [Fact]
    public void A_city_supervisor_flags_an_open_case_of_their_city_at_city_level()
    {
        var decision = SupervisionRules.Open(Id, OpenCase, alreadyActive: false, Command(), CitySupervisor, "supervisor.jinan", Monday);

        var opened = decision.Events.Should().ContainSingle().Which.Should().BeOfType<SupervisionOpened>().Subject;
        opened.Level.Should().Be(SupervisionLevel.City);
        opened.Instructions.Should().Be("七日内查清欠薪人数和金额", "the instructions are stored trimmed");
        opened.CompleteBy.Should().Be(CompleteBy);
        opened.Case.Should().Be(WageArrearsCase);
        var state = Given(opened);
        state.Status.Should().Be(SupervisionStatus.Open);
        state.CityCode.Should().Be("370100");
        state.IsActive.Should().BeTrue();
    }

    [Fact]
    public void A_province_supervisor_flags_at_province_level()
    {
        var decision = SupervisionRules.Open(Id, OpenCase, false, Command(), ProvinceSupervisor, "supervisor.province", Monday);
        decision.Events.Should().ContainSingle().Which.As<SupervisionOpened>().Level.Should().Be(SupervisionLevel.Province);
    }

    [Fact]
    public void Only_a_supervisor_of_the_city_or_province_flags_a_case()
    {
        Refused(SupervisionRules.Open(Id, OpenCase, false, Command(), OtherCitySupervisor, "supervisor.qingdao", Monday), "not-a-supervising-level");
        Refused(SupervisionRules.Open(Id, OpenCase, false, Command(), LixiaInspector, "inspector.lixia", Monday), "not-a-supervising-level");
        // A supervisor of the county itself is not a level above it.
        Refused(SupervisionRules.Open(Id, OpenCase, false, Command(), StaffScopes.Of(StaffRoles.Supervisor, "370102"), "supervisor.lixia", Monday),
            "not-a-supervising-level");
    }

    [Fact]
    public void An_ended_case_or_one_already_flagged_is_not_flagged_again()
    {
        Refused(SupervisionRules.Open(Id, OpenCase with { IsOpen = false, StatusZh = "已结案" }, false, Command(), CitySupervisor, "s", Monday), "case-ended")
            .Chinese.Should().Contain("已结案");
        Refused(SupervisionRules.Open(Id, OpenCase, alreadyActive: true, Command(), CitySupervisor, "s", Monday), "already-supervised");
    }

    [Theory]
    [InlineData(0, "completeBy")]
    [InlineData(-1, "completeBy")]
    [InlineData(367, "completeBy")]
    public void The_completion_date_lies_after_today_and_within_a_year(int daysAhead, string field)
    {
        var today = DateOnly.FromDateTime(Monday.DateTime);
        SupervisionRules.Validate(Command(today.AddDays(daysAhead)), today).ToProblem().Errors.Should().ContainKey(field);
        SupervisionRules.Validate(Command(today.AddDays(1)), today).Any.Should().BeFalse();
        SupervisionRules.Validate(Command(today.AddDays(SupervisionRules.MaxDaysAhead)), today).Any.Should().BeFalse();
    }

    [Fact]
    public void The_case_and_the_instructions_are_required()
    {
        var errors = SupervisionRules.Validate(new OpenSupervision(null, null, "  "), new DateOnly(2026, 3, 2)).ToProblem().Errors;
        errors.Keys.Should().BeEquivalentTo(["caseId", "completeBy", "instructions"]);
        errors["instructions"].Should().Contain(m => m.Contains("督办要求"), "a person reads the field's name in Chinese");
    }

    [Fact]
    public void The_case_staff_report_progress_and_then_completion()
    {
        var given = Given(Opened());
        var progress = SupervisionRules.Report(given, new(1, "已约谈用人单位", null), LixiaInspector, "inspector.lixia", Monday.AddDays(1));
        var afterProgress = Given(Opened(), progress.Events.Single());
        afterProgress.Status.Should().Be(SupervisionStatus.Open, "a progress report leaves the supervision open");
        afterProgress.LastReportAt.Should().Be(Monday.AddDays(1));

        var completion = SupervisionRules.Report(afterProgress, new(2, "已全额支付", true), LixiaInspector, "inspector.lixia", Monday.AddDays(2));
        Given(Opened(), progress.Events.Single(), completion.Events.Single()).Status.Should().Be(SupervisionStatus.CompletionReported);
    }

    [Fact]
    public void Only_the_staff_handling_the_kind_in_the_county_report()
    {
        var given = Given(Opened());
        Refused(SupervisionRules.Report(given, new(1, "x", null), LixiaArbitrator, "arbitrator.lixia", Monday), "not-the-handling-staff");
        Refused(SupervisionRules.Report(given, new(1, "x", null), StaffScopes.Of(StaffRoles.Inspector, "370202"), "i", Monday), "not-the-handling-staff");
        Refused(SupervisionRules.Report(given, new(1, "x", null), CitySupervisor, "s", Monday), "not-the-handling-staff");
    }

    [Fact]
    public void An_arbitration_case_is_reported_on_by_its_arbitrators_or_chair()
    {
        var arbitration = Given(Opened() with { Case = new CaseReference(CaseKind.Arbitration, Guid.NewGuid()) });
        SupervisionRules.Report(arbitration, new(1, "x", null), LixiaArbitrator, "a", Monday).Refusal.Should().BeNull();
        SupervisionRules.Report(arbitration, new(1, "x", null), StaffScopes.LixiaChair, "c", Monday).Refusal.Should().BeNull();
        Refused(SupervisionRules.Report(arbitration, new(1, "x", null), LixiaInspector, "i", Monday), "not-the-handling-staff");
    }

    [Fact]
    public void While_a_completion_report_awaits_review_nothing_more_is_reported()
    {
        Refused(SupervisionRules.Report(Given(Opened(), Reported(true)), new(2, "补充", null), LixiaInspector, "i", Monday), "completion-under-review");
    }

    [Fact]
    public void The_supervisor_concludes_after_a_completion_report_and_the_flag_comes_off()
    {
        var given = Given(Opened(), Reported(true));
        var decision = SupervisionRules.Conclude(given, new(2, "同意销号"), CitySupervisor, "supervisor.jinan", Monday.AddDays(5));
        var state = Given(Opened(), Reported(true), decision.Events.Single());
        state.Status.Should().Be(SupervisionStatus.Concluded);
        state.IsActive.Should().BeFalse();
        state.Entries.Select(e => e.Kind).Should().Equal(SupervisionEntryKind.Opened, SupervisionEntryKind.Completion, SupervisionEntryKind.Concluded);
    }

    [Fact]
    public void Nothing_is_concluded_or_returned_before_completion_is_reported_and_nothing_after_conclusion()
    {
        Refused(SupervisionRules.Conclude(Given(Opened()), new(1, "x"), CitySupervisor, "s", Monday), "no-completion-report");
        Refused(SupervisionRules.Return(Given(Opened(), Reported(false)), new(2, "x"), CitySupervisor, "s", Monday), "no-completion-report");
        var concluded = Given(Opened(), Reported(true), new SupervisionConcluded(Id, "同意", "s", Monday.AddDays(4)));
        Refused(SupervisionRules.Conclude(concluded, new(3, "x"), CitySupervisor, "s", Monday), "supervision-concluded");
        Refused(SupervisionRules.Report(concluded, new(3, "x", null), LixiaInspector, "i", Monday), "supervision-concluded");
    }

    [Fact]
    public void A_province_flag_is_decided_by_the_province_and_a_city_flag_by_the_city_or_province()
    {
        var province = Given(Opened(SupervisionLevel.Province), Reported(true));
        Refused(SupervisionRules.Conclude(province, new(2, "x"), CitySupervisor, "s", Monday), "not-the-deciding-level").Chinese.Should().Contain("省级");
        SupervisionRules.Conclude(province, new(2, "x"), ProvinceSupervisor, "p", Monday).Refusal.Should().BeNull();

        var city = Given(Opened(), Reported(true));
        SupervisionRules.Conclude(city, new(2, "x"), ProvinceSupervisor, "p", Monday).Refusal.Should().BeNull();
        Refused(SupervisionRules.Conclude(city, new(2, "x"), OtherCitySupervisor, "q", Monday), "not-the-deciding-level");
    }

    [Fact]
    public void A_returned_report_reopens_the_supervision()
    {
        var decision = SupervisionRules.Return(Given(Opened(), Reported(true)), new(2, "工资未全部到账"), CitySupervisor, "s", Monday.AddDays(4));
        decision.Events.Should().ContainSingle().Which.Should().BeOfType<SupervisionCompletionReturned>();
        Given(Opened(), Reported(true), decision.Events.Single()).Status.Should().Be(SupervisionStatus.Open);
    }

    [Fact]
    public void The_date_passing_without_completion_makes_a_city_flag_late_and_escalates_it_to_the_province()
    {
        var given = Given(Opened());
        var afterDate = ShanghaiTime.EndOf(CompleteBy);
        var decision = SupervisionRules.DateReached(given, new SupervisionDateReached(Id, CompleteBy), afterDate);
        var missed = decision.Events.Should().ContainSingle().Which.Should().BeOfType<SupervisionDateMissed>().Subject;
        missed.EscalatedToProvince.Should().BeTrue();
        var state = Given(Opened(), missed);
        state.IsLate.Should().BeTrue();
        state.DecidingLevel.Should().Be(SupervisionLevel.Province, "an escalated flag is the province's to decide");

        // Delivered twice: nothing more.
        SupervisionRules.DateReached(state, new SupervisionDateReached(Id, CompleteBy), afterDate.AddMinutes(1)).Events.Should().BeEmpty();
        // Once escalated, only the province concludes it.
        var reported = Given(Opened(), missed, Reported(true, afterDate.AddDays(1)));
        Refused(SupervisionRules.Conclude(reported, new(3, "x"), CitySupervisor, "s", afterDate.AddDays(2)), "not-the-deciding-level");
    }

    [Fact]
    public void A_province_flag_passing_its_date_is_late_but_goes_nowhere_higher()
    {
        var decision = SupervisionRules.DateReached(Given(Opened(SupervisionLevel.Province)), new SupervisionDateReached(Id, CompleteBy),
            ShanghaiTime.EndOf(CompleteBy));
        decision.Events.Single().As<SupervisionDateMissed>().EscalatedToProvince.Should().BeFalse();
    }

    [Fact]
    public void The_date_is_not_missed_early_or_once_completion_was_reported_in_time()
    {
        SupervisionRules.DateReached(Given(Opened()), new SupervisionDateReached(Id, CompleteBy), ShanghaiTime.EndOf(CompleteBy).AddSeconds(-1))
            .Events.Should().BeEmpty("the day has not ended yet");
        SupervisionRules.DateReached(Given(Opened(), Reported(true)), new SupervisionDateReached(Id, CompleteBy), ShanghaiTime.EndOf(CompleteBy))
            .Events.Should().BeEmpty("completion was reported before the date; the supervisor's review is not the staff's lateness");
    }

    [Fact]
    public void A_completion_report_returned_after_the_date_makes_the_flag_late_then()
    {
        var afterDate = ShanghaiTime.EndOf(CompleteBy).AddDays(2);
        var decision = SupervisionRules.Return(Given(Opened(), Reported(true)), new(2, "未到账"), CitySupervisor, "s", afterDate);
        decision.Events.Select(e => e.GetType()).Should().Equal(typeof(SupervisionCompletionReturned), typeof(SupervisionDateMissed));
        var state = Given(Opened(), Reported(true), decision.Events[0], decision.Events[1]);
        (state.IsLate, state.EscalatedToProvince, state.Status).Should().Be((true, true, SupervisionStatus.Open));
    }

    private static Refusal Refused(Decision decision, string code)
    {
        decision.Events.Should().BeEmpty("a refusal appends nothing");
        decision.Refusal.Should().NotBeNull();
        decision.Refusal!.Code.Should().Be(code);
        decision.Refusal.Chinese.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
        return decision.Refusal;
    }
}
