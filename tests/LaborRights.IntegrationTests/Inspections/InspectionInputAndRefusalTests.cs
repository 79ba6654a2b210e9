using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.Inspections;

/// <summary>400 bad input, 404 unknown case, 409 stale version, 422 refused by law or state: each appends nothing.</summary>
[Collection(AppCollection.Name)]
public class InspectionInputAndRefusalTests(AppFixture app)
{
    public static TheoryData<object, string> BadOpenings => new()
    {
        { new { origin = "Planned", employerName = "某公司", employerCreditCode = "91350100M000100Y44", countyCode = "370102", reason = "检查" }, "employerCreditCode" },
        { new { origin = "Planned", employerName = "某公司", employerCreditCode = InspectionScenarios.CreditCode, countyCode = "379999", reason = "检查" }, "countyCode" },
        { new { origin = "Planned", employerName = "某公司", employerCreditCode = InspectionScenarios.CreditCode, countyCode = "370102", parkCode = "370676", reason = "检查" }, "parkCode" },
        { new { origin = "Linkage", employerName = "某公司", employerCreditCode = InspectionScenarios.CreditCode, countyCode = "370102", reason = "联动" }, "source" },
        { new { employerName = "某公司", employerCreditCode = InspectionScenarios.CreditCode, countyCode = "370102", reason = "检查" }, "origin" },
        { new { origin = "Report", employerCreditCode = InspectionScenarios.CreditCode, countyCode = "370102", reason = "举报" }, "employerName" },
        { new { origin = "Report", employerName = "某公司", employerCreditCode = InspectionScenarios.CreditCode, countyCode = "370102" }, "reason" },
    };

    [Theory]
    [MemberData(nameof(BadOpenings))]
    public async Task Opening_with_a_bad_field_is_400_naming_the_field(object body, string field)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(body).ToUrl("/api/inspections");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, InspectionScenarios.Inspector);
            x.StatusCodeShouldBe(400);
        });
        (await result.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Should().ContainKey(field);
    }

    [Fact]
    public async Task A_source_case_must_exist_be_of_its_kind_and_lie_in_the_callers_divisions()
    {
        var inLixia = await app.Host.FileComplaint(Scenarios.AComplaint(county: "370102"));
        var inShinan = await app.Host.FileComplaint(Scenarios.AComplaint(county: "370202"));
        var lixiaInspector = StaffUsers.Inspector("370102");

        async Task<int> Open(Guid sourceId, string kind) => (await app.Host.Scenario(x =>
        {
            x.Post.Json(InspectionScenarios.AnInspection(county: "370102", origin: "Complaint", source: new { kind, id = sourceId })).ToUrl("/api/inspections");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, lixiaInspector);
            x.IgnoreStatusCode();
        })).Context.Response.StatusCode;

        (await Open(Guid.NewGuid(), "WageArrears")).Should().Be(400, "an unknown source case");
        (await Open(inShinan.Id, "WageArrears")).Should().Be(400, "a source case in another county answers like an unknown one");
        (await Open(inLixia.Id, "Discrimination")).Should().Be(400, "the source case is of another kind");
        (await Open(inLixia.Id, "WageArrears")).Should().Be(201);
    }

    [Fact]
    public async Task A_wage_arrears_finding_without_amount_and_a_visit_by_one_inspector_are_400()
    {
        var (id, version) = await app.Host.InspectionWithTeam();

        var result = await app.Host.InspectExpecting(id, "record-site-visit", new
        {
            version, visitedOn = app.Today(), location = "工地", inspectors = new[] { "张伟" },
            findings = new[] { new { category = "WageArrears", description = "拖欠工资" } },
        }, 400);

        (await result.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Keys.Should()
            .Contain(["inspectors", "findings[0].amountOwed", "findings[0].workersAffected"]);
        (await Stream(id)).Should().HaveCount(version);
    }

    [Fact]
    public async Task A_penalty_before_the_employer_is_heard_is_refused_in_Chinese_and_English_and_appends_nothing()
    {
        var (id, version) = await app.Host.InspectionWithTeam(InspectionScenarios.AnInspection(county: "370502"));
        version = (await app.Host.Inspect(id, "record-site-visit", InspectionScenarios.AVisitWithWageArrears(version, app.Today()))).Version;

        var result = await app.Host.InspectExpecting(id, "impose-penalty", new { version, amount = 5_000m, legalBasis = "劳动保障监察条例第二十六条" }, 422);

        var problem = (await result.ReadAsJsonAsync<ProblemDetails>())!;
        problem.Type.Should().EndWith("/employer-not-heard");
        problem.Detail.Should().Contain("陈述申辩").And.Contain("must be heard");
        (await Stream(id)).Should().HaveCount(version);
    }

    [Fact]
    public async Task A_site_visit_before_two_inspectors_are_assigned_is_refused()
    {
        var opened = await app.Host.OpenInspection();

        var result = await app.Host.InspectExpecting(opened.Id, "record-site-visit", InspectionScenarios.AVisitWithWageArrears(1, app.Today()), 422);

        (await result.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/inspectors-required");
        (await Stream(opened.Id)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_stale_version_is_409_and_appends_nothing()
    {
        var (id, version) = await app.Host.InspectionWithTeam();

        var result = await app.Host.InspectExpecting(id, "assign-inspectors", new { version = version - 1, inspectors = new[] { "王强", "赵敏" } }, 409);

        (await result.ReadAsJsonAsync<ProblemDetails>())!.Title.Should().Contain("案件已被他人更新");
        (await Stream(id)).Should().HaveCount(version);
    }

    [Fact]
    public async Task An_unknown_case_is_404_for_commands_and_details()
    {
        await app.Host.InspectExpecting(Guid.NewGuid(), "close", new { version = 3, outcome = "Rectified", summary = "x" }, 404);
        await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/inspections/{Guid.NewGuid()}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, InspectionScenarios.Inspector);
            x.StatusCodeShouldBe(404);
        });
    }

    [Theory]
    [InlineData("county=999999")]
    [InlineData("city=370101")]
    [InlineData("status=Lost")]
    [InlineData("page=0")]
    [InlineData("pageSize=1000")]
    public async Task Bad_queue_filters_are_400(string query)
    {
        foreach (var path in new[] { "/api/inspections", "/api/inspections/overdue" })
        {
            if (path.EndsWith("overdue") && query.StartsWith("status")) continue;
            await app.Host.Scenario(x =>
            {
                x.Get.Url($"{path}?{query}");
                x.WithRequestHeader(DevelopmentAuthentication.UserHeader, InspectionScenarios.Inspector);
                x.StatusCodeShouldBe(400);
            });
        }
    }

    [Fact]
    public async Task The_queue_pages_and_needs_a_signed_in_user()
    {
        for (var i = 0; i < 3; i++) await app.Host.OpenInspection(InspectionScenarios.AnInspection(county: "370523"));

        var page = await app.Host.InspectionQueue("/api/inspections?county=370523&page=2&pageSize=2");

        page.PageNumber.Should().Be(2);
        page.TotalItems.Should().BeGreaterThanOrEqualTo(3);
        page.Items.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(2).And.OnlyContain(x => x.CountyCode == "370523");
        await app.Host.Scenario(x =>
        {
            x.Post.Json(InspectionScenarios.AnInspection()).ToUrl("/api/inspections");
            x.StatusCodeShouldBe(401);
        });
    }

    private async Task<IReadOnlyList<JasperFx.Events.IEvent>> Stream(Guid id)
    {
        await using var session = app.Store.QuerySession();
        return await session.Events.FetchStreamAsync(id);
    }
}
