using Alba;
using LaborRights.Hosting;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Filing;
using LaborRights.WageArrears.GettingDetails;
using LaborRights.Tracking;

namespace LaborRights.IntegrationTests.Infrastructure;

/// <summary>Small steps of the HTTP journeys, so a test reads as the story it tells.</summary>
public static class Scenarios
{
    public const string Inspector = "inspector.li";

    public static ComplaintForm AComplaint(string county = "370102", string? park = null, decimal amount = 36_000m, int workers = 4) => new(
        "王建国", "11010519491231002X", "13812345678", "济南鲁泰建筑工程有限公司", "91350100M000100Y43",
        county, park, "历下区某安置房项目", workers, amount,
        new DateOnly(2025, 9, 1), new DateOnly(2026, 10, 31), "2025年9月至2026年10月工资未结清，多次讨要未果。");

    /// <summary>A fresh, valid unified social credit code, so a test's employer is its own.</summary>
    public static string NewCreditCode(string countyCode = "370102")
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = "91" + countyCode + new string(Enumerable.Range(0, 9).Select(_ => alphabet[Random.Shared.Next(alphabet.Length)]).ToArray());
        return body + LaborRights.Common.Identifiers.UnifiedSocialCreditCode.ComputeCheckCharacter(body);
    }

    public static async Task<ComplaintFiled> FileComplaint(this IAlbaHost host, ComplaintForm? form = null, string? idempotencyKey = null)
    {
        var result = await host.Scenario(x =>
        {
            x.Post.Json(form ?? AComplaint()).ToUrl("/api/complaints/wage-arrears");
            if (idempotencyKey is not null) x.WithRequestHeader(FileComplaintEndpoint.IdempotencyHeader, idempotencyKey);
            // A first submission and a replayed one answer alike: 201, the tracking location, the same body.
            x.StatusCodeShouldBe(201);
        });
        var filed = (await result.ReadAsJsonAsync<ComplaintFiled>())!;
        result.Context.Response.Headers.Location.ToString().Should().Be($"/api/tracking/{filed.TrackingNumber}");
        return filed;
    }

    public static async Task<CaseCommandAccepted<CaseStatus>> Command(this IAlbaHost host, Guid id, string action, object body, string user = Inspector)
    {
        var result = await host.Scenario(x =>
        {
            x.Post.Json(body).ToUrl($"/api/wage-arrears/{id}/{action}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.StatusCodeShouldBeOk();
        });
        return (await result.ReadAsJsonAsync<CaseCommandAccepted<CaseStatus>>())!;
    }

    public static async Task<IScenarioResult> CommandExpecting(this IAlbaHost host, Guid id, string action, object body, int status, string user = Inspector) =>
        await host.Scenario(x =>
        {
            x.Post.Json(body).ToUrl($"/api/wage-arrears/{id}/{action}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.StatusCodeShouldBe(status);
        });

    public static async Task<CaseDetails<WageArrearsCaseView>> Details(this IAlbaHost host, Guid id)
    {
        var result = await host.Scenario(x =>
        {
            x.Get.Url($"/api/wage-arrears/{id}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Inspector);
        });
        return (await result.ReadAsJsonAsync<CaseDetails<WageArrearsCaseView>>())!;
    }

    public static async Task<PublicCaseStatus> Track(this IAlbaHost host, ComplaintFiled filed)
    {
        var result = await host.Scenario(x =>
        {
            x.Get.Url($"/api/tracking/{filed.TrackingNumber}");
            x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, filed.AccessCode);
        });
        return (await result.ReadAsJsonAsync<PublicCaseStatus>())!;
    }

    /// <summary>A complaint accepted and with two inspectors, at the returned version.</summary>
    public static async Task<(ComplaintFiled Filed, int Version)> CaseUnderInvestigation(this IAlbaHost host, ComplaintForm? form = null)
    {
        var filed = await host.FileComplaint(form);
        var accepted = await host.Command(filed.Id, "accept", new { version = 1 });
        var assigned = await host.Command(filed.Id, "assign-inspectors", new { version = accepted.Version, inspectors = new[] { "张伟", "李娜" } });
        return (filed, assigned.Version);
    }
}
