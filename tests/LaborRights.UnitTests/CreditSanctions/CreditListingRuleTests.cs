using LaborRights.Calendar;
using LaborRights.Common;
using LaborRights.CreditSanctions;
using LaborRights.Employers;
using LaborRights.Security;
using LaborRights.WageArrears;

namespace LaborRights.UnitTests.CreditSanctions;

/// <summary>失信联合惩戒名单: proposal on the criteria, notice and hearing, decision by an approver, 3 years, early removal, expiry.</summary>
public class CreditListingRuleTests
{
    private static readonly Guid Id = Guid.Parse("c0d7e0e0-0000-4000-8000-000000000001");
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly WageArrearsRules Rules = new();
    private static readonly CreditSanctionSettings Settings = new();
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadEmbedded();
    private static StaffScope LixiaInspector => StaffScopes.Of(StaffRoles.Inspector, "370102");

    private static EmployerRecord Record(decimal unpaid, int workers = 4)
    {
        var unpaidCase = new EmployerCase
        {
            CaseId = Guid.NewGuid(), Kind = CaseKind.WageArrears, Reference = "历下区劳监立〔2026〕00003号", CountyCode = "370102",
            Workers = workers, PaymentOrdered = true, PaymentDeadlinePassed = true, UnpaidAfterOrder = unpaid,
        };
        return new EmployerRecord { Id = "91370102MA3C7XXX0X", Name = "济南某建筑劳务有限公司", Cases = [unpaidCase] };
    }

    private static ProposeListing Proposal(ListingGround ground = ListingGround.CriminalThreshold) =>
        new("91370102MA3C7XXX0X", ground, " 责令限期支付后仍拖欠12名农民工工资。 ");

    private static CreditListing Given(params object[] events) => events.Aggregate((CreditListing?)null, CreditListingFold.Apply)!;

    private static ListingProposed Proposed() =>
        (ListingProposed)CreditListingRules.Propose(Id, Record(50_000m), false, Proposal(), Rules, LixiaInspector, "inspector.lixia", Monday).Events.Single();

    private static ListingNoticeServed Served() =>
        (ListingNoticeServed)CreditListingRules.ServeNotice(Given(Proposed()), new(1, new DateOnly(2026, 3, 3)), LixiaInspector, Calendar, Settings,
            "inspector.lixia", Monday.AddDays(1)).Events.Single();

    [Fact]
    public void An_employer_unpaid_after_an_order_at_the_criminal_threshold_is_proposed_with_the_cases_behind_it()
    {
        var proposed = Proposed();
        (proposed.CreditCode, proposed.CountyCode, proposed.UnpaidAmount, proposed.Facts).Should().Be(("91370102MA3C7XXX0X", "370102", 50_000m, "责令限期支付后仍拖欠12名农民工工资。"));
        proposed.Cases.Should().ContainSingle().Which.Reference.Should().Be("历下区劳监立〔2026〕00003号");
        Given(proposed).Status.Should().Be(ListingStatus.Proposed);
    }

    [Fact]
    public void The_criteria_the_county_and_one_procedure_at_a_time_are_required()
    {
        Refused(CreditListingRules.Propose(Id, Record(10_000m), false, Proposal(), Rules, LixiaInspector, "i", Monday), "criteria-not-met");
        Refused(CreditListingRules.Propose(Id, Record(10_000m, workers: 8), false, Proposal(ListingGround.MassIncident), Rules, LixiaInspector, "i", Monday), "criteria-not-met");
        CreditListingRules.Propose(Id, Record(10_000m, workers: Rules.MassCaseWorkers), false, Proposal(ListingGround.MassIncident), Rules, LixiaInspector, "i", Monday)
            .Refusal.Should().BeNull();
        Refused(CreditListingRules.Propose(Id, Record(50_000m), false, Proposal(), Rules, StaffScopes.Of(StaffRoles.Inspector, "370202"), "i", Monday), "not-the-handling-office");
        Refused(CreditListingRules.Propose(Id, Record(50_000m), alreadyActive: true, Proposal(), Rules, LixiaInspector, "i", Monday), "already-in-procedure");
    }

    [Fact]
    public void The_notice_opens_a_period_in_working_days_for_the_employer_to_state_its_case()
    {
        var served = Served();
        served.StatementDueOn.Should().Be(Calendar.AddWorkingDays(new DateOnly(2026, 3, 3), Settings.StatementWorkingDays).DueOn);
        Refused(CreditListingRules.ServeNotice(Given(Proposed()), new(1, new DateOnly(2026, 3, 1)), LixiaInspector, Calendar, Settings, "i", Monday),
            "served-on-out-of-range");
    }

    [Fact]
    public void The_approver_lists_only_after_the_hearing_period_or_a_statement_and_never_their_own_proposal()
    {
        var jinan = StaffScopes.JinanSupervisor;
        var list = new DecideListing(2, true, "经告知未在期限内陈述申辩，决定列入。");
        Refused(CreditListingRules.Decide(Given(Proposed()), list, jinan, Settings, "supervisor.jinan", Monday.AddDays(1)), "notice-not-served");
        Refused(CreditListingRules.Decide(Given(Proposed(), Served()), list, jinan, Settings, "supervisor.jinan", Monday.AddDays(3)), "statement-period-running");
        Refused(CreditListingRules.Decide(Given(Proposed(), Served()), list, LixiaInspector, Settings, "inspector.lixia", Monday.AddDays(30)), "not-an-approver");
        var provinceProposer = StaffScopes.Of(StaffRoles.Supervisor, StaffScope.ProvinceCode);
        Refused(CreditListingRules.Decide(Given(Proposed(), Served()), list, provinceProposer, Settings, "inspector.lixia", Monday.AddDays(30)), "self-approval");

        var afterPeriod = Monday.AddDays(30);
        var listed = CreditListingRules.Decide(Given(Proposed(), Served()), list, jinan, Settings, "supervisor.jinan", afterPeriod).Events.Single()
            .Should().BeOfType<EmployerListed>().Subject;
        (listed.ListedFrom, listed.ListedUntil).Should().Be((new DateOnly(2026, 4, 1), new DateOnly(2029, 3, 31)), "3 years from the decision");

        var statement = new ListingStatementRecorded(Id, "已筹措资金，请求暂缓列入。", "inspector.lixia", Monday.AddDays(2));
        CreditListingRules.Decide(Given(Proposed(), Served(), statement), list, jinan, Settings, "supervisor.jinan", Monday.AddDays(3))
            .Refusal.Should().BeNull("a recorded statement ends the hearing");
        CreditListingRules.Decide(Given(Proposed()), new DecideListing(1, false, "已全额支付"), jinan, Settings, "supervisor.jinan", Monday)
            .Events.Single().Should().BeOfType<ListingDropped>();
    }

    [Fact]
    public void A_listed_employer_is_removed_early_only_after_six_months_and_expires_after_three_years_once()
    {
        var listed = new EmployerListed(Id, new DateOnly(2026, 4, 1), new DateOnly(2029, 3, 31), "列入", "supervisor.jinan", Monday.AddDays(30));
        var state = Given(Proposed(), Served(), listed);
        var removal = new RemoveListingEarly(4, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), "已全额支付并作出信用承诺");
        Refused(CreditListingRules.RemoveEarly(state, removal, StaffScopes.JinanSupervisor, Settings, "s", new DateTimeOffset(2026, 9, 30, 9, 0, 0, TimeSpan.FromHours(8))), "too-early");
        var removed = CreditListingRules.RemoveEarly(state, removal, StaffScopes.JinanSupervisor, Settings, "s", new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        Given(Proposed(), Served(), listed, removed.Events.Single()).Status.Should().Be(ListingStatus.RemovedEarly);

        var end = ShanghaiTime.EndOf(listed.ListedUntil);
        var expired = CreditListingRules.PeriodEnded(state, new ListingPeriodEnded(Id, listed.ListedUntil), end);
        var after = Given(Proposed(), Served(), listed, expired.Events.Single());
        (after.Status, after.IsActive).Should().Be((ListingStatus.Expired, false));
        CreditListingRules.PeriodEnded(after, new ListingPeriodEnded(Id, listed.ListedUntil), end.AddMinutes(1)).Events.Should().BeEmpty("delivered twice");
        CreditListingRules.PeriodEnded(state, new ListingPeriodEnded(Id, listed.ListedUntil), end.AddSeconds(-1)).Events.Should().BeEmpty("too early");
    }

    private static void Refused(Decision decision, string code)
    {
        decision.Events.Should().BeEmpty();
        decision.Refusal!.Code.Should().Be(code);
        decision.Refusal.Chinese.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
    }
}
