using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkbenchTests
{
    // 商河县: the follow-up journey's own county.
    private const string Shanghe = "370126";

    /// <summary>
    /// Issue 16, item 4: the complaint ends; the worker, on a phone, rates it dissatisfied and asks for a review; the
    /// city's supervisor answers it on the follow-up page; the worker reads the answer on tracking.
    /// </summary>
    [Fact]
    public async Task A_worker_rates_an_ended_case_on_a_phone_asks_for_review_and_reads_the_supervisors_answer()
    {
        await browser.CreateStaffAsync("inspector.shanghe", "吴敏", StaffRoles.Inspector, Shanghe);
        await browser.CreateStaffAsync("supervisor.jinan4", "郑督查", StaffRoles.Supervisor, "370100");
        var filed = await browser.FileComplaintAsync(Scenarios.AComplaint(Shanghe) with
        {
            EmployerName = "济南商河甲建筑劳务有限公司", EmployerCreditCode = Scenarios.NewCreditCode(Shanghe),
        });

        var inspector = await browser.NewDesktopPageAsync();
        await inspector.GotoAsync("/account/login");
        await SignIn(inspector, "inspector.shanghe");
        await inspector.GotoAsync($"/staff/cases/wage-arrears/{filed.Id}");
        await Action(inspector, "reject").GetByLabel("不予受理理由").SelectOptionAsync("OutsideScope");
        await Action(inspector, "reject").GetByLabel("书面说明（告知投诉人）").FillAsync("属于劳动争议，请向劳动人事争议仲裁委员会申请仲裁。");
        await Action(inspector, "reject").GetByRole(AriaRole.Button, new() { Name = "不予受理" }).ClickAsync();
        await Assertions.Expect(inspector.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        var worker = await browser.NewPhonePageAsync();
        await worker.GotoAsync("/track");
        await worker.GetByLabel("查询号").FillAsync(filed.TrackingNumber);
        await worker.GetByLabel("查询码").FillAsync(filed.AccessCode);
        await worker.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Name = "评价办理情况" })).ToBeVisibleAsync();
        // A review needs a dissatisfied score: said on the form, nothing recorded.
        await worker.GetByLabel("满意", new() { Exact = true }).CheckAsync();
        await worker.GetByLabel("我不满意，请上级督查人员复核").CheckAsync();
        await worker.GetByLabel("为什么请求复核").FillAsync("我的工资被拖欠，却说不归你们管。");
        await worker.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Assertions.Expect(worker.Locator(".error-summary")).ToContainTextAsync("不满意");
        await CheckPage(worker, "tracking-rating-error-phone");

        await worker.GetByLabel("不满意", new() { Exact = true }).CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Status)).ToContainTextAsync("复核请求已交给督查人员");
        await Assertions.Expect(worker.Locator("section", new() { HasText = "您的评价" })).ToContainTextAsync("正在等待督查人员答复");
        await Assertions.Expect(worker.GetByRole(AriaRole.Button, new() { Name = "提交评价" })).ToHaveCountAsync(0);
        await CheckPage(worker, "tracking-rated-phone");

        var supervisor = await browser.NewDesktopPageAsync();
        await supervisor.GotoAsync("/account/login");
        await SignIn(supervisor, "supervisor.jinan4");
        await supervisor.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "回访" }).ClickAsync();
        var request = supervisor.Locator("article", new() { HasText = "我的工资被拖欠" });
        await Assertions.Expect(request).ToContainTextAsync("不满意");
        await Assertions.Expect(supervisor.Locator("table.queue")).ToContainTextAsync("商河县");
        await CheckPage(supervisor, "staff-follow-ups");
        await CheckPhone(supervisor, "staff-follow-ups-phone");
        await request.GetByLabel("复核结果").SelectOptionAsync("Corrected");
        await request.GetByLabel("答复内容").FillAsync("经复核，拖欠工资属于劳动保障监察范围，已责令重新受理。");
        await request.GetByRole(AriaRole.Button, new() { Name = "答复复核请求" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync("已答复");
        await Assertions.Expect(supervisor.Locator("article", new() { HasText = "我的工资被拖欠" })).ToHaveCountAsync(0);

        await worker.GotoAsync("/track");
        await worker.GetByLabel("查询号").FillAsync(filed.TrackingNumber);
        await worker.GetByLabel("查询码").FillAsync(filed.AccessCode);
        await worker.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(worker.Locator("section", new() { HasText = "您的评价" })).ToContainTextAsync("已责令重新受理");
        await CheckPage(worker, "tracking-review-answered-phone");
    }
}
