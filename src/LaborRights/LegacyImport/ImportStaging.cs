using System.Runtime.CompilerServices;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace LaborRights.LegacyImport;

/// <summary>
/// The legacyIds of one import file, kept in temporary tables of the import's own PostgreSQL session instead of in
/// memory, so that an import takes the same memory for a thousand lines and for ten million: the first pass copies
/// each valid line's legacyId, content hash and line number in; PostgreSQL then finds the repeats (the first line of a
/// legacyId is the case; a later line with the same content is the same case, with other content an invalid line),
/// and the second pass reads, in line order, which lines to import. Temporary tables vanish with the session.
/// </summary>
internal sealed class ImportStaging : IAsyncDisposable
{
    private const int CopyChunk = 5_000;
    private const int ReadPage = 10_000;
    private readonly NpgsqlConnection _connection;
    private readonly List<(int Line, string LegacyId, string Hash)> _pending = new(CopyChunk);

    private ImportStaging(NpgsqlConnection connection) => _connection = connection;

    public static async Task<ImportStaging> OpenAsync(IDocumentStore store, CancellationToken ct)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        var staging = new ImportStaging(connection);
        await staging.ExecuteAsync(
            "create temporary table legacy_import_lines (line int primary key, legacy_id text not null, hash text not null)", ct);
        return staging;
    }

    /// <summary>One valid line of the file (pass 1).</summary>
    public async Task AddAsync(int line, string legacyId, string hash, CancellationToken ct)
    {
        _pending.Add((line, legacyId, hash));
        if (_pending.Count >= CopyChunk) await FlushAsync(ct);
    }

    /// <summary>
    /// After the last line: the first line of each legacyId becomes the case (legacy_import_cases), and every later
    /// line of the same legacyId whose content differs is an invalid line naming the first.
    /// </summary>
    public async Task<List<ImportError>> FinishScanAsync(CancellationToken ct)
    {
        await FlushAsync(ct);
        await ExecuteAsync(
            """
            create temporary table legacy_import_cases as
              select distinct on (legacy_id) line, legacy_id, hash, false as already
              from legacy_import_lines order by legacy_id, line;
            alter table legacy_import_cases add primary key (line);
            create index on legacy_import_cases (legacy_id);
            analyze legacy_import_lines; analyze legacy_import_cases;
            """, ct);
        var conflicts = new List<ImportError>();
        await using var command = new NpgsqlCommand(
            """
            select l.line, c.line from legacy_import_lines l join legacy_import_cases c on c.legacy_id = l.legacy_id
            where l.line <> c.line and l.hash <> c.hash order by l.line
            """, _connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (line, first) = (reader.GetInt32(0), reader.GetInt32(1));
            conflicts.Add(new ImportError(line, "legacyId", $"该legacyId已在第{first}行出现，但内容不同",
                $"This legacyId already appears on line {first} with different content"));
        }
        return conflicts;
    }

    /// <summary>The file's cases (the first line of each legacyId) in line order, a page at a time.</summary>
    public async IAsyncEnumerable<IReadOnlyList<(string LegacyId, string Hash, int Line)>> CasesAsync(int pageSize, [EnumeratorCancellation] CancellationToken ct)
    {
        var after = 0;
        while (true)
        {
            var page = new List<(string, string, int)>(pageSize);
            await using (var command = new NpgsqlCommand("select legacy_id, hash, line from legacy_import_cases where line > $1 order by line limit $2", _connection))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = after });
                command.Parameters.Add(new NpgsqlParameter { Value = pageSize });
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) page.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
            }
            if (page.Count == 0) yield break;
            after = page[^1].Item3;
            yield return page;
        }
    }

    /// <summary>These cases were imported before with the same content: the import skips them.</summary>
    public async Task MarkAlreadyImportedAsync(IReadOnlyCollection<int> lines, CancellationToken ct)
    {
        if (lines.Count == 0) return;
        await using var command = new NpgsqlCommand("update legacy_import_cases set already = true where line = any($1)", _connection);
        command.Parameters.Add(new NpgsqlParameter { Value = lines.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>How many distinct cases the file holds, and how many of them were imported before.</summary>
    public async Task<(int Cases, int AlreadyImported)> CountsAsync(CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("select count(*)::int, (count(*) filter (where already))::int from legacy_import_cases", _connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <summary>The line numbers to import in pass 2, ascending: each legacyId's first line, unless imported before.</summary>
    public async IAsyncEnumerable<int> LinesToImportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var after = 0;
        while (true)
        {
            var page = new List<int>(ReadPage);
            await using (var command = new NpgsqlCommand("select line from legacy_import_cases where not already and line > $1 order by line limit $2", _connection))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = after });
                command.Parameters.Add(new NpgsqlParameter { Value = ReadPage });
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) page.Add(reader.GetInt32(0));
            }
            if (page.Count == 0) yield break;
            after = page[^1];
            foreach (var line in page) yield return line;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ExecuteAsync("drop table if exists legacy_import_cases; drop table if exists legacy_import_lines", CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The session is gone (outage): its temporary tables went with it.
        }
        await _connection.DisposeAsync();
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == 0) return;
        await using (var copy = await _connection.BeginBinaryImportAsync("copy legacy_import_lines (line, legacy_id, hash) from stdin (format binary)", ct))
        {
            foreach (var (line, legacyId, hash) in _pending)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(line, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(legacyId, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(hash, NpgsqlDbType.Text, ct);
            }
            await copy.CompleteAsync(ct);
        }
        _pending.Clear();
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
