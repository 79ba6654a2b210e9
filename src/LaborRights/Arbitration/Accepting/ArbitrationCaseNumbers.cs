using LaborRights.ReferenceData;
using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace LaborRights.Arbitration.Accepting;

/// <summary>
/// Hands out arbitration case numbers (案号), one series per county commission and year. Like a sequence the
/// counter moves outside the case's own transaction: a command that fails after taking a number leaves a gap.
/// </summary>
public sealed class ArbitrationCaseNumbers(IDocumentStore store, ShandongRegions regions)
{
    public const string TableName = "lr_arbitration_case_numbers";

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("scope").AsPrimaryKey();
        table.AddColumn<int>("last_number").NotNull();
        return table;
    }

    public static string Format(County county, int year, int sequence) => $"{county.Name}劳人仲案字〔{year}〕第{sequence:D5}号";

    public async Task<string> NextAsync(string countyCode, int year, CancellationToken ct)
    {
        var county = regions.FindCounty(countyCode) ?? throw new InvalidOperationException($"Unknown county {countyCode}");
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
             insert into {store.Options.DatabaseSchemaName}.{TableName} as c (scope, last_number) values (@scope, 1)
             on conflict (scope) do update set last_number = c.last_number + 1
             returning last_number
             """, connection);
        command.Parameters.AddWithValue("scope", $"{countyCode}-{year}");
        var number = (int)(await command.ExecuteScalarAsync(ct))!;
        return Format(county, year, number);
    }
}
