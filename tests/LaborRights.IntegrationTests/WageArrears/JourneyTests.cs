using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.WageArrears;

namespace LaborRights.IntegrationTests.WageArrears;

[Collection(AppCollection.Name)]
public class JourneyTests(AppFixture app)
{
    [Fact]
    public async Task A_complaint_goes_from_online_filing_to_closure_and_the_worker_can_follow_it()
    {
        var host = app.Host;
        var filed = await host.FileComplaint();
        filed.AccessCode.Replace("-", "").Should().HaveLength(20, "100 bits in a 32-letter alphabet");
        filed.TrackingNumber.Should().StartWith("WA");

        var tracked = await host.Track(filed);
        tracked.Status.Should().Be(nameof(CaseStatus.PendingAcceptance));
        tracked.Kind.Should().Be(CaseKind.WageArrears);
        tracked.StatusZh.Should().Be("受理审查中");
        tracked.Should().BeEquivalentTo(new { IsOpen = true, NextStep = "acceptance", NextStepZh = "受理审查", NextDueOn = filed.AcceptanceDueOn },
            "the deadline the filer waits for is a field, not only timeline text");

        var accepted = await host.Command(filed.Id, "accept", new { version = 1 });
        accepted.Status.Should().Be(CaseStatus.UnderInvestigation);
        var v = (await host.Command(filed.Id, "assign-inspectors", new { version = accepted.Version, inspectors = new[] { "张伟", "李娜" } })).Version;
        v = (await host.Command(filed.Id, "confirm-arrears", new { version = v, amount = 36_000m, workersOwed = 4 })).Version;
        var payBy = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(10);
        v = (await host.Command(filed.Id, "order-payment", new { version = v, payBy })).Version;
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        v = (await host.Command(filed.Id, "record-recovery", new { version = v, amount = 20_000m, workersPaid = 2, paidOn = today })).Version;
        v = (await host.Command(filed.Id, "record-recovery", new { version = v, amount = 16_000m, workersPaid = 2, paidOn = today })).Version;
        var closed = await host.Command(filed.Id, "close", new { version = v, outcome = "FullyRecovered", summary = "欠薪已全部追回" });
        closed.Status.Should().Be(CaseStatus.Closed);

        var details = await host.Details(filed.Id);
        details.Case.Status.Should().Be(CaseStatus.Closed);
        details.Case.CaseNumber.Should().MatchRegex(@"^历下区劳监立〔\d{4}〕\d{5}号$");
        details.Case.Recovered.Should().Be(36_000m);
        details.Case.Outstanding.Should().Be(0m);
        details.Case.ComplainantResidentIdMasked.Should().Be("110105********002X");
        details.History.Select(h => h.Event).Should().Equal(
            "WageArrearsComplaintReceived", "ComplaintAccepted", "InspectorsAssigned", "ArrearsConfirmed",
            "PaymentOrdered", "RecoveryRecorded", "RecoveryRecorded", "CaseClosed");
        details.History.Skip(1).Should().OnlyContain(h => h.Actor == Scenarios.Inspector);
        details.History.Should().OnlyContain(h => h.TextZh.Length > 0 && h.TextEn.Length > 0);

        var final = await host.Track(filed);
        final.Status.Should().Be(nameof(CaseStatus.Closed));
        final.CaseNumber.Should().Be(details.Case.CaseNumber);
        final.Timeline.Should().HaveCount(8);
        final.Timeline.Last().TextZh.Should().Be("结案：全部追回");
        var publicText = string.Join("\n", final.Timeline.Select(t => t.TextZh + t.TextEn));
        publicText.Should().NotContain("张伟").And.NotContain(Scenarios.Inspector, "the public timeline names no staff");
    }

    [Fact]
    public async Task Case_numbers_run_in_one_series_per_county_and_year()
    {
        var first = await app.Host.FileComplaint(Scenarios.AComplaint(county: "371702"));
        var second = await app.Host.FileComplaint(Scenarios.AComplaint(county: "371702"));
        await app.Host.Command(first.Id, "accept", new { version = 1 });
        await app.Host.Command(second.Id, "accept", new { version = 1 });
        var a = (await app.Host.Details(first.Id)).Case.CaseNumber!;
        var b = (await app.Host.Details(second.Id)).Case.CaseNumber!;
        int Sequence(string number) => int.Parse(number[^6..^1]);
        Sequence(b).Should().Be(Sequence(a) + 1);
    }
}
