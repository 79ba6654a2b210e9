using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

/// <summary>The start page on a phone: the three paths and tracking, in Chinese first, in English on request.</summary>
[Collection(BrowserCollection.Name)]
public class StartPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_phone_opens_the_start_page_in_Chinese_with_the_three_paths_tracking_and_the_credit_sanctions_list()
    {
        var page = await browser.NewPhonePageAsync();
        var response = await page.GotoAsync("/");

        response!.Status.Should().Be(200);
        response.Headers["content-security-policy"].Should().Contain("default-src 'self'").And.NotContain("unsafe-inline");
        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("zh-CN");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("遇到劳动问题？在网上办");
        (await page.Locator(".choice__title a").AllTextContentsAsync()).Should().Equal("被拖欠工资", "招聘或工作中受到歧视", "和用人单位有争议，申请仲裁", "查看我的案件", "我要举报", "失信联合惩戒名单");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390, "nothing is wider than the phone");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).Should().BeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "start-page");
    }

    [Fact]
    public async Task The_English_switch_shows_the_same_page_in_English_and_stays_chosen()
    {
        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Switch to English" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("A problem at work? Deal with it online");
        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("en");
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("A problem at work? Deal with it online");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).Should().BeEmpty();
        await page.GetByRole(AriaRole.Link, new() { Name = "切换到中文" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("遇到劳动问题？在网上办");
    }

    [Fact]
    public async Task The_staff_sign_in_page_uses_the_same_layout_and_says_a_wrong_password_plainly()
    {
        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("工作人员登录");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).Should().BeEmpty();

        await page.GetByLabel("用户名").FillAsync("nobody");
        await page.GetByLabel("密码").FillAsync("Wrong-password-1");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync(), r => r.Request.Method == "POST");

        response.Status.Should().Be(401);
        await Assertions.Expect(page.Locator("[role=alert]")).ToHaveTextAsync("用户名或密码错误，或账号暂不可用。");
        await Assertions.Expect(page.GetByLabel("用户名")).ToHaveValueAsync("nobody");
        (await BrowserFixture.AccessibilityViolationsAsync(page)).Should().BeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "staff-sign-in");
    }
}
