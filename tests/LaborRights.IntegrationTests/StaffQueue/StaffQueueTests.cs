using Alba;
using LaborRights.Common;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.IntegrationTests.Inspections;
using LaborRights.CaseIndex;
using LaborRights.WageArrears.Deadlines;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.StaffQueue;

[Collection(AppCollection.Name)]
public class StaffQueueTests(AppFixture app)
{
    [Fact]
    public async Task A_wage_arrears_case_appears_in_the_unified_queue_with_its_next_deadline_and_assignees()
    {
        const string county = "370303";
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint(county: county));

        var pending = (await Queue($"county={county}&kind=WageArrears")).Items.Single(x => x.Id == filed.Id);
        pending.Kind.Should().Be(CaseKind.WageArrears);
        pending.NextDueOn.Should().Be(filed.AcceptanceDueOn);
        pending.StatusZh.Should().Be("受理审查中");
        pending.Employer.CreditCode.Should().Be("91350100M000100Y43");

        var accepted = await app.Host.Command(filed.Id, "accept", new { version = 1 });
        await app.Host.Command(filed.Id, "assign-inspectors", new { version = accepted.Version, inspectors = new[] { "周敏", "吴刚" } });

        var mine = await Queue($"county={county}&assignee=周敏");
        var item = mine.Items.Single(x => x.Id == filed.Id);
        item.Reference.Should().MatchRegex("劳监立");
        item.NextDueOn.Should().BeAfter(filed.AcceptanceDueOn);
        (await Queue($"county={county}&assignee=nobody")).Items.Should().NotContain(x => x.Id == filed.Id);
    }

    [Fact]
    public async Task Deadline_and_overdue_filters()
    {
        const string county = "370305";
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint(county: county));

        (await Queue($"county={county}&dueWithinWorkingDays=5")).Items.Should().Contain(x => x.Id == filed.Id);
        (await Queue($"county={county}&dueWithinWorkingDays=0")).Items.Should().NotContain(x => x.Id == filed.Id);
        (await Queue($"county={county}&overdue=true")).Items.Should().NotContain(x => x.Id == filed.Id);

        app.MoveClockTo(new DateTimeOffset(filed.AcceptanceDueOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)));
        await app.Host.InvokeMessageAndWaitAsync(new AcceptanceDeadlineReached(filed.Id, filed.AcceptanceDueOn));

        var overdue = (await Queue($"county={county}&overdue=true")).Items.Single(x => x.Id == filed.Id);
        overdue.OverdueSteps.Should().Equal("acceptance");
    }

    [Fact]
    public async Task Closed_cases_leave_the_open_queue_and_come_back_when_reopened()
    {
        const string county = "370306";
        var (filed, version) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(county: county));
        var closed = await app.Host.Command(filed.Id, "close", new { version, outcome = "Withdrawn", summary = "撤回" });

        (await Queue($"county={county}")).Items.Should().NotContain(x => x.Id == filed.Id);
        (await Queue($"county={county}&status=Closed")).Items.Should().Contain(x => x.Id == filed.Id);

        await app.Host.Command(filed.Id, "reopen", new { version = closed.Version, ground = "NewFacts", basis = "投诉人补充的工资表", reason = "投诉人撤回后又提出" });
        var reopened = (await Queue($"county={county}")).Items.Single(x => x.Id == filed.Id);
        reopened.Status.Should().Be("UnderInvestigation");
        // A new investigation period: 60 working days from the reopening (issue 14), in the queue and the case view.
        var due = LaborRights.Calendar.WorkingDayCalendar.LoadEmbedded().AddWorkingDays(app.Today(), 60).DueOn;
        reopened.NextDueOn.Should().Be(due);
        (await app.Host.Details(filed.Id)).Case.InvestigationDueOn.Should().Be(due);
    }

    [Fact]
    public async Task A_case_is_reopened_only_on_a_stated_legal_ground_with_its_basis()
    {
        var (filed, version) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(county: "370306"));
        var closed = await app.Host.Command(filed.Id, "close", new { version, outcome = "Withdrawn", summary = "撤回" });
        var refused = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { version = closed.Version, reason = "再查一遍" }).ToUrl($"/api/wage-arrears/{filed.Id}/reopen");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Inspector("370306"));
            x.StatusCodeShouldBe(400);
        });
        (await refused.ReadAsTextAsync()).Should().Contain("\"ground\"").And.Contain("\"basis\"");
        (await app.Host.Details(filed.Id)).Case.Status.Should().Be(LaborRights.WageArrears.CaseStatus.Closed);
    }

    [Fact]
    public async Task One_queue_lists_the_four_kinds_of_case_of_a_county_and_filters_by_kind()
    {
        const string county = "370302";
        var code = Scenarios.NewCreditCode(county);
        var wage = await app.Host.FileComplaint(Scenarios.AComplaint(county: county) with { EmployerCreditCode = code });
        var discrimination = await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling(county: county, park: null) with { EmployerCreditCode = code });
        var arbitration = await app.Host.Apply(ArbitrationScenarios.AnApplication(county: county));
        var inspection = await app.Host.OpenInspection(InspectionScenarios.AnInspection(county: county, creditCode: code));

        var all = await Queue($"county={county}");
        all.Items.Select(x => x.Id).Should().Contain([wage.Id, discrimination.Id, arbitration.Id, inspection.Id]);
        all.Items.Select(x => x.NextDueOn).Should().BeInAscendingOrder();
        all.Items.Should().OnlyContain(x => x.StatusZh.Length > 0 && x.NextDueOn != null);

        foreach (var (kind, id) in new[] { (CaseKind.WageArrears, wage.Id), (CaseKind.Discrimination, discrimination.Id),
                     (CaseKind.Arbitration, arbitration.Id), (CaseKind.Inspection, inspection.Id) })
        {
            var ofKind = await Queue($"county={county}&kind={kind}");
            ofKind.Items.Should().Contain(x => x.Id == id).And.OnlyContain(x => x.Kind == kind);
        }
    }

    [Theory]
    [InlineData("kind=Parking")]
    [InlineData("county=123")]
    [InlineData("dueWithinWorkingDays=-1")]
    [InlineData("overdue=maybe")]
    public async Task Bad_filters_are_400(string query)
    {
        await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/queue?{query}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(400);
        });
    }

    private async Task<Page<CaseIndexRow>> Queue(string query)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/queue?{query}&pageSize=100");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        });
        return (await result.ReadAsJsonAsync<Page<CaseIndexRow>>())!;
    }
}
