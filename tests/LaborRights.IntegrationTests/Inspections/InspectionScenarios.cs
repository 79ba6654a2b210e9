using LaborRights.Common;
using Alba;
using LaborRights.Hosting;
using LaborRights.Inspections;
using LaborRights.Inspections.GettingDetails;
using LaborRights.Inspections.Opening;
using LaborRights.Inspections.Queue;
using LaborRights.IntegrationTests.Infrastructure;

namespace LaborRights.IntegrationTests.Inspections;

/// <summary>Small steps of the inspection HTTP journeys, so a test reads as the story it tells.</summary>
public static class InspectionScenarios
{
    public const string Inspector = Scenarios.Inspector;
    public const string CreditCode = "91350100M000100Y43";
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);


    public static object AnInspection(
        string county = "370102", string? park = null, string origin = "Planned", object? source = null, string creditCode = CreditCode) => new
    {
        origin,
        source,
        employerName = "济南鲁泰建筑工程有限公司",
        employerCreditCode = creditCode,
        countyCode = county,
        parkCode = park,
        constructionProject = "历下区某安置房项目",
        reason = "2026年第四季度农民工工资支付专项检查",
    };

    public static async Task<InspectionOpened> OpenInspection(this IAlbaHost host, object? body = null)
    {
        var result = await host.Scenario(x =>
        {
            x.Post.Json(body ?? AnInspection()).ToUrl("/api/inspections");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Inspector);
            x.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<InspectionOpened>())!;
    }

    public static async Task<CaseCommandAccepted<InspectionStatus>> Inspect(this IAlbaHost host, Guid id, string action, object body, string user = Inspector)
    {
        var result = await host.Scenario(x =>
        {
            x.Post.Json(body).ToUrl($"/api/inspections/{id}/{action}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.StatusCodeShouldBeOk();
        });
        return (await result.ReadAsJsonAsync<CaseCommandAccepted<InspectionStatus>>())!;
    }

    public static async Task<IScenarioResult> InspectExpecting(this IAlbaHost host, Guid id, string action, object body, int status, string user = Inspector) =>
        await host.Scenario(x =>
        {
            x.Post.Json(body).ToUrl($"/api/inspections/{id}/{action}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.StatusCodeShouldBe(status);
        });

    public static async Task<CaseDetails<InspectionCaseView>> InspectionDetails(this IAlbaHost host, Guid id)
    {
        var result = await host.Scenario(x =>
        {
            x.Get.Url($"/api/inspections/{id}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Inspector);
        });
        return (await result.ReadAsJsonAsync<CaseDetails<InspectionCaseView>>())!;
    }

    public static async Task<Page<LaborRights.Inspections.Queue.InspectionQueueItem>> InspectionQueue(this IAlbaHost host, string pathAndQuery)
    {
        var result = await host.Scenario(x =>
        {
            x.Get.Url(pathAndQuery);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Inspector);
        });
        return (await result.ReadAsJsonAsync<Page<LaborRights.Inspections.Queue.InspectionQueueItem>>())!;
    }

    /// <summary>An opened case with two inspectors, at the returned version.</summary>
    public static async Task<(Guid Id, int Version)> InspectionWithTeam(this IAlbaHost host, object? body = null)
    {
        var opened = await host.OpenInspection(body);
        var assigned = await host.Inspect(opened.Id, "assign-inspectors", new { version = opened.Version, inspectors = new[] { "张伟", "李娜" } });
        return (opened.Id, assigned.Version);
    }

    /// <summary>A site visit on <paramref name="today"/> that found wage arrears.</summary>
    public static object AVisitWithWageArrears(int version, DateOnly today, decimal amount = 86_500m, int workers = 12) => new
    {
        version,
        visitedOn = today,
        location = "历下区某安置房项目工地",
        inspectors = new[] { "张伟", "李娜" },
        notes = "查阅工资支付台账和考勤记录。",
        findings = new object[]
        {
            new { category = "WageArrears", description = "拖欠12名农民工2026年8月至10月工资。", amountOwed = amount, workersAffected = workers },
            new { category = "ConstructionRealNameOrWageAccount", description = "未按规定开设农民工工资专用账户。" },
        },
    };
}
