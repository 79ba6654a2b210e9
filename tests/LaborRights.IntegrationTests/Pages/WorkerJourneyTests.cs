using System.Text.RegularExpressions;
using LaborRights.Evidence;
using LaborRights.TestSamples;
using Microsoft.Playwright;
using Npgsql;

namespace LaborRights.IntegrationTests.Pages;

/// <summary>
/// A worker on a phone files each of the three kinds through the guided forms, keeps the receipt and follows the case;
/// mistakes are shown in Chinese from the API's own validation and nothing typed is lost; a retried submission files once.
/// Every page passes axe (no serious or critical violation) and fits the phone's width; screenshots go to TestResults.
/// </summary>
[Collection(BrowserCollection.Name)]
public partial class WorkerJourneyTests(BrowserFixture browser)
{
    private const string Name = "王建国";
    private const string ResidentId = "11010519491231002X";
    private const string WrongResidentId = "110105194912310021";
    private const string Phone = "13812345678";
    private const string Employer = "济南鲁泰建筑工程有限公司";
    private const string CreditCode = "91350100M000100Y43";
    private const string Lixia = "370102";

    [Fact]
    public async Task A_worker_files_a_wage_arrears_complaint_after_correcting_a_mistake_and_follows_it()
    {
        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "被拖欠工资" }).ClickAsync();
        await ExpectHeading(page, "关于您");
        await CheckPage(page, "wage-arrears-1-you");

        await page.GetByLabel("姓名").FillAsync(Name);
        await page.GetByLabel("身份证号码").FillAsync(WrongResidentId);
        await page.GetByLabel("手机号码").FillAsync(Phone);
        await Continue(page);

        // The API's check-digit rule, in Chinese, on the same screen, with everything typed kept.
        await ExpectHeading(page, "关于您");
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("身份证号码无效（校验码不符，GB 11643）");
        await Assertions.Expect(page.GetByLabel("身份证号码")).ToHaveValueAsync(WrongResidentId);
        await Assertions.Expect(page.GetByLabel("姓名")).ToHaveValueAsync(Name);
        (await page.GetByLabel("身份证号码").GetAttributeAsync("aria-invalid")).Should().Be("true");
        await CheckPage(page, "wage-arrears-1-you-error");

        await page.GetByLabel("身份证号码").FillAsync(ResidentId);
        await Continue(page);
        await ExpectHeading(page, "用人单位");
        await page.GetByLabel("单位全称").FillAsync(Employer);
        await page.GetByLabel("统一社会信用代码").FillAsync(CreditCode);
        await page.GetByLabel("工作所在县（市、区）").SelectOptionAsync(Lixia);
        await CheckPage(page, "wage-arrears-2-employer");
        await Continue(page);

        await ExpectHeading(page, "拖欠情况");
        await page.GetByLabel("拖欠金额（元）").FillAsync("12,800");
        await page.GetByLabel("被拖欠工资的人数").FillAsync("1");
        await page.GetByLabel("开始在这里工作的日期").FillAsync("2026-03-01");
        await page.GetByLabel("情况说明").FillAsync("2026年3月起在工地干活，9月以后的工资一直没发，找过包工头和项目部都说没钱。");
        await Continue(page);

        // Evidence: a file that only pretends to be a photo is refused by name; a real photo carrying the phone's
        // position is taken (Chromium's own JPEG with a phone's EXIF, XMP and comment added).
        await ExpectHeading(page, "证据材料");
        var shot = await page.ScreenshotAsync(new() { Type = ScreenshotType.Jpeg, Quality = 70 });
        var photo = EvidenceSamples.WithMetadata(shot, orientation: 6);
        await page.GetByLabel("证据文件").SetInputFilesAsync(new FilePayload { Name = "考勤.jpg", MimeType = "image/jpeg", Buffer = "not a photo"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传所选文件" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("考勤.jpg：只能上传 JPG、PNG、WebP 格式的照片或 PDF 文件");
        await page.GetByLabel("证据文件").SetInputFilesAsync(new FilePayload { Name = "工资条.jpg", MimeType = "image/jpeg", Buffer = photo });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传所选文件" }).ClickAsync();
        await Assertions.Expect(page.Locator(".files__item")).ToContainTextAsync("工资条.jpg");
        await Assertions.Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);
        await CheckPage(page, "wage-arrears-4-evidence");
        await Continue(page);

        await ExpectHeading(page, "核对并提交");
        await ExpectAnswers(page, "王建国", "济南市 历下区", "12,800 元", "未填写", "工资条.jpg");
        await CheckPage(page, "wage-arrears-5-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();

        var (number, code) = await ReadReceipt(page, "WA");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("劳动保障监察机构会在");
        await CheckPage(page, "wage-arrears-6-receipt");
        await ExpectStoredWithoutMetadata(shot, photo);

        await Track(page, number, code);
        await Assertions.Expect(page.Locator(".status__current")).ToHaveTextAsync("受理审查中");
        await Assertions.Expect(page.Locator(".status")).ToContainTextAsync("下一步：受理审查，法定期限到");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("投诉");
        await CheckPage(page, "tracking");
    }

    [Fact]
    public async Task A_report_of_discrimination_in_a_job_advertisement_is_filed_from_a_phone()
    {
        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/complaints/discrimination");
        await page.GetByLabel("知道别人受到不公平对待（举报）").CheckAsync();
        await page.GetByLabel("姓名").FillAsync("李娜");
        await page.GetByLabel("手机号码").FillAsync("13912345678");
        await CheckPage(page, "discrimination-1-you");
        await Continue(page);

        // The employer from the directory of registered units: a few characters, then the unit chosen fills the step.
        await browser.LoadDirectoryAsync(
            new(CreditCode, Employer, Lixia),
            new("91370102MA3C5P4X10", "济南鲁泰建筑劳务有限公司", "370112"));
        await page.GetByLabel("查找单位（可不填）").FillAsync("鲁泰建");
        await page.GetByLabel("查找单位（可不填）").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("找到2个单位");
        await Assertions.Expect(page.Locator(".lookup__match", new() { HasText = Employer })).ToContainTextAsync(new Regex($"济南市 历下区\\s*{CreditCode}"));
        await CheckPage(page, "discrimination-2-employer-lookup");
        await page.GetByRole(AriaRole.Button, new() { Name = $"选择 {Employer}" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("单位全称")).ToHaveValueAsync(Employer);
        await Assertions.Expect(page.GetByLabel("统一社会信用代码")).ToHaveValueAsync(CreditCode);
        await Assertions.Expect(page.GetByLabel("工作所在县（市、区）")).ToHaveValueAsync(Lixia);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"已填入：{Employer}");
        await Continue(page);

        await ExpectHeading(page, "发生了什么");
        await page.GetByLabel("招聘广告").CheckAsync();
        await page.GetByLabel("性别").CheckAsync();
        await page.GetByLabel("结婚、怀孕、生育").CheckAsync();
        await page.GetByLabel("发生日期").FillAsync("2026-11-20");
        await page.GetByLabel("情况说明").FillAsync("招聘广告写明“限男性，已婚已育优先”。");
        await CheckPage(page, "discrimination-3-happened");
        await Continue(page);
        await ExpectHeading(page, "证据材料");
        await Continue(page);

        await ExpectAnswers(page, "知道别人受到不公平对待（举报）", "性别、结婚、怀孕、生育");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        var (number, _) = await ReadReceipt(page, "DC");
        number.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_worker_applies_for_arbitration_with_two_claims_and_a_missing_amount_is_pointed_out()
    {
        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/applications/arbitration");
        await page.GetByLabel("姓名").FillAsync(Name);
        await page.GetByLabel("身份证号码").FillAsync(ResidentId);
        await page.GetByLabel("手机号码").FillAsync(Phone);
        await Continue(page);
        await ExpectHeading(page, "被申请人（用人单位）");
        await page.GetByLabel("单位全称").FillAsync(Employer);
        await page.GetByLabel("统一社会信用代码").FillAsync(CreditCode);
        await page.GetByLabel("劳动合同履行地或用人单位所在县（市、区）").SelectOptionAsync(Lixia);
        await Continue(page);

        await ExpectHeading(page, "仲裁请求");
        await page.Locator("#f-claims-0-category").SelectOptionAsync("Pay");
        await page.Locator("#f-claims-0-description").FillAsync("支付2026年9月至11月工资");
        await page.GetByRole(AriaRole.Button, new() { Name = "再添加一项请求" }).ClickAsync();
        await page.Locator("#f-claims-1-category").SelectOptionAsync("Compensation");
        await page.Locator("#f-claims-1-description").FillAsync("支付未签书面劳动合同的二倍工资差额");
        await page.Locator("#f-claims-1-amount").FillAsync("15000");
        await page.GetByLabel("申请人数").FillAsync("1");
        await page.GetByLabel("事实和理由").FillAsync("2026年3月入职，任钢筋工，月工资6000元，未签劳动合同，9月起未发工资。");
        await Continue(page);

        // A money claim needs its amount: the API's rule, on the claim it concerns; both claims kept.
        await ExpectHeading(page, "仲裁请求");
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("仲裁请求 1：请求金额不能为空");
        await Assertions.Expect(page.Locator("#f-claims-1-amount")).ToHaveValueAsync("15000");
        await CheckPage(page, "arbitration-3-claims-error");
        await page.Locator("#f-claims-0-amount").FillAsync("18000");
        await Continue(page);
        await ExpectHeading(page, "证据材料");
        await Continue(page);

        await ExpectHeading(page, "核对并提交");
        await ExpectAnswers(page, "仲裁请求 1", "18000 元", "仲裁请求 2", "15000 元");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        var (number, code) = await ReadReceipt(page, "AR");

        await Track(page, number, code);
        await Assertions.Expect(page.Locator(".status__current")).ToHaveTextAsync("待受理审查");
    }

    [Fact]
    public async Task A_submission_sent_twice_files_one_case_and_shows_the_same_receipt_both_times()
    {
        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/complaints/wage-arrears");
        await page.GetByLabel("姓名").FillAsync("孙强");
        await page.GetByLabel("身份证号码").FillAsync(ResidentId);
        await page.GetByLabel("手机号码").FillAsync(Phone);
        await Continue(page);
        await page.GetByLabel("单位全称").FillAsync(Employer);
        await page.GetByLabel("统一社会信用代码").FillAsync(CreditCode);
        await page.GetByLabel("工作所在县（市、区）").SelectOptionAsync(Lixia);
        await Continue(page);
        await page.GetByLabel("拖欠金额（元）").FillAsync("5000");
        await page.GetByLabel("被拖欠工资的人数").FillAsync("1");
        await page.GetByLabel("开始在这里工作的日期").FillAsync("2026-05-01");
        await page.GetByLabel("情况说明").FillAsync("工资拖欠两个月。");
        await Continue(page);
        await Continue(page); // no evidence
        await ExpectHeading(page, "核对并提交");

        // The review form as the browser would send it, sent twice (a double tap, or a retry after a lost answer).
        var fields = await page.Locator("form[method=post]").EvaluateAsync<string[][]>(
            "f => [...new FormData(f).entries()].map(([k, v]) => [k, String(v)])");
        var form = page.Context.APIRequest.CreateFormData();
        foreach (var field in fields) form.Append(field[0], field[1]);
        form.Append("action", "submit");
        var first = await page.Context.APIRequest.PostAsync("/complaints/wage-arrears", new() { Form = form });
        var second = await page.Context.APIRequest.PostAsync("/complaints/wage-arrears", new() { Form = form });

        first.Status.Should().Be(200);
        second.Status.Should().Be(200);
        var numbers = new[] { await first.TextAsync(), await second.TextAsync() }.Select(html => TrackingNumber().Match(html).Value).ToList();
        numbers[0].Should().StartWith("WA");
        numbers[1].Should().Be(numbers[0], "the second submission carries the same idempotency key and gets the first one's receipt");
    }

    /// <summary>Issue 14, item 7: a passed deadline is said to have passed, with what the worker may do now and the law for it.</summary>
    [Fact]
    public async Task A_worker_whose_complaint_was_not_decided_in_time_is_told_so_and_where_to_turn()
    {
        var filed = await browser.FileComplaintAsync(Infrastructure.Scenarios.AComplaint());
        await browser.RecordAcceptanceDeadlinePassedAsync(filed.Id, filed.AcceptanceDueOn);

        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/track");
        await page.GetByLabel("查询号").FillAsync(filed.TrackingNumber);
        await page.GetByLabel("查询码").FillAsync(filed.AccessCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page.Locator(".status")).ToContainTextAsync("（含当日）已经过了");
        var notice = page.Locator(".notice", new() { HasText = "您现在可以怎么做" });
        await Assertions.Expect(notice).ToContainTextAsync("12333");
        await Assertions.Expect(notice).ToContainTextAsync("申请劳动仲裁");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("已届满");
        await CheckPage(page, "tracking-deadline-passed");
    }

    [Fact]
    public async Task A_wrong_access_code_and_an_unknown_number_get_the_same_message()
    {
        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/track");
        await CheckPage(page, "tracking-form");

        var answers = new List<string>();
        foreach (var number in new[] { "WA20260101-AAAAAAAA", "nonsense" })
        {
            await page.GotoAsync("/track");
            await page.GetByLabel("查询号").FillAsync(number);
            await page.GetByLabel("查询码").FillAsync("AAAAA-BBBBB-CCCCC-DDDDD");
            var response = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync(), r => r.Request.Method == "POST");
            response.Status.Should().Be(404);
            answers.Add(await page.Locator("[role=alert]").InnerTextAsync());
        }
        answers[0].Should().Contain("查询号或查询码不正确").And.Be(answers[1]);
        page.Url.Should().EndWith("/track", "nothing typed is put in the address");
    }

    [Fact]
    public async Task A_form_switched_to_English_keeps_its_step_names_and_messages_in_English()
    {
        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/complaints/wage-arrears");
        await page.GetByRole(AriaRole.Link, new() { Name = "Switch to English" }).ClickAsync();
        await ExpectHeading(page, "About you");
        await Continue(page, "Continue");
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Complainant name is required");
        await CheckPage(page, "wage-arrears-1-you-english");
    }

    /// <summary>
    /// The photo was stored with the case without the phone's metadata, its image data untouched, and it still opens:
    /// Chromium decodes it upright (the orientation kept, so width and height swap against the untagged original).
    /// </summary>
    private async Task ExpectStoredWithoutMetadata(byte[] shot, byte[] photo)
    {
        await using var connection = new NpgsqlConnection(browser.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select content from {browser.Schema}.{EvidenceStore.TableName} where case_id is not null and file_name = '工资条.jpg'", connection);
        var stored = (byte[])(await command.ExecuteScalarAsync())!;

        foreach (var secret in EvidenceSamples.Secrets) EvidenceSamples.Contains(stored, secret).Should().BeFalse(secret);
        EvidenceSamples.ScanOf(stored).Should().Equal(EvidenceSamples.ScanOf(photo));

        var blank = await browser.Browser.NewPageAsync();
        const string decode = "async b64 => { const i = new Image(); i.src = 'data:image/jpeg;base64,' + b64; await i.decode(); return [i.naturalWidth, i.naturalHeight]; }";
        var untagged = await blank.EvaluateAsync<int[]>(decode, Convert.ToBase64String(shot));
        var decoded = await blank.EvaluateAsync<int[]>(decode, Convert.ToBase64String(stored));
        decoded.Should().Equal(untagged[1], untagged[0]);
        await blank.CloseAsync();
    }

    /// <summary>The review screen shows each of these answers (as a person reads them: names, not codes).</summary>
    private static async Task ExpectAnswers(IPage page, params string[] texts)
    {
        foreach (var text in texts) await Assertions.Expect(page.Locator("main")).ToContainTextAsync(text);
    }

    private static Task ExpectHeading(IPage page, string text) => Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(text);

    private static async Task Continue(IPage page, string label = "下一步")
    {
        await page.Locator(".actions").GetByRole(AriaRole.Button, new() { Name = label }).ClickAsync();
        page.Url.Should().NotContain("?", "personal data never goes into a URL");
    }

    /// <summary>Accessibility, the phone's width, and a screenshot for people to look at.</summary>
    private static async Task CheckPage(IPage page, string screenshot)
    {
        (await BrowserFixture.AccessibilityViolationsAsync(page)).Should().BeEmpty();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390, "nothing is wider than the phone");
        await BrowserFixture.ScreenshotAsync(page, screenshot);
    }

    private static async Task<(string Number, string Code)> ReadReceipt(IPage page, string prefix)
    {
        await ExpectHeading(page, "已提交");
        var number = (await page.Locator("#tracking-number").InnerTextAsync()).Trim();
        var code = (await page.Locator("#access-code").InnerTextAsync()).Trim();
        number.Should().StartWith(prefix);
        code.Should().MatchRegex("^[A-Z0-9-]{10,}$");
        page.Url.Should().NotContain(code, "the access code is never in a URL");
        return (number, code);
    }

    private static async Task Track(IPage page, string number, string code)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "查询办理进度" }).ClickAsync();
        await page.GetByLabel("查询号").FillAsync(number);
        await page.GetByLabel("查询码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await ExpectHeading(page, "办理进度");
    }

    [GeneratedRegex("WA[0-9]{8}-[A-Z0-9]+")]
    private static partial Regex TrackingNumber();
}
