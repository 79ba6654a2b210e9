using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkbenchTests
{
    /// <summary>
    /// Issue 16, item 2: the county's inspector records the notice and the employer's statement; the city's supervisor
    /// lists the employer; it is then on the public list.
    /// </summary>
    [Fact]
    public async Task The_inspector_serves_notice_and_records_the_statement_and_the_supervisor_lists_the_employer()
    {
        await browser.CreateStaffAsync("inspector.gangcheng", "陈静", StaffRoles.Inspector, "370117");
        await browser.CreateStaffAsync("supervisor.jinan6", "卫督查", StaffRoles.Supervisor, "370100");
        var code = Scenarios.NewCreditCode("370117");
        var id = await browser.ProposeListingAsync("济南钢城失信示例劳务有限公司", code, "370117", "inspector.gangcheng");

        var inspector = await browser.NewDesktopPageAsync();
        await inspector.GotoAsync("/account/login");
        await SignIn(inspector, "inspector.gangcheng");
        await inspector.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "失信惩戒" }).ClickAsync();
        await inspector.GetByRole(AriaRole.Link, new() { Name = "济南钢城失信示例劳务有限公司" }).ClickAsync();
        await Assertions.Expect(inspector.Locator(".case-state")).ToContainTextAsync("拟列入");
        // The decision is not the inspector's.
        await Assertions.Expect(Action(inspector, "decide")).ToHaveCountAsync(0);
        await Action(inspector, "serve-notice").GetByLabel("送达日期").FillAsync(ShanghaiToday());
        await Action(inspector, "serve-notice").GetByRole(AriaRole.Button, new() { Name = "登记告知送达" }).ClickAsync();
        await Assertions.Expect(inspector.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记告知送达");
        await Assertions.Expect(inspector.Locator(".case-state")).ToContainTextAsync("陈述申辩期限");
        await Action(inspector, "record-statement").GetByLabel("陈述申辩").FillAsync("资金周转困难，请求暂缓列入。");
        await Action(inspector, "record-statement").GetByRole(AriaRole.Button, new() { Name = "记录陈述申辩" }).ClickAsync();
        await Assertions.Expect(inspector.GetByRole(AriaRole.Status)).ToContainTextAsync("已记录陈述申辩");
        await CheckPage(inspector, "staff-credit-listing-heard");

        var supervisor = await browser.NewDesktopPageAsync();
        await supervisor.GotoAsync("/account/login");
        await SignIn(supervisor, "supervisor.jinan6");
        await supervisor.GotoAsync($"/staff/credit-listings/{id}");
        await Action(supervisor, "decide").GetByLabel("是否列入").SelectOptionAsync("true");
        await Action(supervisor, "decide").GetByLabel("理由").FillAsync("陈述申辩理由不成立，决定列入。");
        await Action(supervisor, "decide").GetByRole(AriaRole.Button, new() { Name = "作出列入决定" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync("已作出决定");
        await Assertions.Expect(supervisor.Locator(".case-state")).ToContainTextAsync("已列入");
        await CheckPhone(supervisor, "staff-credit-listing-listed-phone");
        await supervisor.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "失信惩戒" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator("table.queue")).ToContainTextAsync("济南钢城失信示例劳务有限公司");
        await CheckPhone(supervisor, "staff-credit-listings-phone");

        var anyone = await browser.NewPhonePageAsync();
        await anyone.GotoAsync("/credit-sanctions");
        await Assertions.Expect(anyone.Locator("li.card", new() { HasText = "济南钢城失信示例劳务有限公司" })).ToContainTextAsync(code);
    }
}
