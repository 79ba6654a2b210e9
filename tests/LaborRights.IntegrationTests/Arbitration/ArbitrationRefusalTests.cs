using Alba;
using LaborRights.Arbitration.Filing;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.Arbitration;

[Collection(AppCollection.Name)]
public class ArbitrationRefusalTests(AppFixture app)
{
    private async Task<int> StreamLength(Guid id)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(id)).Count;
    }

    [Fact]
    public async Task An_award_without_mediation_is_refused_422_in_Chinese_and_English_and_appends_nothing()
    {
        var (filed, v) = await app.HeardCase();
        var before = await StreamLength(filed.Id);

        var result = await app.Host.ArbitrateExpecting(filed.Id, "issue-award", new
        {
            version = v,
            items = new object[] { new { claimNumber = 1, grantedAmount = 1m, ruling = "x" }, new { claimNumber = 2, grantedAmount = 1m, ruling = "x" }, new { claimNumber = 3, ruling = "x" } },
        }, 422);

        var problem = await result.ReadAsJsonAsync<ProblemDetails>();
        problem!.Type.Should().EndWith("/mediation-required");
        problem.Detail.Should().Contain("先行调解").And.Contain("Mediation must be tried");
        (await StreamLength(filed.Id)).Should().Be(before);
    }

    [Fact]
    public async Task Ten_workers_cannot_have_a_sole_arbitrator_and_a_hearing_needs_five_days_notice()
    {
        var filed = await app.Host.Apply(ArbitrationScenarios.AnApplication(workers: 12));
        var v = (await app.Host.Arbitrate(filed.Id, "accept", new { version = 1 })).Version;

        var sole = await app.Host.ArbitrateExpecting(filed.Id, "form-panel", new { version = v, arbitrators = new[] { "李仲裁" } }, 422);
        (await sole.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/three-arbitrators-required");
        v = (await app.Host.Arbitrate(filed.Id, "form-panel", new { version = v, arbitrators = new[] { "甲", "乙", "丙" }, presidingArbitrator = "乙" })).Version;

        var soon = await app.Host.ArbitrateExpecting(filed.Id, "schedule-hearing", new { version = v, hearingOn = app.Today().AddDays(4), place = "x" }, 422);
        (await soon.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/notice-too-short");
        (await StreamLength(filed.Id)).Should().Be(v);
    }

    public static TheoryData<string, string> InvalidApplications()
    {
        var valid = ArbitrationScenarios.AnApplication();
        string Json(ArbitrationApplicationForm form) => System.Text.Json.JsonSerializer.Serialize(form,
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } });
        return new()
        {
            { "applicant.idNumber", Json(valid with { Applicant = valid.Applicant! with { IdNumber = "110105194912310021" } }) },
            { "respondent.idNumber", Json(valid with { Respondent = valid.Respondent! with { IdNumber = "91350100M000100Y44" } }) },
            { "respondent.kind", Json(valid with { Respondent = valid.Applicant }) },
            { "applicant.phone", Json(valid with { Applicant = valid.Applicant! with { Phone = null } }) },
            { "claims", Json(valid with { Claims = [] }) },
            { "claims[0].amount", Json(valid with { Claims = [new ClaimForm(LaborRights.Arbitration.ClaimCategory.Pay, "工资", null)] }) },
            { "claims[0].amount", Json(valid with { Claims = [new ClaimForm(LaborRights.Arbitration.ClaimCategory.Pay, "工资", 1.005m)] }) },
            { "countyCode", Json(valid with { CountyCode = "110101" }) },
            { "workersConcerned", Json(valid with { WorkersConcerned = 0 }) },
            { "factsAndReasons", Json(valid with { FactsAndReasons = " " }) },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidApplications))]
    public async Task An_application_with_a_bad_field_is_400_naming_the_field_and_stores_nothing(string field, string json)
    {
        await using var session = app.Store.QuerySession();
        var before = await session.Events.QueryAllRawEvents().CountAsync();

        var result = await app.Host.Scenario(x =>
        {
            x.Post.Text(json).ToUrl("/api/applications/arbitration");
            x.WithRequestHeader("Content-Type", "application/json");
            x.StatusCodeShouldBe(400);
        });

        var problem = await result.ReadAsJsonAsync<ValidationProblemDetails>();
        problem!.Errors.Should().ContainKey(field);
        problem.Errors[field].Should().OnlyContain(m => m.Contains(" / "), "each message is in Chinese and English");
        await using var after = app.Store.QuerySession();
        (await after.Events.QueryAllRawEvents().CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_staff_command_with_bad_fields_is_400()
    {
        var filed = await app.Host.Apply();
        var v = (await app.Host.Arbitrate(filed.Id, "accept", new { version = 1 })).Version;
        var result = await app.Host.ArbitrateExpecting(filed.Id, "form-panel", new { version = v, arbitrators = new[] { "甲", "乙" } }, 400);
        (await result.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Should().ContainKey("arbitrators");
        await app.Host.ArbitrateExpecting(filed.Id, "refuse", new { version = v }, 400);
    }

    [Fact]
    public async Task A_stale_version_is_409_an_unknown_case_404_and_no_user_401()
    {
        var filed = await app.Host.Apply();
        await app.Host.Arbitrate(filed.Id, "accept", new { version = 1 });

        var stale = await app.Host.ArbitrateExpecting(filed.Id, "withdraw", new { version = 1, reason = "和解" }, 409);
        (await stale.ReadAsJsonAsync<ProblemDetails>())!.Title.Should().Contain("案件已被他人更新");
        (await StreamLength(filed.Id)).Should().Be(2);

        await app.Host.ArbitrateExpecting(Guid.NewGuid(), "accept", new { version = 3 }, 404);
        await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/arbitration/{Guid.NewGuid()}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, ArbitrationScenarios.Clerk);
            x.StatusCodeShouldBe(404);
        });
        await app.Host.Scenario(x =>
        {
            x.Post.Json(new { version = 2, reason = "x" }).ToUrl($"/api/arbitration/{filed.Id}/withdraw");
            x.StatusCodeShouldBe(401);
        });
    }

    [Fact]
    public async Task A_retried_application_with_the_same_idempotency_key_returns_the_same_case_and_a_reused_key_is_refused()
    {
        var key = $"arb-retry-{Guid.NewGuid():N}";
        var first = await app.Host.Apply(idempotencyKey: key);
        var retry = await app.Host.Apply(idempotencyKey: key);
        retry.Should().BeEquivalentTo(first);

        var reused = await app.Host.Scenario(x =>
        {
            x.Post.Json(ArbitrationScenarios.AnApplication(pay: 1m)).ToUrl("/api/applications/arbitration");
            x.WithRequestHeader(ApplyForArbitrationEndpoint.IdempotencyHeader, key);
            x.StatusCodeShouldBe(422);
        });
        (await reused.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("idempotency-key-reused");
    }
}
