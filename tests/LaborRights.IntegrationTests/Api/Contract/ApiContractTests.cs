using System.Text.Json.Nodes;
using Alba;
using LaborRights.IntegrationTests.Infrastructure;

namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>
/// The API document is the contract (ADR 0019): the committed <c>docs/api/openapi-v1.json</c> is what the application
/// serves, byte for byte, so that any change to the API is a reviewed diff of that file; a change that would break a
/// client built on it is refused outright (it needs a new version).
/// </summary>
[Collection(AppCollection.Name)]
public class ApiContractTests(AppFixture app)
{
    [Fact]
    public async Task The_served_document_is_the_committed_contract_and_changes_only_compatibly()
    {
        var live = await ServedDocument(app.Host);
        var committed = ApiDocumentFile.Read();
        ApiDocumentFile.WriteLive(live);
        var changes = committed is null ? new OpenApiChanges([], ["the document is new"]) : OpenApiCompatibility.Compare(committed, live);

        changes.Breaking.Should().BeEmpty(
            "a change that breaks clients of version 1 needs a new version, not an edit of v1 (docs/adr/0019); breaking:\n{0}",
            string.Join("\n", changes.Breaking));
        if (Environment.GetEnvironmentVariable(ApiDocumentFile.UpdateVariable) == "1") ApiDocumentFile.Write(live);

        (committed is null ? "" : ApiDocumentFile.Format(committed)).Should().Be(ApiDocumentFile.Format(live),
            "the committed document must be what the application serves; after a reviewed, compatible change run the tests with " +
            "{0}=1 to write it (the served one is in {1}). Changes:\n{2}", ApiDocumentFile.UpdateVariable, ApiDocumentFile.LivePath, string.Join("\n", changes.NonBreaking));
    }

    [Fact]
    public async Task Every_operation_has_an_id_a_summary_a_typed_success_and_problem_bodies_for_its_errors()
    {
        var document = await ServedDocument(app.Host);
        var faults = new List<string>();
        var ids = new HashSet<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var (method, node) in item!.AsObject())
        {
            var operation = node!.AsObject();
            var name = $"{method.ToUpperInvariant()} {path}";
            if (operation["operationId"]?.GetValue<string>() is not { } id || !ids.Add(id)) faults.Add($"{name}: no operation id of its own");
            if (string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()) || string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()))
                faults.Add($"{name}: no summary or description");
            var responses = operation["responses"]!.AsObject();
            var successes = responses.Where(r => r.Key.StartsWith('2')).ToList();
            if (successes.Count == 0) faults.Add($"{name}: no success answer");
            foreach (var (status, response) in successes.Where(r => r.Key != "204"))
                if (response!["content"]?.AsObject().Select(c => c.Value!["schema"]).FirstOrDefault() is not { } schema
                    || schema["$ref"]?.GetValue<string>() is "#/components/schemas/IResult" || schema.AsObject().Count == 0)
                    faults.Add($"{name}: answer {status} has no schema");
            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                if (response!["content"]?["application/problem+json"]?["schema"] is null) faults.Add($"{name}: error {status} has no problem body");
        }
        faults.Should().BeEmpty();
    }

    public static async Task<JsonNode> ServedDocument(IAlbaHost host)
    {
        var result = await host.Scenario(x =>
        {
            x.Get.Url("/openapi/v1.json");
            x.StatusCodeShouldBeOk();
        });
        return JsonNode.Parse(await result.ReadAsTextAsync())!;
    }
}
