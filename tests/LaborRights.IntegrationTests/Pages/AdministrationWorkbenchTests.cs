using System.Text;
using System.Text.RegularExpressions;
using LaborRights.Security;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkbenchTests
{
    [Fact]
    public async Task An_administrator_lands_on_the_accounts_creates_one_disables_it_and_resets_its_password_and_signing_out_ends_the_session()
    {
        await browser.CreateStaffAsync("admin.browser", "赵管理", StaffRoles.Administrator, StaffScope.ProvinceCode);
        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "admin.browser");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/admin/accounts$"));
        await Assertions.Expect(page.Locator(".staff-bar__who")).ToContainTextAsync("系统管理员");
        await Assertions.Expect(page.Locator(".staff-bar__who")).ToContainTextAsync("山东省");
        await Assertions.Expect(page.Locator(".staff-nav")).ToContainTextAsync("历史数据导入");
        await Assertions.Expect(page.Locator(".staff-nav")).Not.ToContainTextAsync("待办");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("admin.browser");
        // A page the role does not open says so, as a page.
        (await page.GotoAsync("/staff/queue"))!.Status.Should().Be(403);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("无权访问此页");
        await CheckPage(page, "staff-forbidden");
        await CheckPhone(page, "staff-forbidden-phone");
        await page.GotoAsync("/staff/admin/accounts");

        // A password with the user name in it is refused on its field; what else was typed stays.
        var create = Action(page, "create-account");
        await create.GetByLabel("用户名").FillAsync("inspector.zhangqiu");
        await create.GetByLabel("姓名").FillAsync("韩梅");
        await create.GetByLabel("角色").SelectOptionAsync(new SelectOptionValue { Label = "劳动保障监察员" });
        await create.GetByLabel("辖区").SelectOptionAsync("370114");
        await create.GetByLabel("初始密码").FillAsync("inspector.zhangqiu-2026");
        await create.GetByRole(AriaRole.Button, new() { Name = "开设账号" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("密码不能包含用户名");
        await Assertions.Expect(Action(page, "create-account").GetByLabel("姓名")).ToHaveValueAsync("韩梅");
        await Assertions.Expect(Action(page, "create-account").GetByLabel("初始密码")).ToHaveValueAsync("");
        await CheckPage(page, "staff-admin-accounts-error");
        await CheckPhone(page, "staff-admin-accounts-error-phone");
        await Action(page, "create-account").GetByLabel("初始密码").FillAsync("Zhangqiu-Laodong-26");
        await Action(page, "create-account").GetByRole(AriaRole.Button, new() { Name = "开设账号" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("账号已开设");
        await Assertions.Expect(page.Locator(".answers")).ToContainTextAsync("济南市章丘区");

        // The new account signs in; disabled, it cannot; enabled with a new password, it can (with the new one only).
        var newcomer = await browser.NewDesktopPageAsync();
        await newcomer.GotoAsync("/account/login");
        await SignInWith(newcomer, "inspector.zhangqiu", "Zhangqiu-Laodong-26");
        await Assertions.Expect(newcomer).ToHaveURLAsync(new Regex("/staff/queue$"));

        await Action(page, "disable").GetByRole(AriaRole.Button, new() { Name = "停用账号" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("账号已停用");
        await Assertions.Expect(page.Locator(".answers")).ToContainTextAsync("已停用");
        (await newcomer.GotoAsync("/staff/queue"))!.Url.Should().Contain("/account/login");

        await Action(page, "enable").GetByRole(AriaRole.Button, new() { Name = "启用账号" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("账号已启用");
        await Action(page, "reset-password").GetByLabel("新密码").FillAsync("short");
        await Action(page, "reset-password").GetByRole(AriaRole.Button, new() { Name = "重置密码" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("密码至少");
        await Action(page, "reset-password").GetByLabel("新密码").FillAsync("Mingshui-Jiancha-27");
        await Action(page, "reset-password").GetByRole(AriaRole.Button, new() { Name = "重置密码" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("密码已重置");
        await CheckPage(page, "staff-admin-account");
        await CheckPhone(page, "staff-admin-account-phone");

        await newcomer.GotoAsync("/account/login");
        await SignInWith(newcomer, "inspector.zhangqiu", "Zhangqiu-Laodong-26");
        await Assertions.Expect(newcomer).ToHaveURLAsync(new Regex("/account/login"));
        await SignInWith(newcomer, "inspector.zhangqiu", "Mingshui-Jiancha-27");
        await Assertions.Expect(newcomer).ToHaveURLAsync(new Regex("/staff/queue$"));

        (await page.GotoAsync("/staff/admin/accounts/nobody.here"))!.Status.Should().Be(404);
        await page.GotoAsync("/staff");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/admin/accounts$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login$"));
        await page.GotoAsync("/staff");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login\\?returnUrl=%2Fstaff$"));
    }

    [Fact]
    public async Task An_administrator_checks_a_legacy_file_sees_every_bad_line_then_imports_a_clean_one_after_a_dry_run()
    {
        await browser.CreateStaffAsync("admin.import", "钱导入", StaffRoles.Administrator, StaffScope.ProvinceCode);
        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "admin.import");
        await page.GetByRole(AriaRole.Link, new() { Name = "历史数据导入" }).ClickAsync();
        await CheckPage(page, "staff-admin-imports");

        // Two bad lines among good ones: every bad line is named with its field; nothing is imported.
        var run = Guid.NewGuid().ToString("N")[..8];
        var bad = Ndjson(LegacyLine($"WF-{run}-1"), LegacyLine($"WF-{run}-2").Replace("\"workersAffected\":3", "\"workersAffected\":-1"),
            LegacyLine($"WF-{run}-3").Replace("\"countyCode\":\"370702\"", "\"countyCode\":\"999999\""));
        await Upload(page, "legacy-bad.ndjson", bad, importNow: true);
        await Assertions.Expect(page.Locator("#errors-caption")).ToContainTextAsync("全部2处错误", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("workersAffected");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("countyCode");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("全部文件均未导入");
        await CheckPage(page, "staff-admin-import-errors");
        await CheckPhone(page, "staff-admin-import-errors-phone");

        // A clean file: the dry run writes nothing and offers the import of exactly that file.
        await page.GotoAsync("/staff/admin/imports");
        await Upload(page, "legacy-good.ndjson", Ndjson(LegacyLine($"WF-{run}-4"), LegacyLine($"WF-{run}-5"), LegacyLine($"WF-{run}-6")), importNow: false);
        await Assertions.Expect(page.Locator("#confirm-import")).ToContainTextAsync("将导入3件新案件", new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "正式导入" }).ClickAsync();
        await Assertions.Expect(page.Locator(".answers").Last).ToContainTextAsync("3", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("正式导入");
        await Assertions.Expect(page.GetByText("已导入3件")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await CheckPage(page, "staff-admin-import-done");
        await CheckPhone(page, "staff-admin-import-done-phone");
        await page.GotoAsync("/staff/admin/imports");
        await Assertions.Expect(page.Locator("table.queue")).ToContainTextAsync("legacy-good.ndjson");
        await CheckPhone(page, "staff-admin-imports-phone");

        // The imported cases are cases like any other: an inspector of 潍坊 潍城区 finds them in the queue.
        await browser.CreateStaffAsync("inspector.weicheng", "孔明", StaffRoles.Inspector, "370702");
        var inspector = await browser.NewDesktopPageAsync();
        await inspector.GotoAsync("/account/login");
        await SignIn(inspector, "inspector.weicheng");
        await inspector.GotoAsync("/staff/queue?page=1");
        await Assertions.Expect(inspector.Locator("table")).ToContainTextAsync("潍坊某建筑劳务有限公司");
    }

    private static async Task Upload(IPage page, string fileName, string content, bool importNow)
    {
        await page.GetByLabel("文件").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/x-ndjson", Buffer = Encoding.UTF8.GetBytes(content) });
        await page.GetByLabel(importNow ? "检查无误后直接导入" : "先试导入（只检查，不写入）").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "开始" }).ClickAsync();
    }

    private static string Ndjson(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>A closed legacy case of 潍坊 潍城区 (the shape the old system exports).</summary>
    private static string LegacyLine(string legacyId) =>
        "{\"legacyId\":\"" + legacyId + "\",\"kind\":\"wage-arrears\",\"countyCode\":\"370702\",\"parkCode\":null," +
        "\"employer\":{\"name\":\"潍坊某建筑劳务有限公司\",\"creditCode\":\"91370102MA3C5XQ716\"}," +
        "\"complainant\":{\"name\":\"张三\",\"idNumber\":null,\"phone\":\"13800000000\"}," +
        "\"workersAffected\":3,\"amountClaimed\":45600.00,\"amountConfirmed\":42000.00,\"receivedOn\":\"2025-03-04\"," +
        "\"decision\":{\"kind\":\"accepted\",\"on\":\"2025-03-07\"},\"extendedOn\":null," +
        "\"recoveries\":[{\"on\":\"2025-04-10\",\"amount\":20000.00},{\"on\":\"2025-04-28\",\"amount\":22000.00}]," +
        "\"transferredToPoliceOn\":null,\"closedOn\":null}";

    private static async Task SignInWith(IPage page, string userName, string password)
    {
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }
}
