using LaborRights.Inspections;
using LaborRights.IntegrationTests.Infrastructure;
using Marten;

namespace LaborRights.IntegrationTests.Inspections;

[Collection(AppCollection.Name)]
public class InspectionJourneyTests(AppFixture app)
{
    [Fact]
    public async Task Open_assign_visit_hear_order_follow_up_penalise_and_close()
    {
        var today = app.Today();
        var opened = await app.Host.OpenInspection(InspectionScenarios.AnInspection(county: "370112", park: "370176"));
        opened.FiledOn.Should().Be(today);
        opened.InvestigationDueOn.Should().BeAfter(today.AddDays(60));

        var v = (await app.Host.Inspect(opened.Id, "assign-inspectors", new { version = 1, inspectors = new[] { "张伟", "李娜" } })).Version;
        var visit = await app.Host.Inspect(opened.Id, "record-site-visit", InspectionScenarios.AVisitWithWageArrears(v, today));
        visit.Events.Should().Equal("SiteVisitRecorded", "ViolationFound", "ViolationFound");
        v = (await app.Host.Inspect(opened.Id, "hear-employer", new { version = visit.Version, heardOn = today, statement = "承认拖欠，称资金周转困难。" })).Version;
        var rectifyBy = today.AddDays(7);
        var ordered = await app.Host.Inspect(opened.Id, "order-rectification", new { version = v, requirements = "足额支付拖欠工资并开设专用账户", rectifyBy });
        ordered.Status.Should().Be(InspectionStatus.AwaitingRectification);

        app.Clock.Advance(TimeSpan.FromDays(8));
        var followUp = await app.Host.Inspect(opened.Id, "record-follow-up",
            new { version = ordered.Version, checkedOn = app.Today(), rectified = false, notes = "逾期仍未支付。" });
        followUp.Status.Should().Be(InspectionStatus.UnderInvestigation);
        v = (await app.Host.Inspect(opened.Id, "impose-penalty",
            new { version = followUp.Version, amount = 6_000m, legalBasis = "劳动保障监察条例第二十六条" })).Version;
        var closed = await app.Host.Inspect(opened.Id, "close", new { version = v, outcome = "Penalised", summary = "已作出行政处罚决定。" });

        closed.Status.Should().Be(InspectionStatus.Closed);
        var details = await app.Host.InspectionDetails(opened.Id);
        details.Case.Status.Should().Be(InspectionStatus.Closed);
        details.Case.StatusZh.Should().Be("已结案");
        details.Case.Version.Should().Be(closed.Version);
        details.Case.ParkCode.Should().Be("370176");
        details.Case.Violations.Should().HaveCount(2);
        details.Case.WageArrearsFound.Should().Be(86_500m);
        details.Case.Rectifications.Should().ContainSingle().Which.Rectified.Should().BeFalse();
        details.Case.Penalty!.Amount.Should().Be(6_000m);
        details.Case.Outcome.Should().Be(InspectionOutcome.Penalised);
        details.History.Select(h => h.Event).Should().Equal(
            "InspectionCaseOpened", "InspectionTeamAssigned", "SiteVisitRecorded", "ViolationFound", "ViolationFound",
            "EmployerHeard", "RectificationOrdered", "RectificationChecked", "PenaltyImposed", "InspectionCaseClosed");
        details.History.Should().OnlyContain(h => h.TextZh.Length > 0 && h.TextEn.Length > 0 && h.Actor == InspectionScenarios.Inspector);
        details.History[3].TextZh.Should().Contain("拖欠工资").And.Contain("86500.00").And.Contain("12人");

        var queue = await app.Host.InspectionQueue("/api/inspections?county=370112&status=Closed&pageSize=100");
        queue.Items.Should().Contain(x => x.Id == opened.Id && x.Penalised && x.ViolationsFound == 2 && x.CityCode == "370100");
    }

    [Fact]
    public async Task The_violation_event_carries_what_linkage_needs_to_open_a_wage_arrears_case()
    {
        var (id, version) = await app.Host.InspectionWithTeam(InspectionScenarios.AnInspection(county: "370203"));

        await app.Host.Inspect(id, "record-site-visit", InspectionScenarios.AVisitWithWageArrears(version, app.Today(), amount: 12_345.60m, workers: 3));

        await using var session = app.Store.QuerySession();
        var found = (await session.Events.FetchStreamAsync(id)).Select(e => e.Data).OfType<ViolationFound>().First();
        found.Should().BeEquivalentTo(new
        {
            InspectionCaseId = id, Category = ViolationCategory.WageArrears, AmountOwed = (decimal?)12_345.60m, WorkersAffected = (int?)3,
            EmployerName = "济南鲁泰建筑工程有限公司", EmployerCreditCode = InspectionScenarios.CreditCode, CountyCode = "370203",
        });
    }

    [Fact]
    public async Task A_case_is_extended_once_on_the_inspectors_request_with_a_city_supervisors_approval_and_can_then_be_transferred()
    {
        var opened = await app.Host.OpenInspection(InspectionScenarios.AnInspection(county: "370305", origin: "Report"));
        var inspector = StaffUsers.Of("inspector.zibo", [LaborRights.Security.StaffRoles.Inspector], ["370305"]);
        var supervisor = StaffUsers.Of("chief.zhao", [LaborRights.Security.StaffRoles.Supervisor], ["370300"]);

        await app.Host.InspectExpecting(opened.Id, "extend", new { version = 1 }, 404, inspector);
        var requested = await app.Host.Inspect(opened.Id, "request-extension", new { version = 1, reason = "案情复杂，需调取银行流水" }, inspector);
        var extended = await app.Host.Inspect(opened.Id, "extend", new { version = requested.Version }, supervisor);
        var again = await app.Host.InspectExpecting(opened.Id, "request-extension", new { version = extended.Version, reason = "再延" }, 422, inspector);
        (await again.ReadAsJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>())!.Type.Should().EndWith("/already-extended");
        var transferred = await app.Host.Inspect(opened.Id, "transfer", new { version = extended.Version, department = "淄博市市场监督管理局", reason = "属市场监管事项" });

        transferred.Status.Should().Be(InspectionStatus.Transferred);
        var details = await app.Host.InspectionDetails(opened.Id);
        details.Case.Extension!.ApprovedBy.Should().Be("chief.zhao", "the approver is the signed-in supervisor");
        details.Case.Extension.Reason.Should().Be("案情复杂，需调取银行流水");
        details.Case.InvestigationDueOn.Should().Be(details.Case.Extension.NewDueOn).And.BeAfter(opened.InvestigationDueOn);
        details.Case.Transfer!.Department.Should().Be("淄博市市场监督管理局");
    }

    [Fact]
    public async Task A_minor_violation_corrected_in_time_lets_the_filing_be_withdrawn()
    {
        var (id, version) = await app.Host.InspectionWithTeam(InspectionScenarios.AnInspection(county: "370402"));
        var today = app.Today();
        version = (await app.Host.Inspect(id, "record-site-visit", new
        {
            version, visitedOn = today, location = "企业办公室", inspectors = new[] { "李娜", "张伟" },
            findings = new[] { new { category = "LabourContract", description = "2名员工未签订书面劳动合同。", workersAffected = 2 } },
        })).Version;
        await app.Host.InspectExpecting(id, "withdraw", new { version, reason = "情节轻微" }, 422);
        version = (await app.Host.Inspect(id, "order-rectification", new { version, requirements = "补签劳动合同", rectifyBy = today.AddDays(5) })).Version;
        // Corrected early: confirming it needs no wait for the deadline.
        version = (await app.Host.Inspect(id, "record-follow-up", new { version, checkedOn = today, rectified = true, notes = "已补签。" })).Version;

        var withdrawn = await app.Host.Inspect(id, "withdraw", new { version, reason = "情节轻微且已改正" });

        withdrawn.Status.Should().Be(InspectionStatus.Withdrawn);
        (await app.Host.InspectionDetails(id)).History.Last().TextZh.Should().StartWith("撤销立案");
    }
}
