using Marten.Events;
using Alba;
using LaborRights.Discrimination;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Tracking;
using Marten;

namespace LaborRights.IntegrationTests.Discrimination;

/// <summary>劳动保障监察条例 第9条: a reporter's identity is kept confidential — in no staff or public answer, only in the event.</summary>
[Collection(AppCollection.Name)]
public class ReporterConfidentialityTests(AppFixture app)
{
    private const string ReporterName = "欧阳保密";
    private const string ReporterPhone = "13987654321";
    private static readonly string[] Secrets = [ReporterName, ReporterPhone, "139****4321", "欧阳"];

    private readonly List<string> _responses = [];

    private async Task<string> Read(Action<Scenario> configure)
    {
        var result = await app.Host.Scenario(x =>
        {
            configure(x);
            x.IgnoreStatusCode();
        });
        var text = await result.ReadAsTextAsync();
        _responses.Add(text);
        return text;
    }

    private Task<string> Staff(string method, string url, object? body = null) => Read(x =>
    {
        if (method == "GET") x.Get.Url(url);
        else x.Post.Json(body!).ToUrl(url);
        x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
    });

    [Fact]
    public async Task No_staff_or_public_answer_ever_shows_the_reporters_name_or_phone()
    {
        var county = "370305";
        var form = DiscriminationScenarios.AFiling(DiscriminationFilingKind.Report, county: county, park: null, name: ReporterName, phone: ReporterPhone);
        var filedText = await Read(x => x.Post.Json(form).ToUrl("/api/complaints/discrimination"));
        var filed = System.Text.Json.JsonSerializer.Deserialize<LaborRights.Discrimination.Filing.DiscriminationComplaintFiled>(
            filedText, DiscriminationScenarios.Json)!;
        var id = filed.Id;

        await Staff("POST", "/api/discrimination", new { channel = "Counter", complaint = form });
        await Staff("POST", $"/api/discrimination/{id}/request-material", new { version = 1, missing = "招聘网页截图" });
        await Staff("POST", $"/api/discrimination/{id}/material-supplied", new { version = 2, note = "已补交" });
        await Staff("POST", $"/api/discrimination/{id}/accept", new { version = 3 });
        await Staff("POST", $"/api/discrimination/{id}/accept", new { version = 5 });                       // 422 (accepted + linked: version 5)
        await Staff("POST", $"/api/discrimination/{id}/accept", new { version = 1 });                       // 409
        await Staff("POST", $"/api/discrimination/{id}/record-finding", new { version = 5 });              // 400
        await Staff("POST", $"/api/discrimination/{id}/close", new { version = 5, outcome = "Withdrawn", summary = "举报人要求撤回" }); // 422
        await Staff("POST", $"/api/discrimination/{id}/record-finding", new { version = 5, substantiated = true, reasons = "广告限男性" });
        await Staff("GET", $"/api/discrimination/{id}");
        await Staff("GET", $"/api/discrimination?county={county}");
        await Staff("GET", $"/api/discrimination/overdue?county={county}");
        // The cross-kind views too: the unified queue, the employer registry and the inspection the report opened.
        await Staff("GET", $"/api/queue?county={county}&pageSize=100");
        await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        await Staff("GET", $"/api/employers/{form.EmployerCreditCode}");
        await Staff("GET", $"/api/inspections/{LaborRights.Inspections.Linking.InspectionCaseIds.ForSource(new LaborRights.Common.CaseReference(LaborRights.Common.CaseKind.Discrimination, id))}");
        await Read(x =>
        {
            x.Get.Url($"/api/tracking/{filed.TrackingNumber}");
            x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, filed.AccessCode);
        });
        await Read(x => x.Post.Json(form with { FilerPhone = "139876543" }).ToUrl("/api/complaints/discrimination")); // 400

        _responses.Should().HaveCount(18);
        _responses.Should().Contain(r => r.Contains("Substantiated"), "the commands really ran");
        foreach (var response in _responses)
            foreach (var secret in Secrets)
                response.Should().NotContain(secret);

        await using var session = app.Store.QuerySession();
        var received = (await session.Events.FetchStreamAsync(id)).Select(e => e.Data).OfType<DiscriminationComplaintReceived>().Single();
        received.Filer.Should().Be(new DiscriminationFiler(ReporterName, ReporterPhone), "the identity is kept, in the event only");
    }
}
