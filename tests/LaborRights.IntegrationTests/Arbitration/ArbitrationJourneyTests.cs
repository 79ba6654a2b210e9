using LaborRights.Arbitration;
using LaborRights.Arbitration.Linking;
using LaborRights.Common;
using LaborRights.IntegrationTests.Infrastructure;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.Arbitration;

[Collection(AppCollection.Name)]
public class ArbitrationJourneyTests(AppFixture app)
{
    [Fact]
    public async Task An_application_goes_from_online_filing_through_hearing_and_partial_award_to_an_award_reported_unpaid()
    {
        var host = app.Host;
        var filed = await host.Apply(idempotencyKey: $"journey-{Guid.NewGuid():N}");
        filed.TrackingNumber.Should().StartWith("AR");
        filed.Message.Should().Contain("向人民法院提起诉讼");
        var tracked = await host.Track(filed);
        tracked.Kind.Should().Be(CaseKind.Arbitration);
        tracked.Should().BeEquivalentTo(new { NextStep = "acceptance", NextDueOn = filed.AcceptanceDueOn });
        tracked.Status.Should().Be(nameof(ArbitrationStatus.PendingAcceptance));
        tracked.StatusZh.Should().Be("待受理审查");

        var accepted = await host.Arbitrate(filed.Id, "accept", new { version = 1 });
        accepted.Status.Should().Be(ArbitrationStatus.Accepted);
        var v = (await host.Arbitrate(filed.Id, "form-panel", new { version = accepted.Version, arbitrators = new[] { "李仲裁" } })).Version;
        var hearingOn = app.EarliestHearingDay(extraWorkingDays: 1);
        v = (await host.Arbitrate(filed.Id, "schedule-hearing", new { version = v, hearingOn, place = "历下区仲裁院第一仲裁庭" })).Version;
        app.MoveClockToMorningOf(hearingOn);
        v = (await host.Arbitrate(filed.Id, "record-attendance", new { version = v, applicantAppeared = true, respondentAppeared = true })).Version;
        v = (await host.Arbitrate(filed.Id, "record-mediation-failure", new { version = v, note = "被申请人不同意支付经济补偿" })).Version;
        v = (await host.Arbitrate(filed.Id, "issue-partial-award", new { version = v, items = new[] { new { claimNumber = 1, grantedAmount = 25_200m, ruling = "工资事实清楚，先行裁决" } } })).Version;
        var awarded = await host.Arbitrate(filed.Id, "issue-award", new
        {
            version = v,
            items = new object[]
            {
                new { claimNumber = 2, grantedAmount = 40_000m, ruling = "违法解除，支持经济补偿" },
                new { claimNumber = 3, grantedAmount = (decimal?)null, ruling = "支持" },
            },
        });
        awarded.Status.Should().Be(ArbitrationStatus.Awarded);
        var unpaid = await host.Arbitrate(filed.Id, "report-award-unpaid", new { version = awarded.Version, amountUnpaid = 65_200m, note = "单位逾期未履行" }, user: "clerk.sun");
        unpaid.Events.Should().Equal(nameof(AwardReportedUnpaid), nameof(ArbitrationCaseLinked));

        var details = await host.ArbitrationDetails(filed.Id);
        var view = details.Case;
        view.Status.Should().Be(ArbitrationStatus.Awarded);
        view.CaseNumber.Should().MatchRegex(@"^历下区劳人仲案字〔\d{4}〕第\d{5}号$");
        view.Applicant.IdNumberMasked.Should().Be("110105********002X");
        view.Applicant.PhoneMasked.Should().Be("138****5678");
        view.Respondent.IdNumberMasked.Should().Be("91350100M000100Y43", "a credit code is public");
        view.Employer.CreditCode.Should().Be("91350100M000100Y43");
        view.AwardedItems.Select(i => (i.ClaimNumber, i.IsFinal)).Should().Equal((1, true), (2, false), (3, true));
        view.MinimumWage!.FinalityLimit.Should().Be(25_200m, "Lixia is tier 1: 12 × 2,100 yuan");
        view.AmountAwarded.Should().Be(65_200m);
        view.UnpaidReported.Should().BeTrue();
        details.History.Select(h => h.Event).Should().Equal(
            "ArbitrationApplied", "ArbitrationApplicationAccepted", "ArbitrationPanelFormed", "HearingScheduled", "HearingAttendanceRecorded",
            "MediationFailed", "PartialAwardIssued", "ArbitrationAwardIssued", "AwardReportedUnpaid", "ArbitrationCaseLinked");
        details.History.Should().OnlyContain(h => h.TextZh.Length > 0 && h.TextEn.Length > 0);
        details.History.Last().Actor.Should().Be("clerk.sun");
        string.Concat(details.History.Select(h => h.TextZh)).Should().NotContain("13812345678").And.NotContain("11010519491231002X");

        var final = await host.Track(filed);
        final.Status.Should().Be(nameof(ArbitrationStatus.Awarded));
        final.CaseNumber.Should().Be(view.CaseNumber);
        final.Timeline.Should().HaveCount(9);
        string.Concat(final.Timeline.Select(t => t.TextZh + t.TextEn)).Should().NotContain("李仲裁").And.NotContain(ArbitrationScenarios.Clerk);

        // Issue 14, item 11: final and non-final items are separate written awards, each with its remedies for the worker;
        // the employer's window to apply to set aside the final items is tracked, and its application recorded.
        view.AwardDocuments.Select(d => (d.Final, d.Partial, string.Join(",", d.ClaimNumbers)))
            .Should().Equal((true, true, "1"), (true, false, "3"), (false, false, "2"));
        view.SetAsideWindowEndsOn.Should().Be(app.Today().AddDays(30));
        final.WhatYouMayDo.Select(r => r.Code).Should().Equal("sue-on-final-award", "sue-on-non-final-award", "apply-for-enforcement");
        final.WhatYouMayDo[0].TextZh.Should().StartWith("第1、3项请求是终局裁决");
        await host.ArbitrateExpecting(filed.Id, "record-set-aside-application", new { version = unpaid.Version, court = "济南市中级人民法院", appliedOn = app.Today().AddDays(1) }, 422);
        await host.Arbitrate(filed.Id, "record-set-aside-application", new { version = unpaid.Version, court = "济南市中级人民法院", appliedOn = app.Today() });
        var challenged = await host.ArbitrationDetails(filed.Id);
        challenged.Case.SetAsideApplication!.Court.Should().Be("济南市中级人民法院");
        (await host.Track(filed)).Timeline.Last().TextZh.Should().Contain("向济南市中级人民法院申请撤销终局裁决");
    }

    [Fact]
    public async Task A_mediation_agreement_closes_the_case_with_the_agreed_items()
    {
        var (filed, v) = await app.HeardCase();
        var closed = await app.Host.Arbitrate(filed.Id, "record-mediation-agreement", new
        {
            version = v,
            summary = "双方自愿达成调解协议",
            items = new[] { new { category = "Pay", description = "2026年12月31日前支付工资", amount = 28_000m } },
        });

        closed.Status.Should().Be(ArbitrationStatus.Mediated);
        var view = (await app.Host.ArbitrationDetails(filed.Id)).Case;
        view.Settlement.Should().ContainSingle().Which.Amount.Should().Be(28_000m);
        view.ClosedAt.Should().NotBeNull();
    }

    [Fact]
    public async Task An_applicant_who_does_not_appear_is_deemed_to_have_withdrawn()
    {
        var filed = await app.Host.Apply();
        var v = (await app.Host.Arbitrate(filed.Id, "accept", new { version = 1 })).Version;
        v = (await app.Host.Arbitrate(filed.Id, "form-panel", new { version = v, arbitrators = new[] { "李仲裁" } })).Version;
        var hearingOn = app.EarliestHearingDay();
        v = (await app.Host.Arbitrate(filed.Id, "schedule-hearing", new { version = v, hearingOn, place = "第二仲裁庭" })).Version;
        app.MoveClockToMorningOf(hearingOn);

        var result = await app.Host.Arbitrate(filed.Id, "record-attendance", new { version = v, applicantAppeared = false, respondentAppeared = true });

        result.Status.Should().Be(ArbitrationStatus.Withdrawn);
        result.Events.Should().Equal("HearingAttendanceRecorded", "ArbitrationDeemedWithdrawn");
        (await app.Host.Track(filed)).Timeline.Last().TextZh.Should().Contain("按撤回仲裁申请处理");
    }

    [Fact]
    public async Task Staff_register_a_counter_application_and_linkage_links_it_idempotently()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { channel = "Counter", application = ArbitrationScenarios.AnApplication() }).ToUrl("/api/arbitration");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, "clerk.sun");
            x.StatusCodeShouldBe(201);
        });
        var filed = (await result.ReadAsJsonAsync<LaborRights.Arbitration.Filing.ArbitrationApplicationFiled>())!;
        var other = new CaseReference(CaseKind.WageArrears, Guid.NewGuid());

        await app.Host.InvokeMessageAndWaitAsync(new LinkArbitrationCase(filed.Id, other, LinkRelation.SameMatter));
        await app.Host.InvokeMessageAndWaitAsync(new LinkArbitrationCase(filed.Id, other, LinkRelation.SameMatter));

        var details = await app.Host.ArbitrationDetails(filed.Id);
        details.Case.Channel.Should().Be(ArbitrationChannel.Counter);
        details.History.First().Actor.Should().Be("clerk.sun");
        details.Case.Links.Should().ContainSingle().Which.Should().Be(LinkedCase.Of(other, LinkRelation.SameMatter));
        details.History.Select(h => h.Event).Should().Equal("ArbitrationApplied", "ArbitrationCaseLinked");
    }
}
