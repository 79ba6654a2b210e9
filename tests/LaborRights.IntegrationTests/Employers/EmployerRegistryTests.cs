using Alba;
using LaborRights.Employers;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.IntegrationTests.Inspections;
using LaborRights.WageArrears.Deadlines;
using Marten;
using Marten.Events;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.Employers;

[Collection(AppCollection.Name)]
public class EmployerRegistryTests(AppFixture app)
{
    [Fact]
    public async Task Every_case_against_an_employer_is_listed_and_two_accepted_within_a_year_make_a_repeat_offender()
    {
        var code = Scenarios.NewCreditCode();
        var form = Scenarios.AComplaint() with { EmployerCreditCode = code, EmployerName = "济南重复欠薪建筑有限公司" };
        var first = await app.Host.FileComplaint(form);
        await app.Host.Command(first.Id, "accept", new { version = 1 });

        var once = await Employer(code);
        once.Employer.Name.Should().Be("济南重复欠薪建筑有限公司");
        once.Employer.Cases.Should().ContainSingle().Which.Reference.Should().MatchRegex("劳监立");
        once.Employer.RepeatOffender.Should().BeFalse();

        var second = await app.Host.FileComplaint(form with { CountyCode = "370112" });
        await app.Host.Command(second.Id, "accept", new { version = 1 });

        var twice = await Employer(code);
        twice.Employer.Cases.Should().HaveCount(2);
        twice.Employer.OpenCases.Should().Be(2);
        twice.Employer.CountyCodes.Should().BeEquivalentTo(["370102", "370112"]);
        twice.Employer.RepeatOffender.Should().BeTrue();
        twice.Employer.TotalOwed.Should().Be(72_000m);
    }

    [Fact]
    public async Task An_employer_unpaid_at_the_criminal_threshold_after_an_order_to_pay_is_a_blacklist_candidate_until_it_pays()
    {
        var code = Scenarios.NewCreditCode();
        var (filed, version) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(amount: 40_000m) with { EmployerCreditCode = code });
        version = (await app.Host.Command(filed.Id, "confirm-arrears", new { version, amount = 40_000m, workersOwed = 4 })).Version;
        var payBy = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(3);
        version = (await app.Host.Command(filed.Id, "order-payment", new { version, payBy })).Version;
        (await Employer(code)).BlacklistCandidate.Should().BeFalse("the deadline has not passed");

        app.Clock.Advance(TimeSpan.FromDays(4));
        await app.Host.InvokeMessageAndWaitAsync(new PaymentDeadlineReached(filed.Id, payBy));
        var unpaid = await Employer(code);
        unpaid.BlacklistCandidate.Should().BeTrue();
        unpaid.Employer.MaxUnpaidAfterOrder.Should().Be(40_000m);

        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        await app.Host.Command(filed.Id, "record-recovery", new { version = version + 1, amount = 40_000m, workersPaid = 4, paidOn = today });
        var paid = await Employer(code);
        paid.BlacklistCandidate.Should().BeFalse();
        paid.Employer.TotalRecovered.Should().Be(40_000m);
    }

    [Fact]
    public async Task Cases_of_every_kind_against_the_employer_are_listed_open_and_closed()
    {
        var code = Scenarios.NewCreditCode();
        var wage = await app.Host.FileComplaint(Scenarios.AComplaint() with { EmployerCreditCode = code });
        var discrimination = await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling() with { EmployerCreditCode = code });
        var inspection = await app.Host.OpenInspection(InspectionScenarios.AnInspection(creditCode: code));
        var arbitration = await app.Host.Apply(ArbitrationScenarios.AnApplication() with
        {
            Respondent = new LaborRights.Arbitration.Filing.PartyForm(LaborRights.Arbitration.PartyKind.Employer, "济南某公司", code, null),
        });
        await app.Host.Arbitrate(arbitration.Id, "refuse", new { version = 1, reason = "不属于劳动争议" });

        var record = (await Employer(code)).Employer;
        record.Cases.Select(c => (c.Kind, c.CaseId)).Should().BeEquivalentTo([
            (LaborRights.Common.CaseKind.WageArrears, wage.Id), (LaborRights.Common.CaseKind.Discrimination, discrimination.Id),
            (LaborRights.Common.CaseKind.Inspection, inspection.Id), (LaborRights.Common.CaseKind.Arbitration, arbitration.Id)]);
        record.OpenCases.Should().Be(3);
        record.ClosedCases.Should().Be(1);
    }

    [Fact]
    public async Task A_rejected_complaint_stays_listed_but_counts_for_nothing_owed()
    {
        var code = Scenarios.NewCreditCode();
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint() with { EmployerCreditCode = code });
        await app.Host.Command(filed.Id, "reject", new { version = 1, reason = "OutsideScope", explanation = "属于劳动争议，请申请仲裁" });

        var record = (await Employer(code)).Employer;
        record.Cases.Should().ContainSingle().Which.Status.Should().Be("Rejected");
        record.TotalOwed.Should().Be(0m);
        record.OpenCases.Should().Be(0);
    }

    [Fact]
    public async Task Unknown_or_malformed_credit_codes_are_404()
    {
        await Get($"/api/employers/{Scenarios.NewCreditCode()}", 404);
        await Get("/api/employers/not-a-code", 404);
    }

    private async Task<EmployerView> Employer(string code)
    {
        await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        var result = await Get($"/api/employers/{code}", 200);
        return (await result.ReadAsJsonAsync<EmployerView>())!;
    }

    private Task<IScenarioResult> Get(string url, int status) => app.Host.Scenario(x =>
    {
        x.Get.Url(url);
        x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        x.StatusCodeShouldBe(status);
    });
}
