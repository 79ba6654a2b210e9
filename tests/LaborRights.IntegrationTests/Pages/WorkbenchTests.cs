using System.Text.RegularExpressions;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

/// <summary>
/// The staff workbench in Chromium at a desk's screen size: sign-in lands each person on their own work, the header
/// always says who they are, the queue shows exactly their scope with a count for each quick filter. Every page
/// passes axe (no serious or critical violation); screenshots go to TestResults.
/// </summary>
[Collection(BrowserCollection.Name)]
public partial class WorkbenchTests(BrowserFixture browser)
{
    // A county of its own: the worker journeys file in 历下区, and the queue is counted exactly here.
    private const string Licheng = "370112";
    // The case journeys file in 槐荫区, so the queue's counts above stay exact.
    private const string Huaiyin = "370104";

    [Fact]
    public async Task An_inspector_signs_in_to_the_queue_of_their_county_with_a_count_for_each_filter()
    {
        await browser.CreateStaffAsync("inspector.licheng", "张明", StaffRoles.Inspector, Licheng);
        var mine = new[] { "济南历城甲建筑工程有限公司", "济南历城乙劳务有限公司" };
        foreach (var employer in mine)
            await browser.FileComplaintAsync(Scenarios.AComplaint(Licheng) with { EmployerName = employer, EmployerCreditCode = Scenarios.NewCreditCode(Licheng) });
        await browser.FileComplaintAsync(Scenarios.AComplaint("370202") with { EmployerName = "青岛市南丙物流有限公司", EmployerCreditCode = Scenarios.NewCreditCode("370202") });

        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/staff/queue");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login\\?returnUrl=%2Fstaff%2Fqueue$"));
        await SignIn(page, "inspector.licheng");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/queue$"));
        await Assertions.Expect(page.Locator(".staff-bar__who")).ToContainTextAsync("张明");
        await Assertions.Expect(page.Locator(".staff-bar__who")).ToContainTextAsync("劳动保障监察员");
        await Assertions.Expect(page.Locator(".staff-bar__who")).ToContainTextAsync("济南市历城区");

        var rows = page.Locator("table.queue tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        foreach (var employer in mine) await Assertions.Expect(page.Locator("table.queue")).ToContainTextAsync(employer);
        await Assertions.Expect(page.Locator("table.queue")).Not.ToContainTextAsync("青岛市南丙物流有限公司");
        await Assertions.Expect(rows.First).ToContainTextAsync("受理审查中");
        await Assertions.Expect(rows.First).ToContainTextAsync("受理审查");
        await Assertions.Expect(Chip(page, "全部办理中")).ToContainTextAsync("2");
        await Assertions.Expect(Chip(page, "已逾期")).ToContainTextAsync("0");
        // An inspector reads wage arrears, discrimination and inspection cases; arbitration is not theirs.
        await Assertions.Expect(Chip(page, "欠薪")).ToContainTextAsync("2");
        await Assertions.Expect(Chip(page, "劳动争议仲裁")).ToHaveCountAsync(0);
        await CheckPage(page, "staff-queue");
        // On a phone each case is a card: every column of it on the screen, none behind the table's own scroller.
        await page.SetViewportSizeAsync(390, 844);
        (await page.EvaluateAsync<bool>("(() => { const w = document.querySelector('.table-wrap'); return w.scrollWidth <= w.clientWidth; })()"))
            .Should().BeTrue("the queue does not scroll sideways on a phone");
        (await rows.First.Locator("td").EvaluateAllAsync<string[]>("cells => cells.filter(c => c.getBoundingClientRect().right > window.innerWidth).map(c => c.dataset.label)"))
            .Should().BeEmpty("every column of a case, 承办人 and 下一期限 too, is within the phone's width");
        await Assertions.Expect(rows.First.Locator("td[data-label='下一期限']")).ToBeVisibleAsync();
        await CheckPhone(page, "staff-queue-phone");

        await Chip(page, "就业歧视").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/queue\\?kind=Discrimination$"));
        await Assertions.Expect(page.GetByText("没有符合条件的案件。")).ToBeVisibleAsync();
        await Assertions.Expect(Chip(page, "就业歧视")).ToHaveAttributeAsync("aria-current", "true");

        // The form's filters: a status, then an assignee no case has.
        await page.GotoAsync("/staff/queue");
        await page.GetByText("更多筛选条件").ClickAsync();
        await page.GetByLabel("状态").SelectOptionAsync(new SelectOptionValue { Label = "受理审查中" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await page.GetByLabel("承办人").FillAsync("李四");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(page.GetByText("没有符合条件的案件。")).ToBeVisibleAsync();
        await CheckPage(page, "staff-queue-filtered");
    }

    [Fact]
    public async Task A_queue_filter_out_of_range_says_what_is_wrong_and_a_county_outside_the_scope_lists_nothing()
    {
        await browser.CreateStaffAsync("inspector.licheng2", "王芳", StaffRoles.Inspector, Licheng);
        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "inspector.licheng2");

        var response = await page.GotoAsync("/staff/queue?due=999");
        response!.Status.Should().Be(400);
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("应在0至250个工作日之间");
        // The error stands beside its field too, and the summary leads to it.
        await Assertions.Expect(page.Locator("#due-error")).ToContainTextAsync("应在0至250个工作日之间");
        await Assertions.Expect(page.Locator("#due")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator(".error-summary a[href='#due']")).ToBeVisibleAsync();
        await CheckPage(page, "staff-queue-error");
        await CheckPhone(page, "staff-queue-error-phone");

        await page.GotoAsync("/staff/queue?county=370202");
        await Assertions.Expect(page.GetByText("没有符合条件的案件。")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_inspector_takes_a_complaint_from_the_queue_and_the_slower_of_two_sees_the_case_was_changed()
    {
        await browser.CreateStaffAsync("inspector.case1", "李强", StaffRoles.Inspector, Huaiyin);
        await browser.CreateStaffAsync("inspector.case2", "陈静", StaffRoles.Inspector, Huaiyin);
        const string employer = "济南槐荫丁装饰工程有限公司";
        var filed = await browser.FileComplaintAsync(Scenarios.AComplaint(Huaiyin) with { EmployerName = employer, EmployerCreditCode = Scenarios.NewCreditCode(Huaiyin) });

        var first = await browser.NewDesktopPageAsync();
        await first.GotoAsync("/account/login");
        await SignIn(first, "inspector.case1");
        await first.GetByRole(AriaRole.Link, new() { Name = filed.TrackingNumber }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(filed.TrackingNumber);
        await Assertions.Expect(first.Locator(".case-state")).ToContainTextAsync("受理审查中");
        // Personal data masked; the history in Chinese.
        await Assertions.Expect(first.Locator(".answers")).ToContainTextAsync("110105********002X");
        await Assertions.Expect(first.Locator(".answers")).Not.ToContainTextAsync("11010519491231002X");
        await Assertions.Expect(first.Locator(".timeline")).ToContainTextAsync("收到投诉（网上投诉）");
        await CheckPage(first, "staff-case-pending");

        // A second inspector opens the same case before the first one acts.
        var second = await browser.NewDesktopPageAsync();
        await second.GotoAsync("/account/login");
        await SignIn(second, "inspector.case2");
        await second.GotoAsync(first.Url);
        // A form whose antiforgery token no longer holds (a tab left open across a new sign-in) changes nothing and says why, as a page.
        await second.Locator("#action-accept input[name=__RequestVerificationToken]").EvaluateAsync("input => input.value = 'stale'");
        await second.Locator("#action-accept").GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("页面已过期");
        await CheckPage(second, "staff-form-expired");
        await second.GotoAsync(first.Url);
        await Assertions.Expect(second.Locator(".case-state")).ToContainTextAsync("受理审查中");

        await first.GetByRole(AriaRole.Button, new() { Name = "受理并立案" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("已受理并立案");
        await Assertions.Expect(first.Locator(".case-state")).ToContainTextAsync("立案调查中");
        await Assertions.Expect(first.Locator(".timeline")).ToContainTextAsync("已受理并立案");

        await second.GetByRole(AriaRole.Button, new() { Name = "受理并立案" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("此案件已被其他人更改");
        await Assertions.Expect(second.Locator(".case-state")).ToContainTextAsync("立案调查中");
        await CheckPage(second, "staff-case-stale");

        // Assigning: the law's two inspectors, said on the form with what was typed kept; then done.
        await first.GetByLabel("监察员姓名").FillAsync("李强");
        await first.GetByRole(AriaRole.Button, new() { Name = "指派监察员" }).ClickAsync();
        await Assertions.Expect(first.Locator(".error-summary")).ToContainTextAsync("至少指派两名劳动保障监察员");
        await Assertions.Expect(first.GetByLabel("监察员姓名")).ToHaveValueAsync("李强");
        await first.GetByLabel("监察员姓名").FillAsync("李强、陈静");
        await first.GetByRole(AriaRole.Button, new() { Name = "指派监察员" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("已指派监察员");
        await Assertions.Expect(first.Locator(".answers")).ToContainTextAsync("李强、陈静");
        await Assertions.Expect(first.GetByLabel("监察员姓名")).ToHaveValueAsync("李强、陈静");
        await CheckPage(first, "staff-case-accepted");

        // To closure: confirm, order payment, record the recovery, close. Only what the state allows is offered.
        await Assertions.Expect(Action(first, "record-recovery")).ToBeVisibleAsync();
        await Assertions.Expect(Action(first, "extra-compensation")).ToHaveCountAsync(0);
        await Assertions.Expect(first.Locator(".closed-actions")).ToContainTextAsync("责令加付赔偿金");
        await Action(first, "confirm").GetByLabel("核定金额（元）").FillAsync("36,000");
        await Action(first, "confirm").GetByLabel("被欠薪人数").FillAsync("4");
        await Action(first, "confirm").GetByRole(AriaRole.Button, new() { Name = "核定欠薪" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("已核定欠薪");

        await Action(first, "order-payment").GetByLabel("支付期限").FillAsync(DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd"));
        await Action(first, "order-payment").GetByRole(AriaRole.Button, new() { Name = "责令限期支付" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("已责令限期支付");
        await Assertions.Expect(first.Locator(".case-state")).ToContainTextAsync("责令支付期限");

        // A recovery larger than what is owed is refused by law, with the reason; nothing is recorded.
        await Action(first, "record-recovery").GetByLabel("追回金额（元）").FillAsync("50000");
        await Action(first, "record-recovery").GetByLabel("获偿人数").FillAsync("4");
        await Action(first, "record-recovery").GetByLabel("支付日期").FillAsync(ShanghaiToday());
        await Action(first, "record-recovery").GetByRole(AriaRole.Button, new() { Name = "登记追回工资" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Action(first, "record-recovery").GetByLabel("追回金额（元）").FillAsync("36000");
        await Action(first, "record-recovery").GetByRole(AriaRole.Button, new() { Name = "登记追回工资" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记追回工资");

        await Action(first, "close").GetByLabel("结案结果").SelectOptionAsync(new SelectOptionValue { Label = "全部追回" });
        await Action(first, "close").GetByLabel("结案情况").FillAsync("用人单位已全额支付拖欠的工资。");
        await Action(first, "close").GetByRole(AriaRole.Button, new() { Name = "结案" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("已结案");
        await Assertions.Expect(first.Locator(".case-state")).ToContainTextAsync("已结案");
        await Assertions.Expect(first.Locator(".timeline")).ToContainTextAsync("结案：全部追回");
        await Assertions.Expect(Action(first, "reopen")).ToBeVisibleAsync();
        await CheckPage(first, "staff-case-closed");
        await CheckPhone(first, "staff-case-closed-phone");
    }

    private static ILocator Action(IPage page, string name) => page.Locator($"#action-{name}");

    private static string ShanghaiToday() => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_supervisor_reads_a_case_reveals_the_complainants_data_and_opens_a_file_each_with_a_reason_on_the_record()
    {
        await browser.CreateStaffAsync("supervisor.jinan", "刘督查", StaffRoles.Supervisor, "370100");
        var photo = await browser.UploadEvidenceAsync(LaborRights.TestSamples.EvidenceSamples.Jpeg(), "工资条.jpg");
        var filed = await browser.FileComplaintAsync(Scenarios.AComplaint(Huaiyin) with
        {
            EmployerCreditCode = Scenarios.NewCreditCode(Huaiyin), EvidenceFiles = [photo],
        });
        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "supervisor.jinan");
        await page.GotoAsync($"/staff/cases/wage-arrears/{filed.Id}");

        // A supervisor reads and may look in full, but the case's actions are its inspectors'.
        await Assertions.Expect(page.Locator(".actions-panel")).ToHaveCountAsync(0);
        await page.GetByText("查看完整身份证号和电话").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "查看（将记录在案）" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("查看或删除理由不能为空");
        await page.GetByLabel("查看理由").FillAsync("电话联系投诉人核实欠薪金额");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看（将记录在案）" }).ClickAsync();
        await Assertions.Expect(page.Locator(".revealed")).ToContainTextAsync("11010519491231002X");
        await Assertions.Expect(page.Locator(".revealed")).ToContainTextAsync("13812345678");
        await CheckPage(page, "staff-case-revealed");

        await page.GotoAsync($"/staff/cases/wage-arrears/{filed.Id}");
        await Assertions.Expect(page.Locator(".revealed")).ToHaveCountAsync(0);
        await page.Locator(".files__item summary").ClickAsync();
        await page.GetByLabel("打开理由").FillAsync("核对工资条上的金额");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "打开文件（将记录在案）" }).ClickAsync());
        download.SuggestedFilename.Should().Be("工资条.jpg");

        var accesses = await browser.AccessesAsync(filed.Id);
        accesses.Select(a => (a.Reason, a.EvidenceId, a.ViewedBy)).Should().BeEquivalentTo(
        [
            ("电话联系投诉人核实欠薪金额", (Guid?)null, "supervisor.jinan"),
            ("核对工资条上的金额", (Guid?)photo, "supervisor.jinan"),
        ]);
    }

    [Fact]
    public async Task A_supervisor_lands_on_the_benchmark_and_chooses_the_units_the_period_and_the_city()
    {
        await browser.CreateStaffAsync("supervisor.province", "孙省督", StaffRoles.Supervisor, StaffScope.ProvinceCode);
        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "supervisor.province");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/benchmark$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("治理欠薪标杆评价");
        // All 136 counties of the province, each with a rating (with the few cases here, most have too few to rank).
        await Assertions.Expect(page.Locator("table.benchmark tbody tr")).ToHaveCountAsync(136);
        await CheckPage(page, "staff-benchmark-province");

        await page.GetByLabel("统计期").SelectOptionAsync("2025");
        await page.GetByLabel("地级市").SelectOptionAsync(new SelectOptionValue { Label = "济南市" });
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("period=2025.*city=3701"));
        await Assertions.Expect(page.Locator("table.benchmark tbody tr")).ToHaveCountAsync(12);
        await Assertions.Expect(page.Locator("table.benchmark")).ToContainTextAsync("历下区");
        await CheckPage(page, "staff-benchmark");
        (await page.GetByText("下载排名").GetAttributeAsync("href")).Should().Be("/api/benchmarks/counties/export.csv?period=2025");

        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByText("下载排名").ClickAsync());
        csv.SuggestedFilename.Should().Be("benchmark-counties-2025.csv");

        // A unit's page: each indicator as a bar with its fraction, and the last 8 quarters as a chart and a table.
        await page.GetByRole(AriaRole.Link, new() { Name = "历下区" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("历下区");
        await Assertions.Expect(page.Locator(".indicator").First).ToContainTextAsync("分子");
        await Assertions.Expect(page.Locator("svg.trend")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.trend-table tbody tr")).ToHaveCountAsync(8);
        await CheckPage(page, "staff-benchmark-unit");
        await CheckPhone(page, "staff-benchmark-unit-phone");
        await page.GetByText("返回标杆排名").ClickAsync();

        await page.GetByLabel("统计单位").SelectOptionAsync("cities");
        await page.GetByLabel("地级市").SelectOptionAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.benchmark tbody tr")).ToHaveCountAsync(16);
    }

    [Fact]
    public async Task A_case_outside_the_inspectors_county_answers_not_found()
    {
        await browser.CreateStaffAsync("inspector.shinan", "周洁", StaffRoles.Inspector, "370202");
        var filed = await browser.FileComplaintAsync(Scenarios.AComplaint(Huaiyin) with { EmployerCreditCode = Scenarios.NewCreditCode(Huaiyin) });
        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "inspector.shinan");

        var response = await page.GotoAsync($"/staff/cases/wage-arrears/{filed.Id}");
        response!.Status.Should().Be(404);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("找不到该案件");
        (await page.GotoAsync($"/staff/cases/wage-arrears/{Guid.NewGuid()}"))!.Status.Should().Be(404);
    }

    private static ILocator Chip(IPage page, string label) =>
        page.Locator("a.chip", new() { HasTextRegex = new Regex("^\\s*" + Regex.Escape(label) + "\\s+\\d+\\s*$") });

    private static Task SignIn(IPage page, string userName) => SignInWith(page, userName, BrowserFixture.StaffPassword);

    /// <summary>The same page on a 390 px phone: still accessible, and nothing but a table's own scroller is wider than the screen.</summary>
    private static async Task CheckPhone(IPage page, string screenshot)
    {
        var desk = page.ViewportSize!;
        await page.SetViewportSizeAsync(390, 844);
        var wider = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-wrap'))
              .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + (e.id || ''))
            """);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390,
            "nothing is wider than the phone (wider: {0})", string.Join(", ", wider));
        // A list shown as cards (queue--stack) fits the screen; only wide figure tables keep a sideways scroller.
        var scrollingLists = await page.EvaluateAsync<int>("""
            [...document.querySelectorAll('table.queue--stack')]
              .filter(t => t.getBoundingClientRect().right > window.innerWidth + 1 || (t.closest('.table-wrap')?.scrollWidth ?? 0) > (t.closest('.table-wrap')?.clientWidth ?? 0))
              .length
            """);
        scrollingLists.Should().Be(0, "each row of a list is a card on a phone");
        await CheckPage(page, screenshot);
        await page.SetViewportSizeAsync(desk.Width, desk.Height);
    }

    private static async Task CheckPage(IPage page, string screenshot)
    {
        (await BrowserFixture.AccessibilityViolationsAsync(page)).Should().BeEmpty();
        await BrowserFixture.ScreenshotAsync(page, screenshot);
    }
}
