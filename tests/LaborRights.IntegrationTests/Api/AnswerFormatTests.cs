using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Alba;
using LaborRights.IntegrationTests.Infrastructure;

namespace LaborRights.IntegrationTests.Api;

/// <summary>One naming and one format in every answer (ADR 0019), read from the raw JSON a client receives.</summary>
[Collection(AppCollection.Name)]
public partial class AnswerFormatTests(AppFixture app)
{
    [Fact]
    public async Task Filing_and_commands_name_the_case_id_and_details_list_and_queue_name_the_employer_alike()
    {
        var filed = await Raw(HttpMethod.Post, "/api/complaints/wage-arrears", Scenarios.AComplaint(amount: 48_000m), user: null, status: 201);
        var id = filed["id"]!.GetValue<Guid>();
        filed["caseId"].Should().BeNull("a case is named by id everywhere");

        var accepted = await Raw(HttpMethod.Post, $"/api/wage-arrears/{id}/accept", new { version = 1 });
        accepted["id"]!.GetValue<Guid>().Should().Be(id);

        var details = (await Raw(HttpMethod.Get, $"/api/wage-arrears/{id}"))["case"]!;
        var row = (await Raw(HttpMethod.Get, "/api/wage-arrears?county=370102&pageSize=100"))["items"]!.AsArray().Single(r => r!["id"]!.GetValue<Guid>() == id)!;
        var queued = (await Raw(HttpMethod.Get, "/api/queue?county=370102&kind=WageArrears&pageSize=100"))["items"]!.AsArray()
            .Single(r => r!["id"]!.GetValue<Guid>() == id)!;
        foreach (var answer in new[] { details, row, queued })
        {
            answer["employer"]!.AsObject().Select(p => (p.Key, p.Value!.GetValue<string>()))
                .Should().Equal(("name", "济南鲁泰建筑工程有限公司"), ("creditCode", "91350100M000100Y43"));
            answer["employerName"].Should().BeNull();
        }
        row["statusZh"]!.GetValue<string>().Should().Be("立案调查中");
    }

    [Fact]
    public async Task Instants_carry_the_Shanghai_offset_dates_are_plain_days_and_money_has_two_places()
    {
        var filed = await Raw(HttpMethod.Post, "/api/complaints/wage-arrears", Scenarios.AComplaint(amount: 48_000m), user: null, status: 201);
        var id = filed["id"]!.GetValue<Guid>();
        var text = await RawText(HttpMethod.Get, $"/api/wage-arrears/{id}");

        text.Should().Contain("\"amountClaimed\":48000.00").And.Contain("\"recovered\":0.00");
        Instant().Matches(text).Should().NotBeEmpty().And.OnlyContain(m => m.Groups["offset"].Value == "+08:00",
            "every instant is written with the Shanghai offset, in details as in lists");
        filed["acceptanceDueOn"]!.GetValue<string>().Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_refused_as_malformed()
    {
        var form = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Scenarios.AComplaint(), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!;
        form["amountClaimed"] = "36000";
        await app.Host.Scenario(x =>
        {
            x.Post.Text(form.ToJsonString()).ToUrl("/api/complaints/wage-arrears");
            x.WithRequestHeader("Content-Type", "application/json");
            x.StatusCodeShouldBe(400);
        });
    }

    [GeneratedRegex("\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(?<offset>Z|[+-]\\d{2}:\\d{2})\"")]
    private static partial Regex Instant();

    private async Task<JsonNode> Raw(HttpMethod method, string url, object? body = null, string? user = Scenarios.Inspector, int status = 200) =>
        JsonNode.Parse(await RawText(method, url, body, user, status))!;

    private async Task<string> RawText(HttpMethod method, string url, object? body = null, string? user = Scenarios.Inspector, int status = 200)
    {
        var result = await app.Host.Scenario(x =>
        {
            if (method == HttpMethod.Get) x.Get.Url(url);
            else x.Post.Json(body!).ToUrl(url);
            if (user is not null) x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.StatusCodeShouldBe(status);
        });
        return await result.ReadAsTextAsync();
    }
}
