using System.Text.Json;
using LaborRights.CaseIndex;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.IntegrationTests.Inspections;
using LaborRights.Hosting;
using Marten;
using Microsoft.Extensions.DependencyInjection;

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
        // The application keeps working meanwhile (deadline and linkage messages of earlier tests may append events or
        // open linked cases at any moment), so the comparison is of the cases no event touched between the readings.
        var mark = await HighWaterMarkAsync();
        var before = await Entries();
        before.Keys.Should().Contain([wageCase.Id, arbitration.Filed.Id, discrimination.Id, inspection]);

        await app.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(CaseIndexEntry));
        (await Entries()).Should().BeEmpty();

        using (var daemon = await app.Store.BuildProjectionDaemonAsync())
            await daemon.RebuildProjectionAsync<CaseIndexProjection>(CancellationToken.None);

        var after = await Entries();
        after.Keys.Should().Contain(before.Keys, "every case indexed before is indexed again");
        var changed = await StreamsChangedSinceAsync(mark);
        after.Keys.Except(before.Keys).Should().BeSubsetOf(changed, "the only new entries are of cases started after the first reading");
        var compared = before.Where(e => !changed.Contains(e.Key)).ToList();
        compared.Select(e => e.Key).Should().Contain([wageCase.Id, arbitration.Filed.Id, discrimination.Id, inspection]);
        foreach (var (id, json) in compared) after[id].Should().Be(json, $"entry {id} is rebuilt as it was");
    }

    private async Task<long> HighWaterMarkAsync()
    {
        await using var session = app.Store.QuerySession();
        return (await session.QueryAsync<long>($"select coalesce(max(seq_id), 0) from {app.Store.Options.Events.DatabaseSchemaName}.mt_events")).Single();
    }

    private async Task<HashSet<Guid>> StreamsChangedSinceAsync(long mark)
    {
        await using var session = app.Store.QuerySession();
        var ids = await session.QueryAsync<Guid>(
            $"select distinct stream_id from {app.Store.Options.Events.DatabaseSchemaName}.mt_events where seq_id > ?", mark);
        return ids.ToHashSet();
    }

    private async Task<Dictionary<Guid, string>> Entries()
    {
        await using var session = app.Store.QuerySession();
        var entries = await session.Query<CaseIndexEntry>().ToListAsync();
        return entries.ToDictionary(e => e.Id, e => JsonSerializer.Serialize(e));
    }
}

/// <summary>An upgrade that changes the index's shape rebuilds it before the application serves (ReadModelUpgrade).</summary>
[Collection(AppCollection.Name)]
public class CaseIndexUpgradeTests(AppFixture app)
{
    [Fact]
    public async Task A_database_whose_index_is_of_an_older_shape_is_rebuilt_once_when_the_application_starts()
    {
        var settings = new Dictionary<string, string> { ["Database:Schema"] = "index_upgrade_" + Guid.NewGuid().ToString("N")[..8] };
        Guid id;
        await using (var first = await app.StartHostAsync(settings))
        {
            id = (await first.FileComplaint()).Id;
            var store = first.Services.GetRequiredService<IDocumentStore>();
            (await Version(store)).Should().Be(CaseIndexProjection.ShapeVersion, "a new database is of the code's shape");

            // As a database left by the previous release: entries of the older shape, version 1.
            await using var session = store.LightweightSession();
            var stale = (await session.LoadAsync<CaseIndexEntry>(id))!;
            stale.Employer = new Employer("", "");
            stale.NextStep = null;
            session.Store(stale);
            session.Store(new ReadModelVersion { Id = nameof(CaseIndexEntry), Version = 1 });
            await session.SaveChangesAsync();
        }

        await using var upgraded = await app.StartHostAsync(settings);
        var upgradedStore = upgraded.Services.GetRequiredService<IDocumentStore>();
        (await Version(upgradedStore)).Should().Be(CaseIndexProjection.ShapeVersion);
        await using var query = upgradedStore.QuerySession();
        var entry = (await query.LoadAsync<CaseIndexEntry>(id))!;
        entry.Employer.CreditCode.Should().Be(Scenarios.AComplaint().EmployerCreditCode, "the entry was rebuilt from the events");
        entry.NextStep.Should().Be(CaseSteps.Acceptance);
    }

    private static async Task<int?> Version(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<ReadModelVersion>(nameof(CaseIndexEntry)))?.Version;
    }
}
