using System.Security.Cryptography;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace LaborRights.Evidence;

/// <summary>Configuration section <c>Evidence</c>: what a filing may carry.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>Bytes one file may have (a phone photo is 2–5 MB; a scanned contract as PDF a few MB).</summary>
    public int MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How long an uploaded file waits for the filing that claims it before it is deleted.</summary>
    public TimeSpan HoldFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Where the bytes go: PostgreSQL (the default, beside the file's row) or an S3-compatible object store (<c>Evidence:S3</c>).</summary>
    public EvidenceStorage Store { get; set; } = EvidenceStorage.PostgreSQL;

    public string MaxFileSizeText => $"{MaxFileBytes / (1024 * 1024)} MB";
}

public enum EvidenceStorage
{
    PostgreSQL,
    S3,
}

/// <summary>An evidence file as staff see it listed on a case, and as the uploader sees it before filing.</summary>
/// <param name="Sha256">Hex SHA-256 of the stored bytes (after metadata removal): what a later copy can be checked against.</param>
public sealed record EvidenceFile(Guid Id, string FileName, string MediaType, long Size, string Sha256, DateTimeOffset UploadedAt);

/// <summary>An uploaded file waiting for its filing: give <see cref="Id"/> in the filing's <c>evidenceFiles</c> list before <see cref="HeldUntil"/>.</summary>
public sealed record EvidenceUploaded(Guid Id, string FileName, string MediaType, long Size, string Sha256, DateTimeOffset HeldUntil);

/// <summary>A stored file's bytes, for staff who may see it.</summary>
public sealed record EvidenceDownload(EvidenceFile File, byte[] Content);

/// <summary>
/// Evidence files in PostgreSQL (ADR 0021), beside the events of the case they belong to. A file is first held
/// (uploaded, no case yet, deleted after <see cref="EvidenceOptions.HoldFor"/>), then claimed by a filing in the
/// filing's own transaction; from then on it belongs to the case and goes only where the case's personal data goes:
/// listed and served to staff in scope, deleted by erasure.
/// </summary>
public sealed class EvidenceStore(IDocumentStore store, TimeProvider clock, IOptions<EvidenceOptions> options, IEvidenceObjectStore? objects = null)
{
    public const string TableName = "lr_evidence_files";

    /// <summary>
    /// Keys of objects whose rows were deleted (erasure, expiry), written in the same transaction as the deletion and
    /// removed from the object store by the sweep: an erasure acknowledged is never left half done by an outage.
    /// </summary>
    public const string GoneTableName = "lr_evidence_objects_gone";

    public static Table GoneTable(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, GoneTableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("object_key").AsPrimaryKey();
        table.AddColumn("since", "timestamptz").NotNull();
        return table;
    }

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<Guid>("case_id").AllowNulls();
        table.AddColumn("held_until", "timestamptz").AllowNulls();
        table.AddColumn<string>("file_name").NotNull();
        table.AddColumn<string>("media_type").NotNull();
        table.AddColumn<long>("size").NotNull();
        table.AddColumn<string>("sha256").NotNull();
        table.AddColumn("uploaded_at", "timestamptz").NotNull();
        // Empty when the bytes are in the object store under object_key.
        table.AddColumn("content", "bytea").NotNull();
        table.AddColumn<string>("object_key").AllowNulls();
        table.Indexes.Add(new IndexDefinition("ix_lr_evidence_files_case") { Columns = ["case_id"] });
        return table;
    }

    private string Qualified => $"{store.Options.DatabaseSchemaName}.{TableName}";

    private string QualifiedGone => $"{store.Options.DatabaseSchemaName}.{GoneTableName}";

    public EvidenceOptions Options => options.Value;

    /// <summary>Checks, cleans and holds one uploaded file; or says why it cannot be taken.</summary>
    public async Task<(EvidenceUploaded? Held, EvidenceRefusal? Refusal)> HoldAsync(string? fileName, Stream content, long length, CancellationToken ct)
    {
        if (length <= 0) return (null, new EvidenceRefusal("文件是空的", "The file is empty"));
        if (length > Options.MaxFileBytes)
            return (null, new EvidenceRefusal($"文件太大，每个文件不超过{Options.MaxFileSizeText}", $"The file is too large: at most {Options.MaxFileSizeText} each"));

        var bytes = new byte[length];
        await content.ReadExactlyAsync(bytes, ct);
        var (file, refusal) = EvidenceContent.Inspect(bytes);
        if (file is null) return (null, refusal);

        // Npgsql writes timestamptz from UTC values only; a clock may hand out another offset.
        var now = clock.GetUtcNow().ToUniversalTime();
        var held = new EvidenceUploaded(Guid.CreateVersion7(), SafeName(fileName, file.Type), file.MediaType, file.Content.Length,
            Convert.ToHexStringLower(SHA256.HashData(file.Content)), now + Options.HoldFor);
        // In an object store the bytes go first: the row that makes them reachable exists only once they are stored.
        var key = objects is null ? null : held.Id.ToString("N");
        if (key is not null) await objects!.PutAsync(key, file.Content, file.MediaType, ct);
        try
        {
            await InsertAsync(held, now, key is null ? file.Content : [], key, ct);
        }
        catch when (key is not null)
        {
            await objects!.DeleteAsync(key, CancellationToken.None);
            throw;
        }
        return (held, null);
    }

    private async Task InsertAsync(EvidenceUploaded held, DateTimeOffset now, byte[] content, string? objectKey, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"insert into {Qualified} (id, held_until, file_name, media_type, size, sha256, uploaded_at, content, object_key) " +
            "values ($1, $2, $3, $4, $5, $6, $7, $8, $9)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = held.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = held.HeldUntil });
        command.Parameters.Add(new NpgsqlParameter { Value = held.FileName });
        command.Parameters.Add(new NpgsqlParameter { Value = held.MediaType });
        command.Parameters.Add(new NpgsqlParameter { Value = held.Size });
        command.Parameters.Add(new NpgsqlParameter { Value = held.Sha256 });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = content, NpgsqlDbType = NpgsqlDbType.Bytea });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)objectKey ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// The name shown to staff: the uploader's file name without any folder or control characters, at most 80
    /// characters, with the extension of what the content is.
    /// </summary>
    public static string SafeName(string? fileName, EvidenceType type)
    {
        var name = Path.GetFileNameWithoutExtension((fileName ?? "").Replace('\\', '/').Split('/')[^1]);
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim();
        if (name.Length == 0) name = "证据";
        if (name.Length > 80) name = name[..80];
        return name + EvidenceContent.ExtensionOf(type);
    }

    /// <summary>The held (not yet claimed, not expired) files among <paramref name="ids"/>, in the order asked.</summary>
    public async Task<IReadOnlyList<EvidenceUploaded>> HeldAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select id, file_name, media_type, size, sha256, held_until from {Qualified} where id = any($1) and case_id is null and held_until > $2",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow().ToUniversalTime() });
        var found = new Dictionary<Guid, EvidenceUploaded>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            found[reader.GetGuid(0)] = new EvidenceUploaded(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3),
                reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5));
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    /// <summary>
    /// A filing's <c>evidence</c> list, checked against what is held (run after an idempotent retry was answered: a
    /// retry's files were claimed by its first submission).
    /// </summary>
    public async Task<FieldErrors> CheckHeldAsync(IReadOnlyList<Guid>? ids, CancellationToken ct, string prefix = "")
    {
        var errors = new FieldErrors();
        if (ids is not { Count: > 0 }) return errors;
        var held = (await HeldAsync(ids.Distinct().ToList(), ct)).Select(h => h.Id).ToHashSet();
        for (var i = 0; i < ids.Count; i++)
            if (!held.Contains(ids[i]))
                errors.Add($"{prefix}{EvidenceRules.Field}[{i}]", "找不到这个上传的文件（超过24小时未提交，或已用于其他投诉申请），请重新上传",
                    "This uploaded file was not found (not filed within 24 hours, or already used by another filing); upload it again");
        return errors;
    }

    /// <summary>
    /// Gives the held files to the new case, in the filing's own transaction: the files and the case are stored
    /// together or not at all.
    /// </summary>
    public static void Claim(IDocumentSession session, Guid caseId, IReadOnlyList<Guid>? ids)
    {
        if (ids is not { Count: > 0 }) return;
        session.QueueSqlCommand(
            $"update {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} set case_id = ?, held_until = null where id = any(?) and case_id is null",
            caseId, ids.Distinct().ToArray());
    }

    /// <summary>The files of a case, oldest first.</summary>
    public async Task<IReadOnlyList<EvidenceFile>> ListAsync(Guid caseId, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select id, file_name, media_type, size, sha256, uploaded_at from {Qualified} where case_id = $1 order by uploaded_at, id", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = caseId });
        var files = new List<EvidenceFile>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) files.Add(ReadFile(reader));
        return files;
    }

    /// <summary>One file of a case with its bytes, or null when the case has no such file.</summary>
    public async Task<EvidenceDownload?> OpenAsync(Guid caseId, Guid evidenceId, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select id, file_name, media_type, size, sha256, uploaded_at, content, object_key from {Qualified} where case_id = $1 and id = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = caseId });
        command.Parameters.Add(new NpgsqlParameter { Value = evidenceId });
        EvidenceFile file;
        byte[] content;
        string? key;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct)) return null;
            (file, content, key) = (ReadFile(reader), reader.GetFieldValue<byte[]>(6), reader.IsDBNull(7) ? null : reader.GetString(7));
        }
        if (key is null) return new EvidenceDownload(file, content);
        if (objects is null)
            throw new InvalidOperationException($"Evidence file {file.Id} is in the object store (key {key}) but Evidence:Store is not S3.");
        return new EvidenceDownload(file, await objects.GetAsync(key, ct)
            ?? throw new InvalidOperationException($"Evidence file {file.Id} is missing from the object store (key {key})."));
    }

    private static EvidenceFile ReadFile(NpgsqlDataReader reader) => new(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
        reader.GetInt64(3), reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5));

    /// <summary>Deletes a case's files inside the caller's transaction (erasure); returns how many.</summary>
    public static async Task<int> DeleteForCaseAsync(NpgsqlConnection connection, string schema, Guid caseId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(DeleteRows(schema, "case_id = $1"), connection);
        command.Parameters.Add(new NpgsqlParameter { Value = caseId });
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct));
    }

    /// <summary>Deletes the rows matching <paramref name="where"/>, notes their objects as gone, and counts the rows.</summary>
    private static string DeleteRows(string schema, string where) =>
        $"with deleted as (delete from {schema}.{TableName} where {where} returning object_key), " +
        $"gone as (insert into {schema}.{GoneTableName} (object_key, since) select object_key, now() from deleted where object_key is not null on conflict do nothing) " +
        "select count(*) from deleted";

    /// <summary>
    /// Deletes held files no filing claimed in time, then removes from the object store every object whose row is gone
    /// (expired or erased); returns how many files expired.
    /// </summary>
    public async Task<int> SweepExpiredAsync(CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        int expired;
        await using (var command = new NpgsqlCommand(DeleteRows(store.Options.DatabaseSchemaName, "case_id is null and held_until <= $1"), connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow().ToUniversalTime() });
            expired = Convert.ToInt32(await command.ExecuteScalarAsync(ct));
        }
        if (objects is not null) await RemoveGoneObjectsAsync(connection, ct);
        return expired;
    }

    private async Task RemoveGoneObjectsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        while (true)
        {
            var keys = new List<string>();
            await using (var select = new NpgsqlCommand($"select object_key from {QualifiedGone} order by since limit 500", connection))
            await using (var reader = await select.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) keys.Add(reader.GetString(0));
            if (keys.Count == 0) return;
            foreach (var key in keys) await objects!.DeleteAsync(key, ct);
            await using var done = new NpgsqlCommand($"delete from {QualifiedGone} where object_key = any($1)", connection);
            done.Parameters.Add(new NpgsqlParameter { Value = keys.ToArray() });
            await done.ExecuteNonQueryAsync(ct);
        }
    }
}
