using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using LaborRights.Hosting.Api;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.IntegrationTests.Security;

namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>The examples in the API document are true: each request example, sent as it is written, is accepted.</summary>
[Collection(AppCollection.Name)]
public class ApiExampleTests(AppFixture app)
{
    /// <summary>The refresh example names no real token: its request is the sign-in's answer, which the sign-in example proves.</summary>
    public static TheoryData<string> Operations() =>
        [.. ApiExamples.Operations.Where(o => ApiExamples.RequestOf(o) is not null && o != "POST api/auth/refresh")];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_request_example_is_accepted_as_written(string operation)
    {
        var document = await ApiContractTests.ServedDocument(app.Host);
        var (method, route) = (operation[..operation.IndexOf(' ')], "/" + operation[(operation.IndexOf(' ') + 1)..]);
        var entry = document["paths"]![route]![method.ToLowerInvariant()]!;
        var example = entry["requestBody"]!["content"]!["application/json"]!["example"]!;
        if (route == "/api/auth/token") example = await WithAnAccountOfItsOwn(example);

        var result = await app.Host.Scenario(x =>
        {
            x.Post.Text(example.ToJsonString()).ToUrl(route);
            x.WithRequestHeader("Content-Type", "application/json");
            x.IgnoreStatusCode();
        });

        var status = result.Context.Response.StatusCode;
        entry["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')).Select(r => int.Parse(r.Key))
            .Should().Contain(status, "the example is sent exactly as the document gives it ({0})", await result.ReadAsTextAsync());
    }

    [Theory]
    [InlineData("/api/reference/cities")]
    [InlineData("/api/reference/counties")]
    [InlineData("/api/reference/counties/370102")]
    [InlineData("/api/reference/parks")]
    public async Task The_reference_examples_are_what_the_reference_data_says(string url)
    {
        var document = await ApiContractTests.ServedDocument(app.Host);
        var route = url.EndsWith("/370102") ? "/api/reference/counties/{code}" : url;
        var example = document["paths"]![route]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["example"]!;
        var real = JsonNode.Parse(await (await app.Host.Scenario(x => x.Get.Url(url))).ReadAsTextAsync())!;
        if (example is JsonArray items)
            foreach (var item in items) real.AsArray().Should().Contain(r => JsonNode.DeepEquals(r, item), "every example row is a real row");
        else JsonNode.DeepEquals(example, real).Should().BeTrue();
    }

    [Fact]
    public async Task The_answer_examples_have_the_shape_of_the_answers()
    {
        var filed = await app.Host.FileComplaint();
        var document = await ApiContractTests.ServedDocument(app.Host);
        var example = document["paths"]!["/api/complaints/wage-arrears"]!["post"]!["responses"]!["201"]!["content"]!["application/json"]!["example"]!;
        var real = JsonNode.Parse(JsonSerializer.Serialize(filed, new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
        example.AsObject().Select(p => p.Key).Should().BeEquivalentTo(real.AsObject().Select(p => p.Key));
    }

    /// <summary>The sign-in example names an account of the demo data; here the same request is made for an account of this test.</summary>
    private async Task<JsonNode> WithAnAccountOfItsOwn(JsonNode example)
    {
        var copy = example.DeepClone();
        copy["userName"] = await app.Host.CreateAccount();
        copy["password"] = SignInScenarios.Password;
        return copy;
    }
}
