using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Alba;
using LaborRights.Common;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.LegacyImport;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Queue;
using Marten;

namespace LaborRights.IntegrationTests.LegacyImport;

[Collection(AppCollection.Name)]
public class LegacyImportTests(AppFixture app)
{
    private const string County = "371602"; // 滨城区: no other test files cases there
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    private string Closed => Line($"BZ-{_run}-1", n => { });

    private string Open => Line($"BZ-{_run}-2", n =>
    {
        n["recoveries"] = JsonNode.Parse("""[{"on":"2025-04-10","amount":20000.00}]""");
        n["closedOn"] = null;
    });

    private static string Line(string legacyId, Action<JsonObject> change)
    {
        var node = JsonNode.Parse($$"""
            {"legacyId":"{{legacyId}}","kind":"wage-arrears","countyCode":"{{County}}","parkCode":null,
             "employer":{"name":"滨州某建筑劳务有限公司","creditCode":"91370102MA3C5XQ716"},
             "complainant":{"name":"张三","idNumber":null,"phone":"13800000000"},
             "workersAffected":3,"amountClaimed":45600.00,"amountConfirmed":42000.00,"receivedOn":"2025-03-04",
             "decision":{"kind":"accepted","on":"2025-03-07"},"extendedOn":null,
             "recoveries":[{"on":"2025-04-10","amount":20000.00},{"on":"2025-04-28","amount":22000.00}],
             "transferredToPoliceOn":null,"closedOn":"2025-05-01"}
            """)!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    private static Guid IdOf(string legacyId) => LegacyCaseHistory.StreamIdFor(legacyId);

    private async Task<(int Status, ImportReport Report)> Import(bool dryRun, params string[] lines)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Text(string.Join("\n", lines) + "\n").ToUrl("/api/admin/imports/wage-arrears").QueryString("dryRun", dryRun ? "true" : "false");
            x.WithRequestHeader("Content-Type", ImportWageArrearsEndpoint.NdjsonContentType);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, "admin.wang");
            x.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, (await result.ReadAsJsonAsync<ImportReport>())!);
    }

    private async Task<long?> StreamVersion(Guid id)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamStateAsync(id))?.Version;
    }

    [Fact]
    public async Task Imported_cases_read_like_live_ones_with_their_historical_dates_and_a_re_import_changes_nothing()
    {
        var (status, report) = await Import(false, Closed, "", Open);

        status.Should().Be(200);
        report.Should().BeEquivalentTo(new { LinesRead = 3, Imported = 2, SkippedAsAlreadyImported = 0, Errors = Array.Empty<ImportError>() });

        var closed = await app.Host.Details(IdOf($"BZ-{_run}-1"));
        closed.Case.CaseNumber.Should().Be($"BZ-{_run}-1");
        closed.Case.Channel.Should().Be(IntakeChannel.Imported);
        closed.Case.ReceivedAt.Should().Be(new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.FromHours(8)));
        closed.Case.FiledOn.Should().Be(new DateOnly(2025, 3, 7));
        closed.Case.Status.Should().Be(CaseStatus.Closed);
        closed.Case.Outcome.Should().Be(ClosureOutcome.FullyRecovered);
        closed.Case.Recovered.Should().Be(42000m);
        closed.Case.Outstanding.Should().Be(0m);
        closed.Case.ComplainantResidentIdMasked.Should().BeEmpty();

        var open = await app.Host.Details(IdOf($"BZ-{_run}-2"));
        open.Case.Status.Should().Be(CaseStatus.UnderInvestigation);
        open.Case.Outstanding.Should().Be(22000m);
        open.Case.InvestigationOverdue.Should().BeTrue("its 60 working days ran out in 2025");

        var queue = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/wage-arrears?county={County}&pageSize=100");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        });
        var items = (await queue.ReadAsJsonAsync<Page<WageArrearsQueueItem>>())!.Items;
        items.Should().Contain(i => i.Id == IdOf($"BZ-{_run}-2") && i.ReceivedOn == new DateOnly(2025, 3, 4) && i.IsOverdue
            && i.CaseNumber == $"BZ-{_run}-2");

        var versions = (await StreamVersion(IdOf($"BZ-{_run}-1")), await StreamVersion(IdOf($"BZ-{_run}-2")));
        var (again, second) = await Import(false, Open, Closed);

        again.Should().Be(200);
        second.Should().BeEquivalentTo(new { LinesRead = 2, Imported = 0, SkippedAsAlreadyImported = 2, Errors = Array.Empty<ImportError>() });
        (await StreamVersion(IdOf($"BZ-{_run}-1")), await StreamVersion(IdOf($"BZ-{_run}-2"))).Should().Be(versions);
    }

    [Fact]
    public async Task A_file_with_bad_lines_imports_nothing_and_names_every_bad_line()
    {
        var (status, report) = await Import(false,
            Closed,
            Line($"BZ-{_run}-3", n => n["countyCode"] = "999999"),
            "",
            "{not json",
            Line($"BZ-{_run}-1", n => n["amountClaimed"] = 1));

        status.Should().Be(400);
        report.Imported.Should().Be(0);
        report.Errors.Select(e => (e.Line, e.Field)).Should().Equal((2, "countyCode"), (4, "$"), (5, "legacyId"));
        report.Errors.Should().OnlyContain(e => e.ReasonZh.Length > 0 && e.ReasonEn.Length > 0);
        (await StreamVersion(IdOf($"BZ-{_run}-1"))).Should().BeNull();
    }

    [Fact]
    public async Task A_legacyId_repeated_in_the_file_with_the_same_content_is_one_case()
    {
        var (status, report) = await Import(false, Closed, Open, Closed, "", Closed);

        status.Should().Be(200);
        report.Should().BeEquivalentTo(new { LinesRead = 5, NewCases = 2, Imported = 2, SkippedAsAlreadyImported = 0 });
        report.Errors.Should().BeEmpty();
        (await StreamVersion(IdOf($"BZ-{_run}-1"))).Should().NotBeNull();
    }

    [Fact]
    public async Task A_file_with_a_nul_character_in_a_line_imports_nothing_and_names_the_field()
    {
        var (status, report) = await Import(false,
            Closed,
            Line($"BZ-{_run}-N", n => n["complainant"]!["name"] = "张\u0000三"));

        status.Should().Be(400);
        report.Imported.Should().Be(0);
        report.Errors.Select(e => (e.Line, e.Field)).Should().Equal((2, "complainant.name"));
        report.Errors.Single().ReasonZh.Should().Contain("U+0000");
        (await StreamVersion(IdOf($"BZ-{_run}-1"))).Should().BeNull();
    }

    [Fact]
    public async Task A_dry_run_reports_and_imports_nothing()
    {
        var (status, report) = await Import(true, Closed, Open);

        status.Should().Be(200);
        report.Should().BeEquivalentTo(new { DryRun = true, LinesRead = 2, NewCases = 2, Imported = 0 });
        (await StreamVersion(IdOf($"BZ-{_run}-1"))).Should().BeNull();
    }

    [Fact]
    public async Task A_legacyId_imported_before_with_other_content_is_an_invalid_line()
    {
        (await Import(false, Closed)).Status.Should().Be(200);

        var (status, report) = await Import(false, Line($"BZ-{_run}-1", n => n["workersAffected"] = 4));

        status.Should().Be(400);
        report.Errors.Should().ContainSingle().Which.Should().Match<ImportError>(e => e.Line == 1 && e.Field == "legacyId");
    }

    [Fact]
    public async Task A_file_can_be_uploaded_as_a_multipart_form()
    {
        using var client = app.Host.Server.CreateClient();
        client.DefaultRequestHeaders.Add(DevelopmentAuthentication.UserHeader, "admin.wang");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Closed + "\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue(ImportWageArrearsEndpoint.NdjsonContentType);
        form.Add(file, "file", "cases.ndjson");

        var response = await client.PostAsync("/api/admin/imports/wage-arrears?dryRun=false", form);

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        (await StreamVersion(IdOf($"BZ-{_run}-1"))).Should().Be(6);
    }

    [Fact]
    public async Task A_body_of_another_type_is_refused() =>
        await app.Host.Scenario(x =>
        {
            x.Post.Json(new { legacyId = "x" }).ToUrl("/api/admin/imports/wage-arrears").QueryString("dryRun", "true");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, "admin.wang");
            x.StatusCodeShouldBe(415);
        });
}
