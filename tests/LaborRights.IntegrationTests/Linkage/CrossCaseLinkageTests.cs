using Alba;
using LaborRights.Arbitration;
using LaborRights.Common;
using LaborRights.Inspections;
using LaborRights.Inspections.GettingDetails;
using LaborRights.Inspections.Linking;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.IntegrationTests.Inspections;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Linking;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.Linkage;

/// <summary>
/// Each linkage path (联动机制) end to end: it starts at one case's HTTP command and finds the linked case through the
/// other case's API; the linkage message delivered a second time changes nothing.
/// </summary>
[Collection(AppCollection.Name)]
public class CrossCaseLinkageTests(AppFixture app)
{
    [Fact]
    public async Task An_accepted_discrimination_complaint_opens_one_inspection_of_the_employer_linked_both_ways()
    {
        var code = Scenarios.NewCreditCode();
        var filed = await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling() with { EmployerCreditCode = code });

        var tracked = await app.Host.ExecuteAndWaitAsync(async () => await app.Host.Act(filed.Id, "accept", new { version = 1 }));

        var source = new CaseReference(CaseKind.Discrimination, filed.Id);
        var inspectionId = InspectionCaseIds.ForSource(source);
        var inspection = (await app.Host.InspectionDetails(inspectionId)).Case;
        inspection.Source.Should().Be(source);
        inspection.Employer.CreditCode.Should().Be(code);
        // Text for people: the grounds and stage in Chinese, no enum names (issue 14, item 8).
        inspection.Reason.Should().Contain("性别").And.Contain("招聘广告").And.NotContain("Sex").And.NotContain("RecruitmentAd");
        (await app.Host.DiscriminationDetails(filed.Id)).Case.Links
            .Should().ContainSingle().Which.Should().Be(LinkedCase.Of(new CaseReference(CaseKind.Inspection, inspectionId), LinkRelation.Opened));
        inspection.Links.Should().ContainSingle().Which.Should().Be(LinkedCase.Of(source, LinkRelation.OpenedFrom));
        // One clock for one matter (issue 14, item 5): the discrimination case's period governs; the inspection has no second one.
        inspection.ClockGovernedBySource.Should().BeTrue();
        tracked.Sent.MessagesOf<LaborRights.Inspections.Deadlines.InspectionDeadlineReached>().Should().BeEmpty();
        await using (var session = app.Store.QuerySession())
            (await session.LoadAsync<LaborRights.CaseIndex.CaseIndexEntry>(inspectionId))!.NextDueOn.Should().BeNull();
        // The discrimination case's own period may be extended once (劳动保障监察条例 第17条).
        var due = (await app.Host.DiscriminationDetails(filed.Id)).Case.InvestigationDueOn!.Value;
        await app.Host.Act(filed.Id, "request-extension", new { version = 3, reason = "需要调取招聘平台的记录" });
        await app.Host.Act(filed.Id, "extend", new { version = 4 }, StaffUsers.Of("chief.zhao", [LaborRights.Security.StaffRoles.Supervisor], ["370100"]));
        (await app.Host.DiscriminationDetails(filed.Id)).Case.InvestigationDueOn.Should()
            .Be(app.Host.Services.GetRequiredService<LaborRights.Calendar.WorkingDayCalendar>().AddWorkingDays(due, 30).DueOn);

        await app.Host.InvokeMessageAndWaitAsync(tracked.Sent.SingleMessage<OpenInspectionFromLinkage>());
        (await InspectionsFrom(source)).Should().ContainSingle("a duplicated message opens no second inspection");
    }

    [Fact]
    public async Task An_inspection_finding_of_wage_arrears_opens_a_wage_arrears_case_once()
    {
        var code = Scenarios.NewCreditCode();
        var (inspectionId, version) = await app.Host.InspectionWithTeam(InspectionScenarios.AnInspection(county: "370211", creditCode: code));

        var tracked = await app.Host.ExecuteAndWaitAsync(async () =>
            await app.Host.Inspect(inspectionId, "record-site-visit", InspectionScenarios.AVisitWithWageArrears(version, app.Today(), amount: 86_500m, workers: 12)));

        var link = (await app.Host.InspectionDetails(inspectionId)).Case.Links.Should().ContainSingle().Subject;
        link.Should().BeEquivalentTo(new { Kind = CaseKind.WageArrears, Relation = LinkRelation.Opened, RelationZh = "已据此立案" });
        var wageCase = (await app.Host.Details(link.Id)).Case;
        wageCase.Channel.Should().Be(IntakeChannel.Referral);
        wageCase.Employer.CreditCode.Should().Be(code);
        wageCase.AmountClaimed.Should().Be(86_500m);
        wageCase.WorkersAffected.Should().Be(12);
        wageCase.Links.Should().ContainSingle().Which.Should().Be(LinkedCase.Of(new CaseReference(CaseKind.Inspection, inspectionId), LinkRelation.OpenedFrom));

        await app.Host.InvokeMessageAndWaitAsync(tracked.Sent.SingleMessage<WageArrearsFoundByInspection>());
        (await WageCasesOf(code)).Should().ContainSingle("a duplicated finding opens no second case");
        (await app.Host.InspectionDetails(inspectionId)).Case.Links.Should().ContainSingle();
    }

    [Fact]
    public async Task An_inspection_finding_joins_the_open_wage_arrears_case_of_the_same_employer_and_county()
    {
        var code = Scenarios.NewCreditCode();
        var complaint = await app.Host.FileComplaint(Scenarios.AComplaint(county: "370212") with { EmployerCreditCode = code });
        var (inspectionId, version) = await app.Host.InspectionWithTeam(InspectionScenarios.AnInspection(county: "370212", creditCode: code));

        await app.Host.ExecuteAndWaitAsync(async () =>
            await app.Host.Inspect(inspectionId, "record-site-visit", InspectionScenarios.AVisitWithWageArrears(version, app.Today())));

        (await WageCasesOf(code)).Should().ContainSingle().Which.Should().Be(complaint.Id);
        (await app.Host.Details(complaint.Id)).Case.Links
            .Should().ContainSingle().Which.Should().Be(LinkedCase.Of(new CaseReference(CaseKind.Inspection, inspectionId), LinkRelation.SameMatter));
        (await app.Host.InspectionDetails(inspectionId)).Case.Links
            .Should().ContainSingle().Which.Should().Be(LinkedCase.Of(new CaseReference(CaseKind.WageArrears, complaint.Id), LinkRelation.SameMatter));
    }

    [Fact]
    public async Task Two_wage_arrears_findings_of_one_visit_open_one_case_with_the_amounts_added()
    {
        var code = Scenarios.NewCreditCode();
        var (inspectionId, version) = await app.Host.InspectionWithTeam(InspectionScenarios.AnInspection(county: "370213", creditCode: code));
        var visit = new
        {
            version,
            visitedOn = app.Today(),
            location = "李沧区某厂区",
            inspectors = new[] { "张伟", "李娜" },
            notes = "查阅工资台账。",
            findings = new object[]
            {
                new { category = "WageArrears", description = "拖欠车间工人8月工资。", amountOwed = 30_000m, workersAffected = 5 },
                new { category = "WageArrears", description = "拖欠保洁人员9月工资。", amountOwed = 6_000m, workersAffected = 2 },
            },
        };

        await app.Host.ExecuteAndWaitAsync(async () => await app.Host.Inspect(inspectionId, "record-site-visit", visit));

        var cases = await WageCasesOf(code);
        cases.Should().ContainSingle();
        (await app.Host.Details(cases.Single())).Case.AmountClaimed.Should().Be(36_000m);
    }

    [Fact]
    public async Task A_finding_redelivered_after_the_joined_case_closed_opens_nothing_new()
    {
        var code = Scenarios.NewCreditCode();
        var (complaint, complaintVersion) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(county: "370214") with { EmployerCreditCode = code });
        var (inspectionId, version) = await app.Host.InspectionWithTeam(InspectionScenarios.AnInspection(county: "370214", creditCode: code));
        var tracked = await app.Host.ExecuteAndWaitAsync(async () =>
            await app.Host.Inspect(inspectionId, "record-site-visit", InspectionScenarios.AVisitWithWageArrears(version, app.Today())));
        var linked = await app.Host.Details(complaint.Id);
        await app.Host.Command(complaint.Id, "close", new { version = linked.Case.Version, outcome = "Withdrawn", summary = "撤回" });

        await app.Host.InvokeMessageAndWaitAsync(tracked.Sent.SingleMessage<WageArrearsFoundByInspection>());

        (await WageCasesOf(code)).Should().Equal(complaint.Id);
    }

    [Fact]
    public async Task An_award_the_worker_reports_unpaid_opens_one_inspection_for_enforcement()
    {
        var code = Scenarios.NewCreditCode();
        var form = ArbitrationScenarios.AnApplication() with
        {
            Respondent = new LaborRights.Arbitration.Filing.PartyForm(PartyKind.Employer, "济南未履行裁决有限公司", code, "053188886666"),
        };
        var (filed, v) = await app.HeardCase(form);
        v = (await app.Host.Arbitrate(filed.Id, "record-mediation-failure", new { version = v, note = "调解不成" })).Version;
        var awarded = await app.Host.Arbitrate(filed.Id, "issue-award", new
        {
            version = v,
            items = new object[]
            {
                new { claimNumber = 1, grantedAmount = 30_000m, ruling = "支持" },
                new { claimNumber = 2, grantedAmount = 40_000m, ruling = "支持" },
                new { claimNumber = 3, grantedAmount = (decimal?)null, ruling = "支持" },
            },
        });

        var tracked = await app.Host.ExecuteAndWaitAsync(async () =>
            await app.Host.Arbitrate(filed.Id, "report-award-unpaid", new { version = awarded.Version, amountUnpaid = 70_000m, note = "逾期未履行" }));

        var source = new CaseReference(CaseKind.Arbitration, filed.Id);
        var inspection = (await app.Host.InspectionDetails(InspectionCaseIds.ForSource(source))).Case;
        inspection.Source.Should().Be(source);
        inspection.Employer.CreditCode.Should().Be(code);
        (await app.Host.ArbitrationDetails(filed.Id)).Case.Links.Should().ContainSingle(l => l.Kind == CaseKind.Inspection && l.Relation == LinkRelation.Opened);

        await app.Host.InvokeMessageAndWaitAsync(tracked.Sent.SingleMessage<OpenInspectionFromLinkage>());
        (await InspectionsFrom(source)).Should().ContainSingle();
    }

    private async Task<List<Guid>> InspectionsFrom(CaseReference source)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Query<LaborRights.CaseIndex.CaseIndexEntry>()
            .Where(x => x.Kind == CaseKind.Inspection && x.Inspection!.Source!.Id == source.Id).Select(x => x.Id).ToListAsync()).ToList();
    }

    private async Task<List<Guid>> WageCasesOf(string creditCode)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Query<LaborRights.CaseIndex.CaseIndexEntry>()
            .Where(x => x.Kind == CaseKind.WageArrears && x.Employer.CreditCode == creditCode).Select(x => x.Id).ToListAsync()).ToList();
    }
}
