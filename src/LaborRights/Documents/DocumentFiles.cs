using System.Text.Json;
using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace LaborRights.Documents;

/// <summary>
/// The issued documents' bytes and text, one row per version, written in the transaction of the event that issued
/// them and never updated: the PDF as handed over and the composed document the print page shows.
/// </summary>
public static class DocumentFiles
{
    public const string TableName = "lr_case_documents";

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("document_id").AsPrimaryKey();
        table.AddColumn<int>("version").AsPrimaryKey();
        table.AddColumn<Guid>("case_id").NotNull();
        table.AddColumn("pdf", "bytea").NotNull();
        table.AddColumn("document", "jsonb").NotNull();
        table.AddColumn<string>("sha256").NotNull();
        table.Indexes.Add(new IndexDefinition("ix_lr_case_documents_case") { Columns = ["case_id"] });
        return table;
    }

    /// <summary>Queues the version's row in the session, so it commits with the event.</summary>
    public static void Queue(IDocumentSession session, Guid documentId, int version, Guid caseId, byte[] pdf, OfficialDocument document, string sha256) =>
        session.QueueSqlCommand(
            $"insert into {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} (document_id, version, case_id, pdf, document, sha256) values (?, ?, ?, ?, ?::jsonb, ?)",
            documentId, version, caseId, pdf, JsonSerializer.Serialize(document, DocumentTemplates.Json), sha256);

    /// <summary>Deletes every stored version of a case's documents (erasure of its personal data, ADR 0015); how many.</summary>
    public static async Task<int> DeleteForCaseAsync(NpgsqlConnection connection, string schema, Guid caseId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"delete from {schema}.{TableName} where case_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = caseId });
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<(byte[] Pdf, OfficialDocument Document)?> ReadAsync(IDocumentStore store, Guid documentId, int version, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select pdf, document from {store.Options.DatabaseSchemaName}.{TableName} where document_id = $1 and version = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = documentId });
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var pdf = (byte[])reader[0];
        var document = JsonSerializer.Deserialize<OfficialDocument>(reader.GetString(1), DocumentTemplates.Json)!;
        return (pdf, document);
    }
}
