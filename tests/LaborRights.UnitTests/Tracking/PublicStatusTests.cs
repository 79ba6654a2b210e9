using System.Reflection;
using System.Text.RegularExpressions;
using JasperFx.Events;
using LaborRights.Arbitration;
using LaborRights.Arbitration.GettingDetails;
using LaborRights.CaseIndex;
using LaborRights.Discrimination;
using LaborRights.Discrimination.GettingDetails;
using LaborRights.Tracking;
using LaborRights.WageArrears;
using LaborRights.WageArrears.GettingDetails;
using Arb = LaborRights.UnitTests.Arbitration.ArbitrationCaseEvents;
using Dis = LaborRights.UnitTests.Discrimination.DiscriminationCaseEvents;
using Wa = LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.Tracking;

/// <summary>
/// Issue 14, items 7 and 8: what public tracking answers for every trackable kind in every status — composed exactly as
/// <c>GET /api/tracking/{number}</c> composes it — carries no English enum name in a Chinese text and no time outside
/// Shanghai; a passed deadline is shown with what the worker may do; an award says per item whether it is final.
/// </summary>
public sealed partial class PublicStatusTests
{
    private static readonly DateOnly Today = new(2025, 12, 1);

    private static DateTimeOffset Cst(int y, int m, int d) => new(y, m, d, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>One history per status of each kind a worker tracks; a status without one fails <see cref="Every_status_of_every_trackable_kind_is_covered"/>.</summary>
    public static IEnumerable<(CaseKind Kind, string Name, object[] History)> Histories()
    {
        var waId = Wa.Id;
        yield return (CaseKind.WageArrears, "pending", [Wa.Received()]);
        yield return (CaseKind.WageArrears, "pending, late", [Wa.Received(), new AcceptanceDeadlinePassed(waId, new(2025, 3, 3), Cst(2025, 3, 4))]);
        yield return (CaseKind.WageArrears, "awaiting material",
            [Wa.Received(), new MaterialRequested(waId, "工资条", "inspector.li", Cst(2025, 2, 25), new DateOnly(2025, 3, 11))]);
        yield return (CaseKind.WageArrears, "rejected",
            [Wa.Received(), new ComplaintRejected(waId, RejectionReason.OutsideJurisdiction, "青岛市市南区人社局", "用工地不在本区", "inspector.li", Cst(2025, 2, 26))]);
        yield return (CaseKind.WageArrears, "under investigation", Wa.UnderInvestigation());
        yield return (CaseKind.WageArrears, "investigation late",
            [.. Wa.UnderInvestigation(), new InvestigationDeadlinePassed(waId, new(2025, 5, 23), Cst(2025, 5, 24))]);
        yield return (CaseKind.WageArrears, "payment ordered", Wa.PaymentOrderedCase());
        yield return (CaseKind.WageArrears, "payment late",
            [.. Wa.PaymentOrderedCase(new DateOnly(2025, 4, 1)), new PaymentDeadlinePassed(waId, new(2025, 4, 1), 45_000m, Cst(2025, 4, 2))]);
        yield return (CaseKind.WageArrears, "closed", [.. Wa.UnderInvestigation(), Wa.Closed()]);

        var disId = Dis.Id;
        yield return (CaseKind.Discrimination, "pending", [Dis.Received()]);
        yield return (CaseKind.Discrimination, "pending, late",
            [Dis.Received(), new DiscriminationAcceptanceDeadlinePassed(disId, new(2025, 3, 3), Cst(2025, 3, 4))]);
        yield return (CaseKind.Discrimination, "awaiting material", [Dis.Received(), new DiscriminationMaterialRequested(disId, "招聘广告截图", "inspector.zhang", Cst(2025, 2, 25))]);
        yield return (CaseKind.Discrimination, "rejected",
            [Dis.Received(), new DiscriminationComplaintRejected(disId, default, null, "超过两年", "inspector.zhang", Cst(2025, 2, 26))]);
        yield return (CaseKind.Discrimination, "under investigation", Dis.UnderInvestigation());
        yield return (CaseKind.Discrimination, "substantiated", Dis.SubstantiatedCase());
        yield return (CaseKind.Discrimination, "not substantiated", Dis.NotSubstantiatedCase());
        yield return (CaseKind.Discrimination, "closed", [.. Dis.SubstantiatedCase(), Dis.Closed()]);

        var arbId = Arb.Id;
        yield return (CaseKind.Arbitration, "pending", [Arb.Applied()]);
        yield return (CaseKind.Arbitration, "pending, late", [Arb.Applied(), new ArbitrationAcceptanceDeadlinePassed(arbId, new(2025, 8, 15), Cst(2025, 8, 16))]);
        yield return (CaseKind.Arbitration, "refused", [Arb.Applied(), new ArbitrationApplicationRefused(arbId, "不属于劳动争议", "clerk.wang", Cst(2025, 8, 12))]);
        yield return (CaseKind.Arbitration, "accepted", Arb.InProceedings());
        yield return (CaseKind.Arbitration, "panel formed", Arb.WithPanel());
        yield return (CaseKind.Arbitration, "hearing set", Arb.HearingSet());
        yield return (CaseKind.Arbitration, "heard", Arb.HeardCase());
        yield return (CaseKind.Arbitration, "suspended", [.. Arb.HeardCase(), new ArbitrationSuspended(arbId, "等待工伤认定", new(2025, 8, 22), "clerk", Cst(2025, 8, 22))]);
        yield return (CaseKind.Arbitration, "award late", [.. Arb.ReadyForAward(), new AwardDeadlinePassed(arbId, new(2025, 9, 26), Cst(2025, 9, 27))]);
        yield return (CaseKind.Arbitration, "awarded", Arb.AwardedCase());
        yield return (CaseKind.Arbitration, "awarded, mixed", [.. Arb.ReadyForAward(), MixedAward()]);
        yield return (CaseKind.Arbitration, "mediated", [.. Arb.HeardCase(), new MediationAgreementReached(arbId, [], "双方达成调解协议", "clerk", Cst(2025, 9, 1))]);
        yield return (CaseKind.Arbitration, "withdrawn", [.. Arb.InProceedings(), new ArbitrationWithdrawn(arbId, "已和解", "clerk", Cst(2025, 8, 20))]);
        yield return (CaseKind.Arbitration, "deemed withdrawn", [.. Arb.HearingSet(), new ArbitrationDeemedWithdrawn(arbId, "申请人无正当理由拒不到庭", "clerk", Cst(2025, 9, 1))]);
    }

    private static ArbitrationAwardIssued MixedAward() => new(Arb.Id,
        [Arb.Item(1, ClaimCategory.Pay, 20_000m, final: true), Arb.Item(2, ClaimCategory.Other, 8_000m, final: false)],
        Arb.Wage(), false, "clerk", Cst(2025, 9, 20));

    public static TheoryData<string> Names() => [.. Histories().Select(h => $"{h.Kind}: {h.Name}")];

    [Theory]
    [MemberData(nameof(Names))]
    public void The_answer_names_no_enum_in_chinese_and_every_time_is_in_shanghai(string name)
    {
        var status = StatusOf(name);
        var texts = new[] { status.StatusZh, status.NextStepZh ?? "" }
            .Concat(status.Timeline.Select(t => t.TextZh))
            .Concat(status.WhatYouMayDo.Select(r => r.TextZh));
        foreach (var text in texts)
            EnumNames().Where(n => Regex.IsMatch(text, $@"(?<![A-Za-z]){n}(?![A-Za-z])")).Should().BeEmpty("\"{0}\" ({1}) names no enum", text, name);
        status.Timeline.Should().NotBeEmpty().And.OnlyContain(t => t.At.Offset == TimeSpan.FromHours(8), "times are shown in Asia/Shanghai");
        foreach (var text in status.Timeline.Select(t => t.TextZh).Where(t => t.Contains("期限至") || t.Contains("前结案")))
            text.Should().Contain("（含当日）", "a deadline says the day itself counts");
    }

    [Fact]
    public void Every_status_of_every_trackable_kind_is_covered()
    {
        var covered = Histories().Select(h => (h.Kind, Entry(h.Kind, h.History).Status)).ToHashSet();
        foreach (var s in Enum.GetNames<CaseStatus>()) covered.Should().Contain((CaseKind.WageArrears, s));
        foreach (var s in Enum.GetNames<DiscriminationStatus>()) covered.Should().Contain((CaseKind.Discrimination, s));
        foreach (var s in Enum.GetNames<ArbitrationStatus>()) covered.Should().Contain((CaseKind.Arbitration, s));
    }

    [Theory]
    [InlineData("WageArrears: pending, late", "acceptance", "inspection-late")]
    [InlineData("WageArrears: investigation late", "investigation", "inspection-late")]
    [InlineData("Discrimination: pending, late", "acceptance", "inspection-late")]
    [InlineData("Arbitration: pending, late", "acceptance", "arbitration-refused")]
    [InlineData("Arbitration: award late", "award", "award-late")]
    public void A_passed_deadline_is_shown_for_every_kind_with_what_the_worker_may_do(string name, string step, string remedy)
    {
        var status = StatusOf(name);
        status.DeadlinePassed.Should().BeTrue();
        status.OverdueSteps.Should().Contain(step);
        status.WhatYouMayDo.Select(r => r.Code).Should().Contain(remedy);
        status.Timeline.Should().Contain(t => t.TextZh.Contains("已届满"), "the passing of the deadline is in the worker's timeline too");
    }

    [Fact]
    public void A_deadline_passed_by_the_date_alone_is_shown_as_passed_before_its_event_arrives()
    {
        // An offline complaint recorded days after it was received: its acceptance deadline is already behind it.
        var status = StatusOf("WageArrears: pending");
        status.NextDueOn.Should().BeBefore(Today);
        status.DeadlinePassed.Should().BeTrue("a worker is never told a date that has already passed as one still to come");
        status.WhatYouMayDo.Select(r => r.Code).Should().Contain("inspection-late");
    }

    [Fact]
    public void An_award_says_per_item_whether_it_is_final_and_how_to_sue_or_enforce()
    {
        var mixed = StatusOf("Arbitration: awarded, mixed").WhatYouMayDo;
        mixed.Select(r => r.Code).Should().Equal("sue-on-final-award", "sue-on-non-final-award", "apply-for-enforcement");
        mixed[0].TextZh.Should().StartWith("第1项请求是终局裁决").And.Contain("30日内向中级人民法院申请撤销");
        mixed[1].TextZh.Should().StartWith("第2项请求不是终局裁决").And.Contain("15日内向人民法院起诉");
        mixed[2].TextZh.Should().Contain("申请执行的期间为2年");
        StatusOf("Arbitration: refused").WhatYouMayDo.Select(r => r.Code).Should().Equal("arbitration-refused");
        StatusOf("Arbitration: mediated").WhatYouMayDo.Select(r => r.Code).Should().Equal("enforce-mediation");
        StatusOf("WageArrears: rejected").WhatYouMayDo.Select(r => r.Code).Should().Equal("inspection-refused", "arbitrate");
        // The employer's lateness is not the office's; here the investigation period has also passed by the date.
        StatusOf("WageArrears: payment late").WhatYouMayDo.Select(r => r.Code).Should().Equal("inspection-late", "employer-late", "arbitrate");
        StatusOf("Discrimination: rejected").WhatYouMayDo.Select(r => r.Code).Should().Equal("inspection-refused", "sue-for-discrimination");
    }

    private static PublicCaseStatus StatusOf(string name)
    {
        var (kind, _, history) = Histories().Single(h => $"{h.Kind}: {h.Name}" == name);
        var entry = Entry(kind, history);
        entry.TrackingNumber ??= "WA20250224-7K3M9P";
        Func<object, HistoryText?> describe = kind switch
        {
            CaseKind.WageArrears => e => CaseHistoryText.Describe(e, forPublic: true),
            CaseKind.Discrimination => e => DiscriminationHistoryText.Describe(e, forPublic: true),
            _ => e => ArbitrationHistoryText.Describe(e, forPublic: true),
        };
        // Stored events carry the store's UTC timestamp; the timeline must show business time in Shanghai.
        var events = history.Select((e, i) => (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(e.GetType()), e)!).ToList();
        foreach (var e in events) e.Timestamp = DateTimeOffset.UtcNow;
        return CaseIndexTracking.StatusOf(entry, events, describe, Today);
    }

    private static CaseIndexEntry Entry(CaseKind kind, object[] history)
    {
        var entry = CaseIndexEntry.Start(Guid.NewGuid(), history[0])!;
        entry.Kind.Should().Be(kind);
        for (var i = 0; i < history.Length; i++) entry.Apply(history[i], i + 1);
        return entry;
    }

    private static IReadOnlyList<string> EnumNames() => _names ??= typeof(ICaseEvent).Assembly.GetTypes().Where(t => t.IsEnum)
        .SelectMany(Enum.GetNames).Where(n => n.Length >= 4).Distinct().ToList();

    private static IReadOnlyList<string>? _names;
}
