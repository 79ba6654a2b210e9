using LaborRights.Arbitration;
using LaborRights.Arbitration.Filing;
using LaborRights.Security;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkbenchTests
{
    // The arbitration commission's journeys file in 天桥区.
    private const string Tianqiao = "370105";

    [Fact]
    public async Task An_arbitrator_takes_an_application_to_an_award_with_one_final_and_one_non_final_item()
    {
        await browser.CreateStaffAsync("arbitrator.tianqiao", "赵仲裁", StaffRoles.Arbitrator, Tianqiao);
        var filed = await browser.ApplyForArbitrationAsync(new ArbitrationApplicationForm(
            new PartyForm(PartyKind.Worker, "孙晓明", "11010519491231002X", "13812345678"),
            new PartyForm(PartyKind.Employer, "济南天桥甲物流有限公司", Infrastructure.Scenarios.NewCreditCode(Tianqiao), "053188886666"),
            Tianqiao, null,
            [
                new ClaimForm(ClaimCategory.Pay, "支付2026年8月至9月工资", 9_000m),
                new ClaimForm(ClaimCategory.Severance, "支付违法解除劳动合同赔偿金", 60_000m),
            ],
            1, "申请人自2020年3月起在被申请人处工作，2026年8月起工资未发放，10月被辞退。"));

        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "arbitrator.tianqiao");
        await page.GetByRole(AriaRole.Link, new() { Name = filed.TrackingNumber }).ClickAsync();
        await Assertions.Expect(page.Locator(".case-state")).ToContainTextAsync("待受理审查");
        await Assertions.Expect(page.Locator(".claims")).ToContainTextAsync("支付违法解除劳动合同赔偿金");
        await Assertions.Expect(page.Locator(".answers")).ToContainTextAsync("110105********002X");
        await CheckPage(page, "staff-arbitration-pending");

        await Action(page, "accept").GetByRole(AriaRole.Button, new() { Name = "受理" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已受理");
        await Assertions.Expect(page.Locator(".case-state")).ToContainTextAsync("裁决期限");

        // A tribunal of two is not one the law knows: said on the field, nothing formed.
        await Action(page, "form-panel").GetByLabel("仲裁员姓名").FillAsync("赵仲裁、钱仲裁");
        await Action(page, "form-panel").GetByRole(AriaRole.Button, new() { Name = "组成仲裁庭" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("一名独任仲裁员或三名仲裁员");
        await Action(page, "form-panel").GetByLabel("仲裁员姓名").FillAsync("赵仲裁");
        await Action(page, "form-panel").GetByRole(AriaRole.Button, new() { Name = "组成仲裁庭" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("仲裁庭已组成");

        // Too short a notice is refused by law with its reason (第35条, counted in working days); then a hearing six working days away.
        var today = DateTime.UtcNow.AddHours(8);
        await Action(page, "schedule-hearing").GetByLabel("开庭日期").FillAsync(today.AddDays(2).ToString("yyyy-MM-dd"));
        await Action(page, "schedule-hearing").GetByLabel("开庭地点").FillAsync("天桥区劳动人事争议仲裁院第一仲裁庭");
        await Action(page, "schedule-hearing").GetByRole(AriaRole.Button, new() { Name = "安排开庭" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("5个工作日前书面通知");
        var hearingOn = LaborRights.Calendar.WorkingDayCalendar.LoadEmbedded().AddWorkingDays(DateOnly.FromDateTime(today), 6).DueOn;
        await Action(page, "schedule-hearing").GetByLabel("开庭日期").FillAsync(hearingOn.ToString("yyyy-MM-dd"));
        await Action(page, "schedule-hearing").GetByRole(AriaRole.Button, new() { Name = "安排开庭" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已安排开庭");
        // Before the day, attendance is not offered; it says why.
        await Assertions.Expect(page.Locator(".closed-actions")).ToContainTextAsync("尚未开庭");

        await browser.MoveHearingToTodayAsync(filed.Id, "天桥区劳动人事争议仲裁院第一仲裁庭");
        await page.ReloadAsync();
        await Action(page, "record-attendance").GetByLabel("申请人到庭", new() { Exact = true }).SelectOptionAsync("true");
        await Action(page, "record-attendance").GetByLabel("被申请人到庭").SelectOptionAsync("true");
        await Action(page, "record-attendance").GetByRole(AriaRole.Button, new() { Name = "到庭情况" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已记录到庭情况");

        // Mediation comes first (第42条): the award is not offered before it.
        await Assertions.Expect(page.Locator(".closed-actions")).ToContainTextAsync("先行调解");
        await Action(page, "mediation-failed").GetByLabel("调解情况").FillAsync("被申请人不同意支付赔偿金，调解不成。");
        await Action(page, "mediation-failed").GetByRole(AriaRole.Button, new() { Name = "调解不成" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已记录调解不成");

        // The pay claim first (facts clear): within 12 months of the minimum wage, so final.
        var partial = Action(page, "partial-award");
        await partial.GetByLabel("第1项（支付2026年8月至9月工资，请求9,000.00元）裁决金额").FillAsync("9000");
        await partial.GetByLabel("第1项裁决理由").FillAsync("被申请人未按时足额支付工资，应予支付。");
        await partial.GetByRole(AriaRole.Button, new() { Name = "先行裁决" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已先行裁决");
        await Assertions.Expect(page.Locator(".claims tbody tr").Nth(0)).ToContainTextAsync("终局裁决");
        await Assertions.Expect(page.Locator(".claims tbody tr").Nth(1)).ToContainTextAsync("尚未裁决");

        // The award on the rest: an amount above the claim is refused with its reason; then 48,000, above the limit, not final.
        var award = Action(page, "award");
        await Assertions.Expect(award.GetByLabel("第1项裁决理由")).ToHaveCountAsync(0);
        await award.GetByLabel("第2项（支付违法解除劳动合同赔偿金，请求60,000.00元）裁决金额").FillAsync("70000");
        await award.GetByLabel("第2项裁决理由").FillAsync("被申请人违法解除劳动合同，应支付赔偿金。");
        await award.GetByRole(AriaRole.Button, new() { Name = "作出裁决" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("超过请求金额");
        await Action(page, "award").GetByLabel("第2项（支付违法解除劳动合同赔偿金，请求60,000.00元）裁决金额").FillAsync("48000");
        await Action(page, "award").GetByLabel("第2项裁决理由").FillAsync("被申请人违法解除劳动合同，应支付赔偿金。");
        await Action(page, "award").GetByRole(AriaRole.Button, new() { Name = "作出裁决" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已作出裁决");
        await Assertions.Expect(page.Locator(".case-state")).ToContainTextAsync("已裁决");
        await Assertions.Expect(page.Locator(".claims tbody tr").Nth(0)).ToContainTextAsync("终局裁决");
        await Assertions.Expect(page.Locator(".claims tbody tr").Nth(1)).ToContainTextAsync("非终局裁决");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("裁决");
        await CheckPage(page, "staff-arbitration-awarded");
        await CheckPhone(page, "staff-arbitration-awarded-phone");
    }
}
