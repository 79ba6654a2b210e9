using LaborRights.WageArrears;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.Marten;

namespace LaborRights.LegacyImport;

/// <summary>Remembers one imported legacy case, so that importing the same file again changes nothing.</summary>
/// <param name="Id">The legacyId.</param>
public sealed record ImportedLegacyCase(string Id, string ContentHash, Guid CaseId, string ImportedBy, DateTimeOffset ImportedAt);

/// <summary>
/// Imports a legacy file all or nothing as far as validity goes: a first pass reads and checks every line (and
/// asks the store which legacyIds it already has; the file's legacyIds are kept in PostgreSQL, not in memory); only
/// a file without a single invalid line is then read a second time and imported, <see cref="BatchSize"/> cases per
/// transaction. Each transaction holds the cases'
/// streams, their import records and their future deadline messages (Wolverine outbox), so a batch is all in or
/// all out and a re-run after a failure skips what was already committed.
/// </summary>
public sealed class WageArrearsImporter(
    IDocumentStore store, IServiceScopeFactory scopes, LegacyLineParser parser, TimeProvider clock,
    Calendar.WorkingDayCalendar calendar, IOptions<WageArrearsRules> rules)
{
    public const int BatchSize = 500;

    /// <summary>Batches written concurrently (each its own transaction): one is built while another commits.</summary>
    public const int WritersInFlight = 2;
    private const int LookupSize = 1000;

    /// <param name="file">A seekable stream: it is read twice.</param>
    public async Task<ImportReport> ImportAsync(
        Stream file, bool dryRun, string importedBy, Action<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        if (!file.CanSeek) throw new ArgumentException("The import reads the file twice; pass a seekable stream.", nameof(file));
        var now = clock.GetUtcNow();
        var today = ShanghaiTime.DateOf(now);
        var start = file.Position;

        // Pass 1: every line, every rule; nothing is written. Which legacyIds the file holds is kept in PostgreSQL
        // (ImportStaging), not in memory, so memory does not grow with the file.
        await using var staging = await ImportStaging.OpenAsync(store, ct);
        var errors = new List<ImportError>();
        var linesRead = 0;
        await foreach (var line in new LegacyFileScan(parser).ScanAsync(file, today, ct))
        {
            linesRead = line.Line;
            errors.AddRange(line.Errors);
            if (line.Kind == ScannedLineKind.Case) await staging.AddAsync(line.Line, line.Case!.LegacyId, line.ContentHash!, ct);
            if (linesRead % 1000 == 0) progress?.Invoke(new ImportProgress(ImportPhase.Validating, linesRead, 0, Fraction(file, start)));
        }
        errors.AddRange(await staging.FinishScanAsync(ct));
        await foreach (var cases in staging.CasesAsync(LookupSize, ct)) errors.AddRange(await CheckAlreadyImportedAsync(cases, staging, ct));
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        var (distinctCases, already) = await staging.CountsAsync(ct);
        var newCases = distinctCases - already;
        progress?.Invoke(new ImportProgress(ImportPhase.Validating, linesRead, 0, 1));

        if (dryRun || errors.Count > 0)
            return new ImportReport(dryRun, linesRead, Math.Max(0, newCases), 0, already, errors);

        // Pass 2: the file is valid; import what is new — the lines staging names, met in the same order.
        file.Position = start;
        var history = new LegacyCaseHistory(calendar, rules.Value);
        var batch = new List<(LegacyCase Case, string Hash)>();
        var imported = 0;
        // WritersInFlight batches are written at once: while PostgreSQL commits one, the next is built and sent.
        var writing = new Queue<Task<int>>();
        await using var toImport = staging.LinesToImportAsync(ct).GetAsyncEnumerator(ct);
        var next = await toImport.MoveNextAsync() ? toImport.Current : int.MaxValue;
        try
        {
            await foreach (var line in new LegacyFileScan(parser).ScanAsync(file, today, ct))
            {
                if (line.Line != next) continue;
                next = await toImport.MoveNextAsync() ? toImport.Current : int.MaxValue;
                batch.Add((line.Case!, line.ContentHash!));
                if (batch.Count < BatchSize) continue;
                writing.Enqueue(WriteBatchAsync([.. batch], history, importedBy, now, ct));
                batch.Clear();
                if (writing.Count < WritersInFlight) continue;
                imported += await writing.Dequeue();
                progress?.Invoke(new ImportProgress(ImportPhase.Importing, line.Line, imported, Fraction(file, start)));
            }
            writing.Enqueue(WriteBatchAsync(batch, history, importedBy, now, ct));
            while (writing.Count > 0) imported += await writing.Dequeue();
        }
        finally
        {
            // A failed batch ends the import; the others in flight finish (committed or not) before it reports, and a
            // re-run skips whatever was committed.
            await Task.WhenAll(writing).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        progress?.Invoke(new ImportProgress(ImportPhase.Done, linesRead, imported, 1));
        return new ImportReport(false, linesRead, newCases, imported, already, errors);
    }

    /// <summary>Same legacyId and same content: skipped. Same legacyId, other content: the line is invalid.</summary>
    private async Task<List<ImportError>> CheckAlreadyImportedAsync(
        IReadOnlyList<(string LegacyId, string Hash, int Line)> cases, ImportStaging staging, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        await using var session = store.QuerySession();
        var found = (await session.LoadManyAsync<ImportedLegacyCase>(ct, cases.Select(x => x.LegacyId).ToArray())).ToDictionary(x => x.Id);
        var already = new List<int>();
        foreach (var (legacyId, hash, line) in cases)
        {
            if (!found.TryGetValue(legacyId, out var record)) continue;
            if (record.ContentHash == hash) already.Add(line);
            else errors.Add(new ImportError(line, "legacyId",
                $"该legacyId已于{ShanghaiTime.DateOf(record.ImportedAt):yyyy-MM-dd}以不同内容导入", $"This legacyId was imported on {ShanghaiTime.DateOf(record.ImportedAt):yyyy-MM-dd} with different content"));
        }
        await staging.MarkAlreadyImportedAsync(already, ct);
        return errors;
    }

    private async Task<int> WriteBatchAsync(
        IReadOnlyList<(LegacyCase Case, string Hash)> batch, LegacyCaseHistory history, string importedBy, DateTimeOffset now, CancellationToken ct)
    {
        if (batch.Count == 0) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        await using var session = store.LightweightSession();
        outbox.Enroll(session);
        foreach (var (legacy, hash) in batch)
        {
            var built = history.Build(legacy, importedBy, now);
            session.Events.StartStream<WageArrearsCase>(built.Id, built.Events);
            session.Store(new ImportedLegacyCase(legacy.LegacyId, hash, built.Id, importedBy, now));
            foreach (var (message, at) in built.FutureDeadlines) await outbox.ScheduleAsync(message, at);
        }
        await session.SaveChangesAsync(ct);
        return batch.Count;
    }

    private static double? Fraction(Stream file, long start) =>
        file.Length - start > 0 ? Math.Clamp((double)(file.Position - start) / (file.Length - start), 0, 1) : null;
}
