using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkbenchTests
{
    // 平阴县: the supervision journey's own county.
    private const string Pingyin = "370124";

    /// <summary>
    /// Issue 16, item 3: the city's supervisor flags a case from its page; the county's inspector finds it in the
    /// supervision list and on the case, reports completion; the supervisor concludes it.
    /// </summary>
    [Fact]
    public async Task A_city_supervisor_flags_a_case_the_inspector_reports_completion_and_the_supervisor_concludes_it()
    {
        await browser.CreateStaffAsync("inspector.pingyin", "周华", StaffRoles.Inspector, Pingyin);
        await browser.CreateStaffAsync("supervisor.jinan3", "钱督查", StaffRoles.Supervisor, "370100");
        var filed = await browser.FileComplaintAsync(Scenarios.AComplaint(Pingyin) with
        {
            EmployerName = "济南平阴甲建筑劳务有限公司", EmployerCreditCode = Scenarios.NewCreditCode(Pingyin),
        });

        var supervisor = await browser.NewDesktopPageAsync();
        await supervisor.GotoAsync("/account/login");
        await SignIn(supervisor, "supervisor.jinan3");
        await supervisor.GotoAsync($"/staff/cases/wage-arrears/{filed.Id}");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "挂牌督办本案" }).ClickAsync();
        // The date comes filled in; the instructions are required.
        await Action(supervisor, "open-supervision").GetByRole(AriaRole.Button, new() { Name = "挂牌督办" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator(".error-summary")).ToContainTextAsync("督办要求");
        await CheckPage(supervisor, "staff-supervision-new-error");
        await Action(supervisor, "open-supervision").GetByLabel("督办要求").FillAsync("十五日内查清欠薪人数和金额，督促用人单位足额支付。");
        await Action(supervisor, "open-supervision").GetByRole(AriaRole.Button, new() { Name = "挂牌督办" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync("已挂牌督办");
        await Assertions.Expect(supervisor.Locator(".case-state")).ToContainTextAsync("督办中");
        await Assertions.Expect(supervisor.Locator(".case-state")).ToContainTextAsync("还剩15天");
        // Nothing to decide until the staff report completion.
        await Assertions.Expect(Action(supervisor, "conclude")).ToHaveCountAsync(0);
        await CheckPage(supervisor, "staff-supervision-opened");

        var inspector = await browser.NewDesktopPageAsync();
        await inspector.GotoAsync("/account/login");
        await SignIn(inspector, "inspector.pingyin");
        await inspector.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "挂牌督办" }).ClickAsync();
        var row = inspector.Locator("tbody tr", new() { HasText = filed.TrackingNumber });
        await Assertions.Expect(row).ToContainTextAsync("市级督办");
        await Assertions.Expect(row).ToContainTextAsync("尚无报告");
        await CheckPage(inspector, "staff-supervisions");
        await CheckPhone(inspector, "staff-supervisions-phone");

        await inspector.GotoAsync($"/staff/cases/wage-arrears/{filed.Id}");
        await Assertions.Expect(inspector.Locator(".notice--flag")).ToContainTextAsync("本案已被挂牌督办");
        await Assertions.Expect(inspector.Locator(".notice--flag")).ToContainTextAsync("十五日内查清欠薪人数和金额");
        await Assertions.Expect(inspector.GetByRole(AriaRole.Link, new() { Name = "挂牌督办本案" })).ToHaveCountAsync(0);
        await CheckPhone(inspector, "staff-case-flagged-phone");
        await inspector.GetByRole(AriaRole.Link, new() { Name = "查看督办事项" }).ClickAsync();
        await Action(inspector, "report").GetByLabel("报告内容").FillAsync("已约谈用人单位，拖欠工资已全额支付。");
        await Action(inspector, "report").GetByLabel("是否已办结").SelectOptionAsync("true");
        await Action(inspector, "report").GetByRole(AriaRole.Button, new() { Name = "报告督办进展" }).ClickAsync();
        await Assertions.Expect(inspector.GetByRole(AriaRole.Status)).ToContainTextAsync("报告已提交");
        await Assertions.Expect(inspector.Locator(".case-state")).ToContainTextAsync("已报告办结，待审核");
        await Assertions.Expect(Action(inspector, "report")).ToHaveCountAsync(0);

        await supervisor.ReloadAsync();
        await Action(supervisor, "conclude").GetByLabel("销号意见").FillAsync("经核实工资已全部到账，同意销号。");
        await Action(supervisor, "conclude").GetByRole(AriaRole.Button, new() { Name = "同意销号" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync("已销号");
        await Assertions.Expect(supervisor.Locator(".timeline")).ToContainTextAsync("办结报告");
        await CheckPhone(supervisor, "staff-supervision-concluded-phone");
    }
}
