using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.IntegrationTests.Security;
using LaborRights.Security.PersonalData;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.Hardening;

/// <summary>
/// U+0000 cannot be stored by PostgreSQL (text: 22021, jsonb: 22P05). It is refused at the edge with a 400 naming the
/// field, anonymous or signed in, in a body, a query value or a form field, before anything is read or written.
/// </summary>
[Collection(AppCollection.Name)]
public class UnstorableTextTests(AppFixture app)
{
    private const string Nul = "\u0000";

    [Theory]
    [InlineData("user" + Nul + "name", "Correct-horse-42", "userName")]
    [InlineData("inspector.lixia", "pass" + Nul + "word", "password")]
    public async Task A_token_sign_in_with_a_nul_character_is_400_naming_the_field(string userName, string password, string field)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { userName, password }).ToUrl("/api/auth/token");
            x.StatusCodeShouldBe(400);
        });

        await ShouldName(result, field);
    }

    [Fact]
    public async Task The_login_form_with_a_nul_character_is_400_naming_the_field()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.FormData(new Dictionary<string, string> { ["userName"] = "a" + Nul, ["password"] = "x", ["returnUrl"] = "/" })
                .ToUrl("/account/login");
            x.StatusCodeShouldBe(400);
        });

        await ShouldName(result, "userName");
    }

    [Fact]
    public async Task A_complaint_whose_description_holds_a_nul_character_is_400_and_stores_nothing()
    {
        var form = Scenarios.AComplaint() with { Description = "工资未结清" + Nul + "多次讨要未果" };
        var key = Guid.NewGuid().ToString();

        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(form).ToUrl("/api/complaints/wage-arrears");
            x.WithRequestHeader("Idempotency-Key", key);
            x.StatusCodeShouldBe(400);
        });

        await ShouldName(result, "description");
        // The same key with a clean form files normally: the refused request left no trace behind.
        var clean = await app.Host.FileComplaint(form with { Description = "工资未结清，多次讨要未果" }, key);
        clean.Id.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("/api/queue?assignee=%00", "assignee")]
    [InlineData("/api/queue?status=Accepted%00", "status")]
    [InlineData("/api/wage-arrears?county=3701%0002", "county")]
    [InlineData("/api/employers?name=%E9%B2%81%00", "name")]
    public async Task A_query_value_with_a_nul_character_is_400_naming_the_parameter(string url, string parameter)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url(url);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(400);
        });

        await ShouldName(result, parameter);
    }

    [Fact]
    public async Task A_reveal_reason_with_a_nul_character_is_400_and_records_no_view()
    {
        var filed = await app.Host.FileComplaint(PersonalDataScenarios.AComplaintWithPersonalData());

        var result = await app.Host.Reveal("wage-arrears", filed.Id, StaffUsers.Inspector("370102"), 400, reason: "核实" + Nul);

        await ShouldName(result, "reason");
        var trail = await app.Host.AuditTrail("wage-arrears", filed.Id, StaffUsers.Supervisor("370000"));
        trail.Accesses.Should().BeEmpty();
    }

    [Fact]
    public async Task A_nul_character_nested_deep_in_a_body_is_found_and_its_path_named()
    {
        var filed = await app.Host.FileComplaint();

        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { version = 1, inspectors = new[] { "张伟", "李" + Nul + "娜" } }).ToUrl($"/api/wage-arrears/{filed.Id}/assign-inspectors");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(400);
        });

        await ShouldName(result, "inspectors[1]");
        await using var session = app.Store.QuerySession();
        (await session.LoadAsync<LaborRights.CaseIndex.CaseIndexEntry>(filed.Id))!.Version.Should().Be(1, "nothing was appended");
    }

    private static async Task ShouldName(IScenarioResult result, string field)
    {
        result.Context.Response.ContentType.Should().StartWith("application/problem+json");
        var problem = (await result.ReadAsJsonAsync<ValidationProblemDetails>())!;
        problem.Type.Should().EndWith("/invalid-input", problem.Detail);
        problem.Errors.Should().ContainKey(field);
        problem.Errors[field].Single().Should().Contain("U+0000").And.Contain("不能包含");
    }
}
