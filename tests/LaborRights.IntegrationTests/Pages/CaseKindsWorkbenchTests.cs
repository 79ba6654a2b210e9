using LaborRights.Discrimination;
using LaborRights.Discrimination.Filing;
using LaborRights.Security;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkbenchTests
{
    // The discrimination and inspection journeys work in 市中区.
    private const string Shizhong = "370103";

    [Fact]
    public async Task An_inspector_takes_a_discrimination_complaint_from_acceptance_to_a_remedy_and_closure()
    {
        await browser.CreateStaffAsync("inspector.shizhong1", "王敏", StaffRoles.Inspector, Shizhong);
        var filed = await browser.FileDiscriminationAsync(new DiscriminationForm(
            DiscriminationFilingKind.Complaint, "李秀英", "13812345678", "济南市中乙科技有限公司", Infrastructure.Scenarios.NewCreditCode(Shizhong),
            Shizhong, null, [DiscriminationGround.Sex], null, DiscriminationStage.RecruitmentAd, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10),
            "招聘广告写明“限男性”。", [new(EvidenceKind.JobAdText, "限男性，本科以上")]));

        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "inspector.shizhong1");
        await page.GetByRole(AriaRole.Link, new() { Name = filed.TrackingNumber }).ClickAsync();
        await Assertions.Expect(page.Locator(".case-state")).ToContainTextAsync("受理审查中");
        await Assertions.Expect(page.Locator(".answers")).ToContainTextAsync("138****5678");
        await Assertions.Expect(page.Locator(".answers")).Not.ToContainTextAsync("13812345678");
        await CheckPage(page, "staff-discrimination-pending");

        await Action(page, "accept").GetByRole(AriaRole.Button, new() { Name = "受理" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已受理并立案调查");
        await Assertions.Expect(page.Locator(".case-state")).ToContainTextAsync("立案调查中");

        // Closing as remedied before any remedy is refused by law, with its reason.
        await Action(page, "record-finding").GetByLabel("歧视成立").SelectOptionAsync("true");
        await Action(page, "record-finding").GetByLabel("理由").FillAsync("招聘广告以性别为由限制录用，违反就业促进法第27条。");
        await Action(page, "record-finding").GetByRole(AriaRole.Button, new() { Name = "调查结论" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已记录调查结论");
        await Action(page, "close").GetByLabel("结案结果").SelectOptionAsync(new SelectOptionValue { Label = "已纠正" });
        await Action(page, "close").GetByLabel("结案情况").FillAsync("用人单位已修改招聘广告。");
        await Action(page, "close").GetByRole(AriaRole.Button, new() { Name = "结案" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("尚未采取责令改正");

        await Action(page, "order-correction").GetByLabel("改正要求").FillAsync("删除招聘广告中“限男性”的内容。");
        await Action(page, "order-correction").GetByLabel("改正期限").FillAsync(DateTime.UtcNow.AddHours(8).AddDays(10).ToString("yyyy-MM-dd"));
        await Action(page, "order-correction").GetByRole(AriaRole.Button, new() { Name = "责令改正" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已责令改正");
        // A fine waits for the correct-by date: not offered yet, and it says why.
        await Assertions.Expect(page.Locator(".closed-actions")).ToContainTextAsync("尚未届满");

        await Action(page, "close").GetByLabel("结案结果").SelectOptionAsync(new SelectOptionValue { Label = "已纠正" });
        await Action(page, "close").GetByLabel("结案情况").FillAsync("用人单位已修改招聘广告。");
        await Action(page, "close").GetByRole(AriaRole.Button, new() { Name = "结案" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已结案");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("结案");
        await CheckPage(page, "staff-discrimination-closed");
        await CheckPhone(page, "staff-discrimination-closed-phone");
    }

    [Fact]
    public async Task An_inspector_opens_an_inspection_visits_the_site_hears_the_employer_and_closes_it_with_a_penalty()
    {
        await browser.CreateStaffAsync("inspector.shizhong2", "周平", StaffRoles.Inspector, Shizhong);
        // The employer already owes wages to a worker: the inspection's page shows that case in the employer's record.
        var creditCode = Infrastructure.Scenarios.NewCreditCode(Shizhong);
        var complaint = await browser.FileComplaintAsync(Infrastructure.Scenarios.AComplaint(Shizhong) with
        {
            EmployerName = "济南市中丙餐饮管理有限公司", EmployerCreditCode = creditCode,
        });
        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "inspector.shizhong2");
        await page.GetByRole(AriaRole.Link, new() { Name = "立案检查" }).ClickAsync();

        var open = Action(page, "open-inspection");
        await open.GetByLabel("来源").SelectOptionAsync("Planned");
        await open.GetByLabel("单位全称").FillAsync("济南市中丙餐饮管理有限公司");
        await open.GetByLabel("统一社会信用代码").FillAsync("91370103MA00000000");
        await open.GetByLabel("立案事由").FillAsync("专项检查：工时和加班工资。");
        await open.GetByRole(AriaRole.Button, new() { Name = "立案检查" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("统一社会信用代码无效");
        await Assertions.Expect(Action(page, "open-inspection").GetByLabel("单位全称")).ToHaveValueAsync("济南市中丙餐饮管理有限公司");
        await CheckPage(page, "staff-inspection-new-error");
        await CheckPhone(page, "staff-inspection-new-error-phone");
        await Action(page, "open-inspection").GetByLabel("统一社会信用代码").FillAsync(creditCode);
        await Action(page, "open-inspection").GetByRole(AriaRole.Button, new() { Name = "立案检查" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已立案");
        await Assertions.Expect(page.Locator(".case-state")).ToContainTextAsync("办案期限");
        await ReloadUntilAsync(page, page.Locator("#employer-title + *"), "在办2件");
        await Assertions.Expect(page.Locator("section", new() { Has = page.Locator("#employer-title") })).ToContainTextAsync(complaint.TrackingNumber);

        await Action(page, "assign").GetByLabel("监察员姓名").FillAsync("周平、吴刚");
        await Action(page, "assign").GetByRole(AriaRole.Button, new() { Name = "指派监察员" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已指派监察员");

        var visit = Action(page, "site-visit");
        await visit.GetByLabel("检查日期").FillAsync(ShanghaiToday());
        await visit.GetByLabel("检查地点").FillAsync("济南市市中区经七路100号");
        await visit.GetByLabel("违法行为1：类别").SelectOptionAsync("Overtime");
        await visit.GetByLabel("违法行为1：事实").FillAsync("2026年10月安排员工每日工作12小时，未支付加班工资。");
        await visit.GetByLabel("违法行为1：涉及人数").FillAsync("六人");
        await visit.GetByRole(AriaRole.Button, new() { Name = "现场检查" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("请填写整数");
        await Action(page, "site-visit").GetByLabel("违法行为1：涉及人数").FillAsync("6");
        await Action(page, "site-visit").GetByRole(AriaRole.Button, new() { Name = "现场检查" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已记录现场检查");
        await Assertions.Expect(page.Locator(".answers")).ToContainTextAsync("违法延长工作时间");

        // No penalty before the employer is heard (行政处罚法第44条): not offered, and it says why.
        await Assertions.Expect(page.Locator(".closed-actions")).ToContainTextAsync("陈述申辩");
        await Action(page, "hear-employer").GetByLabel("日期").FillAsync(ShanghaiToday());
        await Action(page, "hear-employer").GetByLabel("陈述申辩内容").FillAsync("用人单位承认加班事实，称系旺季用工紧张。");
        await Action(page, "hear-employer").GetByRole(AriaRole.Button, new() { Name = "听取陈述申辩" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已记录陈述申辩");

        await Action(page, "penalty").GetByLabel("罚款金额（元）").FillAsync("3000");
        await Action(page, "penalty").GetByLabel("法律依据").FillAsync("劳动保障监察条例第25条");
        await Action(page, "penalty").GetByRole(AriaRole.Button, new() { Name = "行政处罚" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已作出行政处罚决定");

        await Action(page, "close").GetByLabel("结案结果").SelectOptionAsync(new SelectOptionValue { Label = "行政处罚" });
        await Action(page, "close").GetByLabel("结案情况").FillAsync("已作出行政处罚决定。");
        await Action(page, "close").GetByRole(AriaRole.Button, new() { Name = "结案" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已结案");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("行政处罚");
        await CheckPage(page, "staff-inspection-closed");
        await CheckPhone(page, "staff-inspection-closed-phone");
    }

    /// <summary>The employer registry is a projection that follows the events within seconds: reload until it shows.</summary>
    private static async Task ReloadUntilAsync(IPage page, ILocator locator, string text)
    {
        for (var attempt = 0; attempt < 30 && !(await locator.TextContentAsync() ?? "").Contains(text); attempt++)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }
        await Assertions.Expect(locator).ToContainTextAsync(text);
    }
}
