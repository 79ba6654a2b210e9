using LaborRights.ReferenceData;
using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace LaborRights.WageArrears.Accepting;

/// <summary>
/// Hands out filing numbers, one series per county and year. Like a PostgreSQL sequence the counter moves
/// outside the case's own transaction, so a command that fails after taking a number leaves a gap: numbers
/// are unique and increasing, never reused (docs/adr/0001).
/// </summary>
public sealed class CaseNumbers(IDocumentStore store, ShandongRegions regions)
{
    public const string TableName = "lr_case_number_counters";

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("scope").AsPrimaryKey();
        table.AddColumn<int>("last_number").NotNull();
        return table;
    }

    public async Task<string> NextAsync(string countyCode, int year, CancellationToken ct)
    {
        var county = regions.FindCounty(countyCode) ?? throw new InvalidOperationException($"Unknown county {countyCode}");
        return CaseNumberFormat.Format(county, year, await NextInSeriesAsync(CaseNumberFormat.Scope(countyCode, year), ct));
    }

    /// <summary>The next number of any series kept in the same counters (an office's documents of one kind and year).</summary>
    public async Task<int> NextInSeriesAsync(string scope, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
             insert into {store.Options.DatabaseSchemaName}.{TableName} as c (scope, last_number) values (@scope, 1)
             on conflict (scope) do update set last_number = c.last_number + 1
             returning last_number
             """, connection);
        command.Parameters.AddWithValue("scope", scope);
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>After loading cases that carry their own numbers (demo, import), make sure new ones continue after them.</summary>
    public async Task RaiseToAtLeastAsync(IReadOnlyDictionary<string, int> lastNumbers, CancellationToken ct)
    {
        if (lastNumbers.Count == 0) return;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var (scope, last) in lastNumbers)
        {
            var command = new NpgsqlBatchCommand(
                $"""
                 insert into {store.Options.DatabaseSchemaName}.{TableName} as c (scope, last_number) values ($1, $2)
                 on conflict (scope) do update set last_number = greatest(c.last_number, excluded.last_number)
                 """);
            command.Parameters.Add(new NpgsqlParameter { Value = scope });
            command.Parameters.Add(new NpgsqlParameter { Value = last });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(ct);
    }
}
