using FluentAssertions;
using LaborRights.Leads;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkerJourneyTests
{
    /// <summary>
    /// Issue 16, item 1: anyone reports a labour contractor owing wages from a phone, without a credit code and without
    /// a name; a report missing what it needs is refused field by field and nothing is kept; the receipt is a reference
    /// number, and the county's inspectors have the lead with nothing of the reporter.
    /// </summary>
    [Fact]
    public async Task Anyone_reports_a_labour_contractor_anonymously_from_a_phone()
    {
        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "我要举报" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("举报拖欠工资或就业歧视");

        await page.GetByLabel("被举报的单位或个人").FillAsync("刘某某（包工头）");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交举报" }).ClickAsync();
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary.Locator("li")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByLabel("被举报的单位或个人")).ToHaveValueAsync("刘某某（包工头）");
        await CheckPage(page, "report-errors-phone");

        await page.GetByLabel("拖欠工资").CheckAsync();
        await page.GetByLabel("在哪个县（市、区）").SelectOptionAsync("370112");
        await page.GetByLabel("地址或工地（可以不填）").FillAsync("历城区港沟街道某小区二期工地");
        await page.GetByLabel("发生了什么").FillAsync("工地上二十多名工人从今年八月起没有拿到工资，包工头说等开发商付款，已经三个多月。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交举报" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "举报已收到" })).ToBeVisibleAsync();
        var reference = (await page.Locator("#reference-number").TextContentAsync())!.Trim();
        reference.Should().NotBeEmpty();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("没有留下个人信息");
        await CheckPage(page, "report-received-phone");

        var lead = await browser.LeadAsync(reference);
        lead.Should().NotBeNull();
        lead!.Subject.Should().Be(ReportSubject.WageArrears);
        lead.EmployerName.Should().Be("刘某某（包工头）");
        lead.EmployerCreditCode.Should().BeNull();
        lead.CountyCode.Should().Be("370112");
        lead.Named.Should().BeFalse();
        lead.ReporterNameMasked.Should().BeNull();
        lead.Status.Should().Be(LeadStatus.Open);
    }
}
