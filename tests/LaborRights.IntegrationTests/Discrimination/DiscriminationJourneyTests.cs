using LaborRights.Common;
using LaborRights.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using Marten;

namespace LaborRights.IntegrationTests.Discrimination;

[Collection(AppCollection.Name)]
public class DiscriminationJourneyTests(AppFixture app)
{
    [Fact]
    public async Task A_discriminatory_job_ad_goes_from_online_filing_through_remedies_to_closure_and_the_filer_follows_it()
    {
        var host = app.Host;
        var filed = await host.FileDiscrimination();
        filed.TrackingNumber.Should().StartWith("DC");
        filed.AccessCode.Replace("-", "").Should().HaveLength(20);
        filed.NonStatutoryGrounds.Should().Equal(DiscriminationGround.Age);

        var tracked = await host.TrackDiscrimination(filed);
        tracked.Kind.Should().Be(CaseKind.Discrimination);
        tracked.Status.Should().Be(nameof(DiscriminationStatus.PendingAcceptance));
        tracked.StatusZh.Should().Be("受理审查中");

        var v = (await host.Act(filed.Id, "accept", new { version = 1 })).Version;
        var found = await host.Act(filed.Id, "record-finding", new { version = v, substantiated = true, reasons = "招聘广告限定男性，无正当理由" });
        found.Status.Should().Be(DiscriminationStatus.Substantiated);
        var correctBy = app.Today().AddDays(7);
        v = (await host.Act(filed.Id, "order-correction", new { version = found.Version, requirements = "撤下广告并重新发布", correctBy })).Version;
        v = (await host.Act(filed.Id, "record-joint-interview",
            new { version = v, participants = new[] { "历下区总工会", "历下区妇联" }, heldOn = app.Today(), summary = "约谈用人单位负责人" })).Version;

        // A fine only after the correct-by date has passed without correction (妇女权益保障法 第83条).
        await host.ActExpecting(filed.Id, "impose-fine", new { version = v, amount = 20_000m, reason = "逾期未改正" }, 422);
        app.MoveClockTo(ShanghaiTime.EndOf(correctBy).AddHours(9));
        v = (await host.Act(filed.Id, "check-correction", new { version = v, checkedOn = app.Today(), corrected = false, notes = "广告仍在发布" })).Version;
        v = (await host.Act(filed.Id, "impose-fine", new { version = v, amount = 20_000m, reason = "逾期未改正" })).Version;
        v = (await host.Act(filed.Id, "refer-procuratorate",
            new { version = v, kind = "PublicInterestLitigation", procuratorate = "济南市人民检察院", reason = "涉及不特定多数女性求职者" })).Version;
        v = (await host.Act(filed.Id, "refer-supported-litigation", new { version = v, supportingBody = "历下区妇联", reason = "求职者拟起诉" })).Version;
        var closed = await host.Act(filed.Id, "close", new { version = v, outcome = "Remedied", summary = "广告已撤下，罚款已缴纳" });
        closed.Status.Should().Be(DiscriminationStatus.Closed);
        // The procuratorate's answer comes after closing and is recorded (issue 14, item 12); a referral not made has none.
        v = (await host.Act(filed.Id, "record-referral-answer",
            new { version = closed.Version, referral = "PublicInterestLitigation", answer = "Filed", note = "检察院已立案审查" })).Version;
        await host.ActExpecting(filed.Id, "record-referral-answer",
            new { version = v, referral = "ProcuratorialSuggestion", answer = "Declined", note = "x" }, 422);

        var details = await host.DiscriminationDetails(filed.Id);
        details.Case.Status.Should().Be(DiscriminationStatus.Closed);
        details.Case.Outcome.Should().Be(DiscriminationOutcome.Remedied);
        details.Case.ComplainantName.Should().Be("李秀英");
        details.Case.ComplainantPhoneMasked.Should().Be("138****5678");
        details.Case.HasNonStatutoryGround.Should().BeTrue();
        details.Case.NonStatutoryGrounds.Should().Equal(DiscriminationGround.Age);
        details.Case.Evidence.Should().HaveCount(2);
        details.Case.Fine!.Amount.Should().Be(20_000m);
        details.Case.JointInterviews.Should().ContainSingle().Which.Participants.Should().Equal("历下区总工会", "历下区妇联");
        details.Case.ProcuratorateReferrals.Should().ContainSingle();
        details.Case.ReferralAnswers.Should().ContainSingle().Which.Note.Should().Be("检察院已立案审查");
        details.History.Select(h => h.Event).Should().Equal(
            "DiscriminationComplaintReceived", "DiscriminationComplaintAccepted", "DiscriminationCaseLinked", "DiscriminationFindingRecorded",
            "DiscriminationCorrectionOrdered", "DiscriminationJointInterviewHeld", "DiscriminationCorrectionChecked", "DiscriminationFineImposed",
            "DiscriminationReferredToProcuratorate", "DiscriminationReferredForSupportedLitigation", "DiscriminationCaseClosed",
            "DiscriminationReferralAnswered");
        details.History.Skip(1).Should().OnlyContain(h => h.Actor == Scenarios.Inspector);
        details.History.Should().OnlyContain(h => h.TextZh.Length > 0 && h.TextEn.Length > 0);

        // The accepted event carries what linkage needs to open an inspection case.
        await using (var session = app.Store.QuerySession())
        {
            var accepted = (await session.Events.FetchStreamAsync(filed.Id)).Select(e => e.Data).OfType<DiscriminationComplaintAccepted>().Single();
            accepted.Employer.CreditCode.Should().Be("91350100M000100Y43");
            accepted.CountyCode.Should().Be("370102");
        }

        var final = await host.TrackDiscrimination(filed);
        final.Status.Should().Be(nameof(DiscriminationStatus.Closed));
        final.Timeline.Should().HaveCount(10, "every public step, including the follow-up check, but no link");
        final.Timeline.Last().TextZh.Should().Be("结案：已纠正");
        var publicText = string.Join("\n", final.Timeline.Select(t => t.TextZh + t.TextEn));
        publicText.Should().NotContain(Scenarios.Inspector).And.NotContain("招聘广告限定男性", "the public sees the conclusion, not the reasoning");
    }

    [Fact]
    public async Task A_finding_of_no_discrimination_allows_no_remedy_and_closes_as_not_substantiated()
    {
        var filed = await app.Host.DiscriminationUnderInvestigation();
        var v = (await app.Host.Act(filed.Id, "record-finding", new { version = DiscriminationScenarios.UnderInvestigationVersion, substantiated = false, reasons = "岗位确有特殊要求" })).Version;
        var before = await app.EventCount(filed.Id);

        var refused = await app.Host.ActExpecting(filed.Id, "order-correction",
            new { version = v, requirements = "x", correctBy = app.Today().AddDays(5) }, 422);
        var problem = await refused.ReadAsJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>();
        problem!.Type.Should().EndWith("substantiated-finding-required");
        problem.Detail.Should().Contain(" / ").And.Contain("须先认定歧视成立");
        await app.Host.ActExpecting(filed.Id, "close", new { version = v, outcome = "Remedied", summary = "x" }, 422);
        (await app.EventCount(filed.Id)).Should().Be(before, "a refusal appends nothing");

        var closed = await app.Host.Act(filed.Id, "close", new { version = v, outcome = "NotSubstantiated", summary = "歧视不成立" });
        closed.Status.Should().Be(DiscriminationStatus.Closed);
        (await app.Host.TrackDiscrimination(filed)).Timeline.Last().TextZh.Should().Be("结案：歧视不成立");
    }

    [Fact]
    public async Task Staff_record_a_report_made_at_the_counter_with_its_business_time()
    {
        var receivedAt = app.Clock.GetUtcNow().AddDays(-2);
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { channel = "Counter", receivedAt, complaint = DiscriminationScenarios.AFiling(DiscriminationFilingKind.Report) })
                .ToUrl("/api/discrimination");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, "clerk.sun");
            x.StatusCodeShouldBe(201);
        });
        var filed = (await result.ReadAsJsonAsync<LaborRights.Discrimination.Filing.DiscriminationComplaintFiled>())!;
        var details = await app.Host.DiscriminationDetails(filed.Id);
        details.Case.Channel.Should().Be(DiscriminationChannel.Counter);
        details.Case.FilingKind.Should().Be(DiscriminationFilingKind.Report);
        details.Case.ReceivedAt.Should().BeCloseTo(receivedAt, TimeSpan.FromMilliseconds(1));
        details.History.Single().Actor.Should().Be("clerk.sun");
        (await app.Host.TrackDiscrimination(filed)).Status.Should().Be(nameof(DiscriminationStatus.PendingAcceptance));
    }
}
