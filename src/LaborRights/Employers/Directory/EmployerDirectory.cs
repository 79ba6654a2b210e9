using System.Text;
using LaborRights.Common.Identifiers;
using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace LaborRights.Employers.Directory;

/// <summary>A registered unit as the market-supervision registry lists it: public facts, nothing about cases.</summary>
/// <param name="CreditCode">统一社会信用代码 (GB 32100).</param>
/// <param name="Name">The unit's registered name, as on its business licence.</param>
/// <param name="CountyCode">The county (division code) where it is registered.</param>
public sealed record RegisteredUnit(string CreditCode, string Name, string CountyCode);

/// <summary>What a load of the directory changed.</summary>
public sealed record DirectoryLoad(int Added, int Updated);

/// <summary>
/// The directory of registered units (用人单位名录, ADR 0022), loaded by an administrator from the market-supervision
/// registry and searched by workers when they name their employer. It is reference data, like the counties: it says
/// nothing about complaints or cases, so searching it reveals nothing about anyone's case. Names are found by any part
/// of two characters or more: each name keeps its character pairs in an indexed array, so a search is an index lookup
/// of the pairs of the words typed, then a check that the words appear as typed.
/// </summary>
public sealed class EmployerDirectory(IDocumentStore store)
{
    public const string TableName = "lr_employer_directory";

    /// <summary>The fewest characters a name search takes (one Chinese character matches too much to be useful).</summary>
    public const int MinimumTerm = 2;

    public const int MaximumMatches = 10;

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("credit_code").AsPrimaryKey();
        table.AddColumn<string>("name").NotNull();
        table.AddColumn<string>("name_key").NotNull();
        table.AddColumn("name_pairs", "text[]").NotNull();
        table.AddColumn<string>("county_code").NotNull();
        table.AddColumn("updated_at", "timestamptz").NotNull();
        table.Indexes.Add(new IndexDefinition("ix_lr_employer_directory_pairs") { Columns = ["name_pairs"], Method = IndexMethod.gin });
        return table;
    }

    /// <summary>
    /// A name as it is compared: compatibility-normalised (full-width letters and digits become ordinary ones, （）
    /// become ()), without spaces, in capitals.
    /// </summary>
    public static string KeyOf(string name)
    {
        var normal = name.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(normal.Length);
        foreach (var c in normal)
            if (!char.IsWhiteSpace(c)) key.Append(char.ToUpperInvariant(c));
        return key.ToString();
    }

    /// <summary>The character pairs of a key, as the SQL stores them (for a one-character key, that character).</summary>
    private const string PairsOf = "array(select distinct substr({0}, i, 2) from generate_series(1, greatest(length({0}) - 1, 1)) as i)";

    private string Qualified => $"{store.Options.DatabaseSchemaName}.{TableName}";

    /// <summary>
    /// Units whose credit code is <paramref name="term"/>, or whose name contains it, shortest names first (the closest
    /// match to what was typed), at most <see cref="MaximumMatches"/>.
    /// </summary>
    public async Task<IReadOnlyList<RegisteredUnit>> SearchAsync(string term, CancellationToken ct)
    {
        var code = UnifiedSocialCreditCode.Normalize(term);
        if (UnifiedSocialCreditCode.IsValid(code))
            return await FindAsync(code, ct) is { } unit ? [unit] : [];

        var key = KeyOf(term);
        if (key.Length < MinimumTerm) return [];
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select credit_code, name, county_code from {Qualified} where name_pairs @> {string.Format(PairsOf, "$1")} " +
            $"and strpos(name_key, $1) > 0 order by length(name), name, credit_code limit {MaximumMatches}", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return await ReadAsync(command, ct);
    }

    public async Task<RegisteredUnit?> FindAsync(string creditCode, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"select credit_code, name, county_code from {Qualified} where credit_code = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = UnifiedSocialCreditCode.Normalize(creditCode) });
        return (await ReadAsync(command, ct)).FirstOrDefault();
    }

    public async Task<bool> IsEmptyAsync(CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"select not exists (select 1 from {Qualified})", connection);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Adds the units, or updates the name and county of those already listed, in one transaction.</summary>
    public async Task<DirectoryLoad> LoadAsync(IReadOnlyCollection<RegisteredUnit> units, DateTimeOffset at, CancellationToken ct)
    {
        // One row per credit code: the last one given wins, as a later line of a registry extract would.
        var rows = units.GroupBy(u => UnifiedSocialCreditCode.Normalize(u.CreditCode)).Select(g => g.Last() with { CreditCode = g.Key }).ToList();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"insert into {Qualified} (credit_code, name, name_key, name_pairs, county_code, updated_at) " +
            $"select code, name, key, {string.Format(PairsOf, "key")}, county, $5 from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as u(code, name, key, county) " +
            "on conflict (credit_code) do update set name = excluded.name, name_key = excluded.name_key, name_pairs = excluded.name_pairs, " +
            "county_code = excluded.county_code, updated_at = excluded.updated_at returning (xmax = 0)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.CreditCode).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Name.Trim()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => KeyOf(r.Name)).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.CountyCode.Trim()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = at.ToUniversalTime() });
        var added = 0;
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) if (reader.GetBoolean(0)) added++;
        return new DirectoryLoad(added, rows.Count - added);
    }

    private static async Task<IReadOnlyList<RegisteredUnit>> ReadAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var units = new List<RegisteredUnit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) units.Add(new RegisteredUnit(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return units;
    }
}
