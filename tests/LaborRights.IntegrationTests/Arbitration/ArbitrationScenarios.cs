using Alba;
using LaborRights.Arbitration;
using LaborRights.Arbitration.Filing;
using LaborRights.Arbitration.GettingDetails;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Tracking;

namespace LaborRights.IntegrationTests.Arbitration;

/// <summary>Small steps of the arbitration journeys over HTTP, so a test reads as the story it tells.</summary>
public static class ArbitrationScenarios
{
    public const string Clerk = "clerk.wang";
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static ArbitrationApplicationForm AnApplication(string county = "370102", int workers = 1, decimal pay = 30_000m) => new(
        new PartyForm(PartyKind.Worker, "王建国", "11010519491231002X", "13812345678"),
        new PartyForm(PartyKind.Employer, "济南鲁泰建筑工程有限公司", "91350100M000100Y43", "053188886666"),
        county, null,
        [
            new ClaimForm(ClaimCategory.Pay, "支付2026年7月至9月工资", pay),
            new ClaimForm(ClaimCategory.Severance, "支付解除劳动合同经济补偿", 40_000m),
            new ClaimForm(ClaimCategory.WorkingTimeRestStandards, "确认每周至少休息一日", null),
        ],
        workers, "申请人自2025年3月起在被申请人处工作，2026年7月起工资未发放，9月被辞退。");


    /// <summary>The first day a hearing may be held: 5 working days after today (第35条 with the case-handling rules' count).</summary>
    public static DateOnly EarliestHearingDay(this AppFixture app, int extraWorkingDays = 0) =>
        LaborRights.Calendar.WorkingDayCalendar.LoadEmbedded().AddWorkingDays(app.Today(), 5 + extraWorkingDays).DueOn;

    /// <summary>Moves the shared clock (forward only) to 09:00 in Shanghai on <paramref name="day"/>.</summary>
    public static void MoveClockToMorningOf(this AppFixture app, DateOnly day) =>
        app.MoveClockTo(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), Shanghai));

    public static async Task<ArbitrationApplicationFiled> Apply(this IAlbaHost host, ArbitrationApplicationForm? form = null, string? idempotencyKey = null)
    {
        var result = await host.Scenario(x =>
        {
            x.Post.Json(form ?? AnApplication()).ToUrl("/api/applications/arbitration");
            if (idempotencyKey is not null) x.WithRequestHeader(ApplyForArbitrationEndpoint.IdempotencyHeader, idempotencyKey);
            if (idempotencyKey is null) x.StatusCodeShouldBe(201);
            else x.IgnoreStatusCode();
        });
        return (await result.ReadAsJsonAsync<ArbitrationApplicationFiled>())!;
    }

    public static async Task<CaseCommandAccepted<ArbitrationStatus>> Arbitrate(this IAlbaHost host, Guid id, string action, object body, string user = Clerk)
    {
        var result = await host.Scenario(x =>
        {
            x.Post.Json(body).ToUrl($"/api/arbitration/{id}/{action}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.StatusCodeShouldBeOk();
        });
        return (await result.ReadAsJsonAsync<CaseCommandAccepted<ArbitrationStatus>>())!;
    }

    public static async Task<IScenarioResult> ArbitrateExpecting(this IAlbaHost host, Guid id, string action, object body, int status, string user = Clerk) =>
        await host.Scenario(x =>
        {
            x.Post.Json(body).ToUrl($"/api/arbitration/{id}/{action}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.StatusCodeShouldBe(status);
        });

    public static async Task<CaseDetails<ArbitrationCaseView>> ArbitrationDetails(this IAlbaHost host, Guid id)
    {
        var result = await host.Scenario(x =>
        {
            x.Get.Url($"/api/arbitration/{id}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Clerk);
        });
        return (await result.ReadAsJsonAsync<CaseDetails<ArbitrationCaseView>>())!;
    }

    public static async Task<PublicCaseStatus> Track(this IAlbaHost host, ArbitrationApplicationFiled filed)
    {
        var result = await host.Scenario(x =>
        {
            x.Get.Url($"/api/tracking/{filed.TrackingNumber}");
            x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, filed.AccessCode);
        });
        return (await result.ReadAsJsonAsync<PublicCaseStatus>())!;
    }

    /// <summary>An application accepted, with a sole arbitrator, heard today with both parties present; returns the version.</summary>
    public static async Task<(ArbitrationApplicationFiled Filed, int Version)> HeardCase(this AppFixture app, ArbitrationApplicationForm? form = null)
    {
        var filed = await app.Host.Apply(form);
        var v = (await app.Host.Arbitrate(filed.Id, "accept", new { version = 1 })).Version;
        v = (await app.Host.Arbitrate(filed.Id, "form-panel", new { version = v, arbitrators = new[] { "李仲裁", "张首席", "赵仲裁" }, presidingArbitrator = "张首席" })).Version;
        var hearingOn = app.EarliestHearingDay();
        v = (await app.Host.Arbitrate(filed.Id, "schedule-hearing", new { version = v, hearingOn, place = "第一仲裁庭" })).Version;
        app.MoveClockToMorningOf(hearingOn);
        v = (await app.Host.Arbitrate(filed.Id, "record-attendance", new { version = v, applicantAppeared = true, respondentAppeared = true })).Version;
        return (filed, v);
    }
}
