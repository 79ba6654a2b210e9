using Marten;
using Microsoft.Extensions.Options;

namespace LaborRights.Security.PersonalData;

/// <summary>
/// Erasure (个人信息保护法 第四十七条): the personal fields of the case's stored events are overwritten in place by their
/// masked form (<see cref="PersonalDataCases.TryErase"/>), the case index is projected again from those events and
/// the erasure is recorded — with the case's evidence files and its documents' stored PDFs deleted — all in one PostgreSQL transaction: either all three happen or none does. Stream versions do
/// not move, so staff's next command still carries a valid version.
/// </summary>
public sealed class PersonalDataEraser(IDocumentStore store, TimeProvider clock, IOptions<PrivacyOptions> options, ILogger<PersonalDataEraser> logger)
{
    public async Task<PersonalDataErasure> EraseAsync(
        Guid caseId, PersonalDataCaseKind kind, string countyCode, ErasureGround ground, string erasedBy, string reason, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction));

        foreach (var stored in await session.Events.FetchStreamAsync(caseId, token: ct))
            if (PersonalDataCases.TryErase(stored)) session.Events.OverwriteEvent(stored);
        // Written but not committed: the rebuild below reads the masked events inside the same transaction.
        await session.SaveChangesAsync(ct);

        await PersonalDataCases.RebuildIndexAsync(session, caseId, ct);
        // The worker's files hold personal data as much as the events do: deleted in the same transaction.
        var files = await Evidence.EvidenceStore.DeleteForCaseAsync(connection, store.Options.DatabaseSchemaName, caseId, ct);
        var documents = await Documents.DocumentFiles.DeleteForCaseAsync(connection, store.Options.DatabaseSchemaName, caseId, ct);
        var erasure = new PersonalDataErasure
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, Kind = kind, CountyCode = countyCode, Ground = ground,
            ErasedBy = erasedBy, ErasedAt = clock.GetUtcNow(), Reason = reason, EvidenceFilesDeleted = files,
            DocumentVersionsDeleted = documents,
        };
        session.Store(erasure);
        await session.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Personal data of {Kind} case {CaseId} erased ({Ground}) by {ErasedBy}", kind, caseId, ground, erasedBy);
        return erasure;
    }

    /// <summary>
    /// Erases every case closed longer than <see cref="PrivacyOptions.RetentionYears"/> ago whose data was not erased
    /// yet; returns how many.
    /// </summary>
    public async Task<int> EraseExpiredAsync(CancellationToken ct)
    {
        var years = options.Value.RetentionYears;
        var cutoff = clock.GetUtcNow().AddYears(-years);
        var erased = 0;
        foreach (var kind in Enum.GetValues<PersonalDataCaseKind>())
        {
            IReadOnlyList<(Guid Id, string CountyCode)> candidates;
            IReadOnlyList<Guid> done;
            await using (var query = store.QuerySession())
            {
                candidates = await PersonalDataCases.ClosedBeforeAsync(query, kind, cutoff, ct);
                if (candidates.Count == 0) continue;
                var ids = candidates.Select(c => c.Id).ToArray();
                done = await query.Query<PersonalDataErasure>().Where(x => x.CaseId.IsOneOf(ids)).Select(x => x.CaseId).ToListAsync(ct);
            }

            foreach (var (id, county) in candidates.Where(c => !done.Contains(c.Id)))
            {
                await EraseAsync(id, kind, county, ErasureGround.RetentionExpired, "system:retention",
                    $"结案已满{years}年，保存期限届满 / closed more than {years} years ago: retention period expired", ct);
                erased++;
            }
        }

        return erased;
    }
}

/// <summary>Erases the personal data of cases closed longer than the retention period (daily, <see cref="Hosting.RecurringWork"/>).</summary>
public sealed record EraseExpiredPersonalData;

public static class EraseExpiredPersonalDataHandler
{
    public static async Task Handle(EraseExpiredPersonalData _, PersonalDataEraser eraser, ILogger<PersonalDataEraser> logger, CancellationToken ct)
    {
        var erased = await eraser.EraseExpiredAsync(ct);
        if (erased > 0) logger.LogInformation("Retention: personal data of {Count} closed cases erased", erased);
    }
}
