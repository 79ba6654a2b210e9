using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkbenchTests
{
    /// <summary>
    /// Issue 16, item 6: an employer complained about in three of Jinan's counties (济阳、莱芜、钢城, this journey's own)
    /// is on the city supervisor's early-warning list and on its cases' pages, each signal with its cases.
    /// </summary>
    [Fact]
    public async Task An_employer_complained_about_across_counties_is_on_the_supervisors_early_warning_list()
    {
        await browser.CreateStaffAsync("supervisor.jinan5", "冯督查", StaffRoles.Supervisor, "370100");
        var code = Scenarios.NewCreditCode("370115");
        var filed = new List<LaborRights.WageArrears.Filing.ComplaintFiled>();
        foreach (var county in new[] { "370115", "370116", "370117" })
            filed.Add(await browser.FileComplaintAsync(Scenarios.AComplaint(county) with { EmployerName = "济南多县欠薪劳务有限公司", EmployerCreditCode = code }));

        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "supervisor.jinan5");
        var row = page.Locator("tbody tr", new() { HasText = "济南多县欠薪劳务有限公司" });
        // The registry is read asynchronously from the cases' events: the list shows the employer once it has caught up.
        for (var attempt = 0; attempt < 30 && await row.CountAsync() == 0; attempt++)
        {
            await page.GotoAsync("/staff/employer-warnings");
            if (await row.CountAsync() == 0) await Task.Delay(500);
        }
        await Assertions.Expect(row).ToContainTextAsync("3个县（市、区）被投诉3次");
        await Assertions.Expect(row.GetByRole(AriaRole.Link)).ToHaveCountAsync(3);
        await CheckPage(page, "staff-employer-warnings");
        await CheckPhone(page, "staff-employer-warnings-phone");

        await row.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator(".case-side")).ToContainTextAsync("欠薪预警");
        await Assertions.Expect(page.Locator(".case-side")).ToContainTextAsync("被投诉3次");
    }
}
