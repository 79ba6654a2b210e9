using System.Text.Json;
using LaborRights.CaseIndex;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.IntegrationTests.Inspections;
using Marten;

namespace LaborRights.IntegrationTests.CaseIndex;

/// <summary>
/// The case index is a projection of the events: rebuilt from them (the migration of every change to it, README
/// operations), it is the same entry for entry — for every case the test run has made, of all four kinds.
/// </summary>
[Collection(AppCollection.Name)]
public class CaseIndexRebuildTests(AppFixture app)
{
    [Fact]
    public async Task Rebuilding_the_index_from_the_events_recreates_every_entry_identically()
    {
        // At least one case of each kind with some history, besides whatever other tests left.
        var (wageCase, _) = await app.Host.CaseUnderInvestigation();
        var arbitration = await app.HeardCase();
        var discrimination = await app.Host.DiscriminationUnderInvestigation();
        var (inspection, _) = await app.Host.InspectionWithTeam();
        var before = await Entries();
        before.Keys.Should().Contain([wageCase.Id, arbitration.Filed.Id, discrimination.Id, inspection]);

        await app.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(CaseIndexEntry));
        (await Entries()).Should().BeEmpty();

        using (var daemon = await app.Store.BuildProjectionDaemonAsync())
            await daemon.RebuildProjectionAsync<CaseIndexProjection>(CancellationToken.None);

        var after = await Entries();
        after.Keys.Should().BeEquivalentTo(before.Keys);
        foreach (var (id, json) in before) after[id].Should().Be(json, $"entry {id} is rebuilt as it was");
    }

    private async Task<Dictionary<Guid, string>> Entries()
    {
        await using var session = app.Store.QuerySession();
        var entries = await session.Query<CaseIndexEntry>().ToListAsync();
        return entries.ToDictionary(e => e.Id, e => JsonSerializer.Serialize(e));
    }
}
