using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkerJourneyTests
{
    /// <summary>
    /// Issue 16, item 1: a worker who worked for a labour contractor and knows no credit code files from a phone,
    /// describing the contractor; without a code the address is asked for, on the same screen, with everything kept.
    /// </summary>
    [Fact]
    public async Task A_worker_files_against_a_labour_contractor_without_a_credit_code()
    {
        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/complaints/wage-arrears");
        await page.GetByLabel("姓名").FillAsync("赵铁柱");
        await page.GetByLabel("身份证号码").FillAsync(ResidentId);
        await page.GetByLabel("手机号码").FillAsync(Phone);
        await Continue(page);

        await ExpectHeading(page, "用人单位");
        await page.GetByLabel("单位全称").FillAsync("刘某某（包工头）");
        await page.GetByLabel("工作所在县（市、区）").SelectOptionAsync("370211");
        await Continue(page);
        await ExpectHeading(page, "用人单位");
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("没有统一社会信用代码时必填");
        await Assertions.Expect(page.GetByLabel("单位全称")).ToHaveValueAsync("刘某某（包工头）");
        await CheckPage(page, "wage-arrears-2-employer-contractor-error");

        await page.GetByLabel("单位或包工头的地址、工地").FillAsync("黄岛区某产业园三期工地");
        await page.GetByLabel("单位或包工头的电话").FillAsync("13912345678");
        await Continue(page);
        await ExpectHeading(page, "拖欠情况");
        await page.GetByLabel("拖欠金额（元）").FillAsync("23000");
        await page.GetByLabel("被拖欠工资的人数").FillAsync("1");
        await page.GetByLabel("开始在这里工作的日期").FillAsync("2026-04-01");
        await page.GetByLabel("情况说明").FillAsync("跟着包工头刘某在工地干活，七月以后的工资一直没给。");
        await Continue(page);
        await Continue(page); // no evidence

        await ExpectHeading(page, "核对并提交");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("黄岛区某产业园三期工地");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        var (number, _) = await ReadReceipt(page, "WA");
        number.Should().StartWith("WA");
    }
}

public partial class WorkbenchTests
{
    /// <summary>
    /// Issue 16, item 1: the county's inspector reads a complaint whose employer is only described, cannot accept it
    /// yet, identifies the general contractor on the case page, and then accepts it.
    /// </summary>
    [Fact]
    public async Task An_inspector_identifies_the_unit_answering_for_a_contractor_and_then_accepts_the_complaint()
    {
        await browser.CreateStaffAsync("inspector.huangdao", "孙监察", StaffRoles.Inspector, "370211");
        var filed = await browser.FileComplaintAsync(Scenarios.AComplaint("370211") with { EmployerName = "刘某某（包工头）", EmployerCreditCode = null }
            with { EmployerAddress = "黄岛区某产业园三期工地", EmployerPhone = "13912345678" });
        var code = Scenarios.NewCreditCode("370211");

        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "inspector.huangdao");
        await page.GotoAsync($"/staff/cases/wage-arrears/{filed.Id}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("被投诉单位未确认");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("139****5678");
        await Assertions.Expect(Action(page, "accept")).ToHaveCountAsync(0);

        var form = Action(page, "identify-employer");
        await form.GetByLabel("统一社会信用代码").FillAsync("91370211MA0000000X");
        await form.GetByLabel("单位名称").FillAsync("青岛某建设集团有限公司");
        await form.GetByRole(AriaRole.Button, new() { Name = "确认被投诉单位" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("统一社会信用代码无效");
        await CheckPage(page, "staff-identify-employer-error");

        form = Action(page, "identify-employer");
        await form.GetByLabel("统一社会信用代码").FillAsync(code);
        await form.GetByLabel("单位名称").FillAsync("青岛某建设集团有限公司");
        await form.GetByLabel("如何确认").FillAsync("经现场核查，该工地施工总承包单位为青岛某建设集团有限公司。");
        await form.GetByRole(AriaRole.Button, new() { Name = "确认被投诉单位" }).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(code);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("被投诉单位未确认");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("确认被投诉单位：青岛某建设集团有限公司");
        await Action(page, "accept").GetByRole(AriaRole.Button, new() { Name = "受理并立案" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("立案调查中");
        await CheckPage(page, "staff-identified-and-accepted");
    }
}
