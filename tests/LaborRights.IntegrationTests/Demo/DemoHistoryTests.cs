using System.Text;
using Alba;
using LaborRights.Demo;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.LegacyImport;
using LaborRights.WageArrears;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LaborRights.IntegrationTests.Demo;

/// <summary>
/// The demo data of the run command, on a host with a schema of its own: a generated history spans every county,
/// and no other test may find its cases in the counties it uses.
/// </summary>
[Collection(AppCollection.Name)]
public class DemoHistoryTests(AppFixture app)
{
    private const int HistorySize = 300;

    [Fact]
    public async Task On_an_empty_store_the_demo_data_is_a_generated_history_imported_cleanly_plus_live_cases()
    {
        await using var host = await app.StartHostAsync(new Dictionary<string, string>
        {
            ["Database:Schema"] = "demo_history_" + Guid.NewGuid().ToString("N")[..8],
            ["LaborRights:LoadDemoData"] = "true",
            ["LaborRights:DemoHistorySize"] = HistorySize.ToString(),
            ["LaborRights:DemoCasesPerCity"] = "1",
        });
        var store = host.Services.GetRequiredService<IDocumentStore>();

        var (imported, received) = (0, 0);
        for (var waited = 0; waited < 120 && (imported < HistorySize || received < HistorySize + 17); waited++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            await using var session = store.QuerySession();
            imported = await session.Query<ImportedLegacyCase>().CountAsync();
            received = await session.Events.QueryRawEventDataOnly<WageArrearsComplaintReceived>().CountAsync();
        }

        imported.Should().Be(HistorySize, "every generated line imports");
        received.Should().Be(HistorySize + 17, "the history, one live case per city and a complaint against a contractor without a credit code");
        await using (var demo = store.QuerySession())
        {
            (await demo.Query<LaborRights.Leads.InspectionLead>().CountAsync()).Should().Be(2, "two reports wait for Lixia's inspector");
            var contractor = await demo.Query<LaborRights.CaseIndex.CaseIndexEntry>().SingleAsync(x => x.Kind == CaseKind.WageArrears && x.Employer.CreditCode == "");
            contractor.Employer.Name.Should().Be("张某（包工头）");
        }
        await using (var shared = app.Store.QuerySession())
            (await shared.Query<ImportedLegacyCase>().CountAsync(x => x.ImportedBy == "demo-data")).Should().Be(0, "the other tests' schema stays clean");

        // The loaded history is exactly the generator's file for today: importing the file again changes nothing.
        var generator = host.Services.GetRequiredService<LegacyHistoryGenerator>();
        var file = string.Join("\n", generator.Lines(new LegacyHistoryOptions(HistorySize, app.Today(), IdPrefix: DemoDataLoader.HistoryIdPrefix))) + "\n";
        var result = await host.Scenario(x =>
        {
            x.Post.Text(file).ToUrl("/api/admin/imports/wage-arrears");
            x.WithRequestHeader("Content-Type", ImportWageArrearsEndpoint.NdjsonContentType);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, "admin.wang");
            x.StatusCodeShouldBe(200);
        });
        var report = (await result.ReadAsJsonAsync<ImportReport>())!;
        report.Should().BeEquivalentTo(new { LinesRead = HistorySize, Imported = 0, SkippedAsAlreadyImported = HistorySize, Errors = Array.Empty<ImportError>() });
    }
}
