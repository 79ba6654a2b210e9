using LaborRights.Common;
using Alba;
using LaborRights.Discrimination;
using LaborRights.Discrimination.Filing;
using LaborRights.Discrimination.GettingDetails;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Tracking;
using Marten;

namespace LaborRights.IntegrationTests.Discrimination;

/// <summary>Small steps of the discrimination journeys over HTTP, so a test reads as the story it tells.</summary>
public static class DiscriminationScenarios
{
    public const string Inspector = Scenarios.Inspector;

    public static DiscriminationForm AFiling(
        DiscriminationFilingKind kind = DiscriminationFilingKind.Complaint, string county = "370102", string? park = "370176",
        string name = "李秀英", string phone = "13812345678", DiscriminationStage stage = DiscriminationStage.RecruitmentAd,
        DiscriminationGround[]? grounds = null, DateOnly? occurredOn = null) => new(
        kind, name, phone, "济南某科技有限公司", "91350100M000100Y43", county, park,
        grounds ?? [DiscriminationGround.Sex, DiscriminationGround.Age], null, stage,
        occurredOn ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10),
        "招聘广告写明“限男性，35岁以下”。",
        [new(EvidenceKind.Url, "https://jobs.example.cn/posting/123"), new(EvidenceKind.JobAdText, "限男性，35岁以下，本科以上")]);

    public static async Task<DiscriminationComplaintFiled> FileDiscrimination(this IAlbaHost host, DiscriminationForm? form = null, string? idempotencyKey = null)
    {
        var result = await host.Scenario(x =>
        {
            x.Post.Json(form ?? AFiling()).ToUrl("/api/complaints/discrimination");
            if (idempotencyKey is not null) x.WithRequestHeader(FileDiscriminationComplaintEndpoint.IdempotencyHeader, idempotencyKey);
            if (idempotencyKey is null) x.StatusCodeShouldBe(201);
            else x.IgnoreStatusCode();
        });
        return (await result.ReadAsJsonAsync<DiscriminationComplaintFiled>())!;
    }

    public static async Task<CaseCommandAccepted<DiscriminationStatus>> Act(this IAlbaHost host, Guid id, string action, object body, string user = Inspector)
    {
        var result = await host.Scenario(x =>
        {
            x.Post.Json(body).ToUrl($"/api/discrimination/{id}/{action}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.StatusCodeShouldBeOk();
        });
        return (await result.ReadAsJsonAsync<CaseCommandAccepted<DiscriminationStatus>>())!;
    }

    public static Task<IScenarioResult> ActExpecting(this IAlbaHost host, Guid id, string action, object body, int status, string user = Inspector) =>
        host.Scenario(x =>
        {
            x.Post.Json(body).ToUrl($"/api/discrimination/{id}/{action}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.StatusCodeShouldBe(status);
        });

    public static async Task<CaseDetails<DiscriminationCaseView>> DiscriminationDetails(this IAlbaHost host, Guid id) =>
        (await (await host.Scenario(x =>
        {
            x.Get.Url($"/api/discrimination/{id}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Inspector);
        })).ReadAsJsonAsync<CaseDetails<DiscriminationCaseView>>())!;

    public static async Task<PublicCaseStatus> TrackDiscrimination(this IAlbaHost host, DiscriminationComplaintFiled filed) =>
        (await (await host.Scenario(x =>
        {
            x.Get.Url($"/api/tracking/{filed.TrackingNumber}");
            x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, filed.AccessCode);
        })).ReadAsJsonAsync<PublicCaseStatus>())!;

    /// <summary>Filed and accepted: the case is under investigation at version 2.</summary>
    /// <summary>An accepted complaint; acceptance appends two events (accepted, linked to the inspection it opens): version 3.</summary>
    public static async Task<DiscriminationComplaintFiled> DiscriminationUnderInvestigation(this IAlbaHost host, DiscriminationForm? form = null)
    {
        var filed = await host.FileDiscrimination(form);
        (await host.Act(filed.Id, "accept", new { version = 1 })).Version.Should().Be(UnderInvestigationVersion);
        return filed;
    }

    public const int UnderInvestigationVersion = 3;

    public static async Task<int> EventCount(this AppFixture app, Guid id)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(id)).Count;
    }

    /// <summary>The API's JSON: camelCase, enums as names.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

}
