using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

public partial class WorkbenchTests
{
    /// <summary>
    /// Issue 17: Laixi's inspector (this journey's own county) puts the order to pay in writing from the case page: the
    /// A4 sheet states the employer, the amount and the date; the PDF is the kept one; the service is recorded and the
    /// review and suit periods then run from it.
    /// </summary>
    [Fact]
    public async Task An_inspector_issues_the_order_to_pay_prints_it_and_records_its_service()
    {
        await browser.CreateStaffAsync("inspector.laixi", "孟监察", StaffRoles.Inspector, "370285");
        var filed = await browser.FileComplaintAsync(Scenarios.AComplaint("370285") with { EmployerName = "莱西某食品有限公司", EmployerCreditCode = Scenarios.NewCreditCode("370285") });
        var payBy = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(15);
        var caseNumber = await browser.OrderPaymentAsync(filed.Id, "莱西市", 58_000m, 7, payBy);

        var page = await browser.NewDesktopPageAsync();
        await page.GotoAsync("/account/login");
        await SignIn(page, "inspector.laixi");
        await page.GotoAsync($"/staff/cases/wage-arrears/{filed.Id}");
        var documents = page.Locator(".case-documents");
        await Assertions.Expect(documents).ToContainTextAsync("受理通知书");
        await documents.GetByRole(AriaRole.Button, new() { Name = "制作限期改正指令书" }).ClickAsync();

        await Assertions.Expect(page.Locator(".notice--done")).ToContainTextAsync("文书已制作并保存");
        var sheet = page.Locator(".document-sheet");
        await Assertions.Expect(sheet).ToContainTextAsync("莱西市人力资源和社会保障局");
        await Assertions.Expect(sheet).ToContainTextAsync("劳动保障监察限期改正指令书");
        await Assertions.Expect(sheet).ToContainTextAsync(caseNumber);
        await Assertions.Expect(sheet).ToContainTextAsync($"责令你单位于{payBy:yyyy年M月d日}前向上述劳动者支付拖欠的工资人民币58,000.00元");
        await Assertions.Expect(sheet.Locator(".document-sheet__number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^莱西人社监令〔\d{4}〕\d+号$"));
        await CheckPage(page, "staff-document-order");

        var pdf = await page.Context.APIRequest.GetAsync(await page.GetByRole(AriaRole.Link, new() { Name = "下载 PDF" }).GetAttributeAsync("href") ?? "");
        pdf.Status.Should().Be(200);
        pdf.Headers["content-type"].Should().Be("application/pdf");
        (await pdf.BodyAsync()).Take(5).Should().Equal("%PDF-"u8.ToArray());

        var serve = Action(page, "serve");
        await serve.GetByLabel("送达方式").SelectOptionAsync("InPerson");
        await serve.GetByRole(AriaRole.Button, new() { Name = "记录送达" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("送达日期不能为空");
        serve = Action(page, "serve");
        await serve.GetByLabel("送达日期").FillAsync(ShanghaiToday());
        await serve.GetByLabel("送达说明").FillAsync("受送达人签收");
        await serve.GetByRole(AriaRole.Button, new() { Name = "记录送达" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice--done")).ToContainTextAsync("送达情况已记录");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("直接送达");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("申请行政复议至");
        await CheckPhone(page, "staff-document-served-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "返回案件" }).ClickAsync();
        await Assertions.Expect(page.Locator(".case-documents")).ToContainTextAsync("已送达");
    }
}

public partial class WorkbenchTests
{
    /// <summary>
    /// Issue 17: Pingdu's inspector (this journey's own county) refuses a complaint, puts the refusal in writing and
    /// records its service; the worker then finds it on tracking from a phone, with the periods that run from that day.
    /// </summary>
    [Fact]
    public async Task A_worker_finds_the_refusal_served_on_them_on_tracking_with_the_periods_to_act()
    {
        await browser.CreateStaffAsync("inspector.pingdu", "高监察", StaffRoles.Inspector, "370283");
        var filed = await browser.FileComplaintAsync(Scenarios.AComplaint("370283"));

        var desk = await browser.NewDesktopPageAsync();
        await desk.GotoAsync("/account/login");
        await SignIn(desk, "inspector.pingdu");
        await desk.GotoAsync($"/staff/cases/wage-arrears/{filed.Id}");
        var reject = Action(desk, "reject");
        await reject.GetByLabel("不予受理理由").SelectOptionAsync("OutsideScope");
        await reject.GetByLabel("书面说明（告知投诉人）").FillAsync("投诉事项属于劳动争议，请向劳动人事争议仲裁委员会申请仲裁。");
        await reject.GetByRole(AriaRole.Button, new() { Name = "不予受理" }).ClickAsync();
        await desk.Locator(".case-documents").GetByRole(AriaRole.Button, new() { Name = "制作不予受理决定书" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".document-sheet")).ToContainTextAsync("劳动保障监察投诉不予受理决定书");
        var serve = Action(desk, "serve");
        await serve.GetByLabel("送达方式").SelectOptionAsync("Electronic");
        await serve.GetByLabel("送达日期").FillAsync(ShanghaiToday());
        await serve.GetByRole(AriaRole.Button, new() { Name = "记录送达" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".notice--done")).ToContainTextAsync("送达情况已记录");

        var phone = await browser.NewPhonePageAsync();
        await phone.GotoAsync("/track");
        await phone.GetByLabel("查询号").FillAsync(filed.TrackingNumber);
        await phone.GetByLabel("查询码").FillAsync(filed.AccessCode);
        await phone.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var documents = phone.Locator("li", new() { HasText = "劳动保障监察投诉不予受理决定书" });
        await Assertions.Expect(documents).ToContainTextAsync("已送达给您");
        await Assertions.Expect(documents).ToContainTextAsync("申请行政复议的期限");
        await CheckPhone(phone, "tracking-documents-phone");
    }
}
