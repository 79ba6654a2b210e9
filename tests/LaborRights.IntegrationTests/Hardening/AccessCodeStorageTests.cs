using Alba;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Tracking;
using Marten;
using Marten.Events;
using Npgsql;

namespace LaborRights.IntegrationTests.Hardening;

/// <summary>The access codes of the three publicly filed kinds: random, shown once, stored only as salted hashes.</summary>
[Collection(AppCollection.Name)]
public class AccessCodeStorageTests(AppFixture app)
{
    // Four groups of five from the 32-letter alphabet without I, L, O, U.
    private const string CodePattern = "^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$";

    [Fact]
    public async Task Every_public_kind_answers_a_100_bit_code_and_stores_only_its_salted_hash()
    {
        var key = $"hash-only-{Guid.NewGuid():N}";
        var wageArrears = await app.Host.FileComplaint(idempotencyKey: key);
        var discrimination = await app.Host.FileDiscrimination();
        var arbitration = await app.Host.Apply();
        var filed = new[]
        {
            (wageArrears.Id, wageArrears.TrackingNumber, wageArrears.AccessCode),
            (discrimination.Id, discrimination.TrackingNumber, discrimination.AccessCode),
            (arbitration.Id, arbitration.TrackingNumber, arbitration.AccessCode),
        };
        await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);

        foreach (var (caseId, trackingNumber, accessCode) in filed)
        {
            accessCode.Should().MatchRegex(CodePattern, "20 letters of a 32-letter alphabet: 100 bits");

            // The stored form is salted: the same code hashed twice gives two different strings.
            await using var session = app.Store.QuerySession();
            var first = (await session.Events.FetchStreamAsync(caseId))[0].Data;
            var hash = (string)first.GetType().GetProperty("AccessCodeHash")!.GetValue(first)!;
            hash.Should().StartWith("s1:");
            TrackingCredentials.Matches(accessCode, hash).Should().BeTrue();

            (await RowsContaining(accessCode)).Should().BeEmpty($"the code of {trackingNumber} must not be stored");
            (await RowsContaining(accessCode.Replace("-", ""))).Should().BeEmpty();

            // And the code still opens the case.
            await app.Host.Scenario(x =>
            {
                x.Get.Url($"/api/tracking/{trackingNumber}");
                x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, accessCode.ToLowerInvariant());
                x.StatusCodeShouldBeOk();
            });
        }

        // The replay of an intake still shows the code: it is kept encrypted with Data Protection, not in clear.
        (await app.Host.FileComplaint(idempotencyKey: key)).AccessCode.Should().Be(wageArrears.AccessCode);
    }

    /// <summary>
    /// Every table of every schema of the test database (the application's documents and events, Wolverine's
    /// envelopes, other hosts' schemas), searched as text for <paramref name="needle"/>.
    /// </summary>
    private static async Task<List<string>> RowsContaining(string needle)
    {
        await using var connection = new NpgsqlConnection((await TestDatabase.AcquireAsync()).ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables "
            + "where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        tables.Should().Contain(t => t.EndsWith(".mt_events"));

        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var search = new NpgsqlCommand($"select count(*) from {table} t where upper(t::text) like '%' || upper(@needle) || '%'", connection);
            search.Parameters.AddWithValue("needle", needle);
            if ((long)(await search.ExecuteScalarAsync())! > 0) found.Add(table);
        }
        return found;
    }
}
