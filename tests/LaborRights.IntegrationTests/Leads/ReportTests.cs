using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Leads;
using LaborRights.Security;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.Leads;

/// <summary>举报 over HTTP (issue 16, item 1): an anonymous report becomes the county's lead, taken up as an inspection.</summary>
[Collection(AppCollection.Name)]
public class ReportTests(AppFixture app)
{
    private static readonly string LixiaInspector = StaffUsers.Of("inspector.lixia", [StaffRoles.Inspector], ["370102"]);

    [Fact]
    public async Task An_anonymous_report_against_a_labour_contractor_becomes_a_lead_the_county_takes_up_as_an_inspection()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { subject = "WageArrears", employerName = "张某（包工头）", employerAddress = "历下区某安置房工地", countyCode = "370102",
                description = "拖欠二十多名工人三个月工资，工地已停工。", reporterName = "不该保存", reporterPhone = "13812345678" }).ToUrl(ReportEndpoint.Path);
            x.StatusCodeShouldBe(201);
        });
        var received = (await result.ReadAsJsonAsync<ReportReceived>())!;
        (received.Anonymous, received.ReferenceNumber).Should().Match<(bool, string)>(r => r.Item1 && r.Item2.StartsWith("RP"));

        await using (var session = app.Store.QuerySession())
        {
            var stored = await session.Events.QueryRawEventDataOnly<LeadReported>().Where(x => x.ReferenceNumber == received.ReferenceNumber).SingleAsync();
            stored.Reporter.Should().BeNull("an anonymous report keeps nothing of the reporter");
        }

        var leads = (await (await Send("/api/leads?status=Open&county=370102&pageSize=100", null, LixiaInspector, 200)).ReadAsJsonAsync<Page<InspectionLead>>())!;
        var lead = leads.Items.Should().ContainSingle(l => l.ReferenceNumber == received.ReferenceNumber).Subject;
        await Send($"/api/leads/{lead.Id}", null, StaffUsers.Inspector("370202"), 404);

        // An inspection needs the employer's credit code: the inspector finds it first.
        await Send($"/api/leads/{lead.Id}/open-inspection", new { version = 1 }, LixiaInspector, 400);
        var code = Scenarios.NewCreditCode();
        var taken = (await (await Send($"/api/leads/{lead.Id}/open-inspection",
            new { version = 1, employerCreditCode = code, employerName = "济南张某建筑劳务有限公司" }, LixiaInspector, 200)).ReadAsJsonAsync<LeadAccepted>())!;
        taken.Status.Should().Be(LeadStatus.TakenUp);

        var inspection = await Send($"/api/inspections/{taken.InspectionCaseId}", null, LixiaInspector, 200);
        var body = await inspection.ReadAsTextAsync();
        body.Should().Contain(received.ReferenceNumber).And.Contain(code).And.Contain("Report");
        (await (await Send($"/api/leads/{lead.Id}/set-aside", new { version = 2, reason = "重复" }, LixiaInspector, 422)).ReadAsJsonAsync<ProblemDetails>())!
            .Type.Should().EndWith("/lead-decided");
    }

    [Fact]
    public async Task A_bad_report_is_refused_field_by_field_and_stores_nothing()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { subject = "WageArrears", employerName = "", countyCode = "379999", description = " ", anonymous = false }).ToUrl(ReportEndpoint.Path);
            x.StatusCodeShouldBe(400);
        });
        var problem = (await result.ReadAsJsonAsync<ProblemDetails>())!;
        ((System.Text.Json.JsonElement)problem.Extensions["errors"]!).EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo(["employerName", "countyCode", "description", "reporterName", "reporterPhone"]);
    }

    private async Task<IScenarioResult> Send(string url, object? body, string user, int status) => await app.Host.Scenario(x =>
    {
        if (body is null) x.Get.Url(url);
        else x.Post.Json(body).ToUrl(url);
        x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
        x.StatusCodeShouldBe(status);
    });
}
