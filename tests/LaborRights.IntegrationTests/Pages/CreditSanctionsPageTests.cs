using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkerJourneyTests
{
    /// <summary>Issue 16, item 2: anyone finds the credit-sanctions list from the start page, on a phone — the unit, the ground, the dates.</summary>
    [Fact]
    public async Task Anyone_reads_the_credit_sanctions_list_from_the_start_page_on_a_phone()
    {
        var code = Infrastructure.Scenarios.NewCreditCode("370181");
        await browser.ListEmployerAsync("济南失信名单示例建筑劳务有限公司", code, "370102");

        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "失信联合惩戒名单" }).ClickAsync();
        var listing = page.Locator("li.card", new() { HasText = "济南失信名单示例建筑劳务有限公司" });
        await Assertions.Expect(listing).ToContainTextAsync(code);
        await Assertions.Expect(listing).ToContainTextAsync("经责令限期支付仍未支付");
        await CheckPage(page, "credit-sanctions-phone");
    }
}
