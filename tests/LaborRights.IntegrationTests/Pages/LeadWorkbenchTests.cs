using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Leads;
using LaborRights.Security;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkbenchTests
{
    /// <summary>
    /// Issue 16, item 1: the county's inspector finds the reports of Jiaozhou (this journey's own county) under 举报线索,
    /// opens an inspection from an anonymous one once the responsible unit's code is found, and sets another aside
    /// with the reason.
    /// </summary>
    [Fact]
    public async Task An_inspector_opens_an_inspection_from_a_report_and_sets_another_aside()
    {
        await browser.CreateStaffAsync("inspector.jiaozhou", "严监察", StaffRoles.Inspector, "370281");
        var taken = await browser.ReportAsync(new ReportForm(ReportSubject.WageArrears, "胶州某服装加工厂", null, "胶州市某工业园12号",
            "370281", "厂里三十多名工人两个月没发工资，老板说订单款没回来。", null, null, null));
        var setAside = await browser.ReportAsync(new ReportForm(ReportSubject.Discrimination, "胶州某商贸公司", null, null,
            "370281", "招聘广告写着只要本地户口。", false, "林晓", "13712345678"));
        var code = Scenarios.NewCreditCode("370281");

        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "inspector.jiaozhou");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "举报线索" }).ClickAsync();
        var row = page.Locator("tbody tr", new() { HasText = taken.ReferenceNumber });
        await Assertions.Expect(row).ToContainTextAsync("胶州某服装加工厂");
        await Assertions.Expect(row).ToContainTextAsync("匿名举报");
        await Assertions.Expect(page.Locator("tbody tr", new() { HasText = setAside.ReferenceNumber })).ToContainTextAsync("实名");
        await CheckPage(page, "staff-leads");
        await CheckPhone(page, "staff-leads-phone");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("未提供统一社会信用代码");
        await Action(page, "open-inspection").GetByRole(AriaRole.Button, new() { Name = "立案检查" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("立案检查须查明用人单位的统一社会信用代码");
        await CheckPage(page, "staff-lead-error");

        await Action(page, "open-inspection").GetByLabel("统一社会信用代码").FillAsync(code);
        await Action(page, "open-inspection").GetByLabel("单位名称").FillAsync("青岛某服饰有限公司");
        await Action(page, "open-inspection").GetByRole(AriaRole.Button, new() { Name = "立案检查" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice--done")).ToContainTextAsync("已根据举报立案检查");
        await Assertions.Expect(page.Locator(".case-state")).ToContainTextAsync("已立案检查");
        await CheckPage(page, "staff-lead-taken-up");
        await page.Locator(".case-state").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(taken.ReferenceNumber);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(code);

        await page.GotoAsync("/staff/leads");
        await page.Locator("tbody tr", new() { HasText = setAside.ReferenceNumber }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("林*");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("13712345678");
        await Action(page, "set-aside").GetByLabel("理由").FillAsync("经核查，该公司招聘广告已撤下并改正，转为宣传提醒。");
        await Action(page, "set-aside").GetByRole(AriaRole.Button, new() { Name = "不予立案" }).ClickAsync();
        await Assertions.Expect(page.Locator(".case-state")).ToContainTextAsync("不予立案的理由：经核查");
        await CheckPhone(page, "staff-lead-set-aside-phone");
    }
}
