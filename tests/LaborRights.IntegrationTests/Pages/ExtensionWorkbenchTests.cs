using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkbenchTests
{
    // 长清区: the extension journey's own county.
    private const string Changqing = "370113";

    /// <summary>Issue 14, item 3: the inspector asks, the city's supervisor finds the request in the queue and approves it on the case page.</summary>
    [Fact]
    public async Task An_inspector_asks_for_an_extension_and_the_citys_supervisor_approves_it_from_the_queue()
    {
        await browser.CreateStaffAsync("inspector.changqing", "孙磊", StaffRoles.Inspector, Changqing);
        await browser.CreateStaffAsync("supervisor.jinan2", "赵强", StaffRoles.Supervisor, "370100");
        var filed = await browser.FileComplaintAsync(Scenarios.AComplaint(Changqing) with
        {
            EmployerName = "济南长清甲建筑劳务有限公司", EmployerCreditCode = Scenarios.NewCreditCode(Changqing),
        });

        var inspector = await browser.NewDesktopPageAsync();
        await inspector.GotoAsync("/account/login");
        await SignIn(inspector, "inspector.changqing");
        await inspector.GetByRole(AriaRole.Link, new() { Name = filed.TrackingNumber }).ClickAsync();
        await inspector.GetByRole(AriaRole.Button, new() { Name = "受理并立案" }).ClickAsync();
        await inspector.GetByLabel("监察员姓名").FillAsync("孙磊、王芳");
        await inspector.GetByRole(AriaRole.Button, new() { Name = "指派监察员" }).ClickAsync();
        // Only the request is offered to the inspector: approving is the supervisor's.
        await Assertions.Expect(Action(inspector, "approve-extension")).ToHaveCountAsync(0);
        await Action(inspector, "request-extension").GetByLabel("延期理由").FillAsync("涉及人数多，需调取银行流水。");
        await Action(inspector, "request-extension").GetByRole(AriaRole.Button, new() { Name = "申请延长期限" }).ClickAsync();
        await Assertions.Expect(inspector.GetByRole(AriaRole.Status)).ToContainTextAsync("等待批准人批准");
        await Assertions.Expect(inspector.Locator(".case-state")).ToContainTextAsync("延期待批准");
        await Assertions.Expect(inspector.Locator(".timeline")).ToContainTextAsync("申请延长办案期限");

        var supervisor = await browser.NewDesktopPageAsync();
        await supervisor.GotoAsync("/account/login");
        await SignIn(supervisor, "supervisor.jinan2");
        await supervisor.GotoAsync("/staff/queue");
        await Chip(supervisor, "待批准延期").ClickAsync();
        var row = supervisor.Locator("tbody tr", new() { HasText = "济南长清甲建筑劳务有限公司" });
        await Assertions.Expect(row).ToContainTextAsync("延期待批准");
        await CheckPage(supervisor, "staff-queue-extensions-to-approve");
        await row.GetByRole(AriaRole.Link).First.ClickAsync();

        await Assertions.Expect(Action(supervisor, "request-extension")).ToHaveCountAsync(0);
        await CheckPage(supervisor, "staff-case-extension-to-approve");
        await Action(supervisor, "approve-extension").GetByRole(AriaRole.Button, new() { Name = "批准延期" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync("已批准延期");
        await Assertions.Expect(supervisor.Locator(".timeline")).ToContainTextAsync("经supervisor.jinan2批准");
        await Assertions.Expect(supervisor.Locator(".case-state")).Not.ToContainTextAsync("延期待批准");
        await CheckPhone(supervisor, "staff-case-extension-approved-phone");
    }
}
