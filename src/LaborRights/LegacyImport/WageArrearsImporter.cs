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
/// asks the store which legacyIds it already has); only a file without a single invalid line is then read a
/// second time and imported, <see cref="BatchSize"/> cases per transaction. Each transaction holds the cases'
/// streams, their import records and their future deadline messages (Wolverine outbox), so a batch is all in or
/// all out and a re-run after a failure skips what was already committed.
/// </summary>
public sealed class WageArrearsImporter(
    IDocumentStore store, IServiceScopeFactory scopes, LegacyLineParser parser, TimeProvider clock,
    Calendar.WorkingDayCalendar calendar, IOptions<WageArrearsRules> rules)
{
    public const int BatchSize = 500;
    private const int LookupSize = 1000;

    /// <param name="file">A seekable stream: it is read twice.</param>
    public async Task<ImportReport> ImportAsync(
        Stream file, bool dryRun, string importedBy, Action<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        if (!file.CanSeek) throw new ArgumentException("The import reads the file twice; pass a seekable stream.", nameof(file));
        var now = clock.GetUtcNow();
        var today = ShanghaiTime.DateOf(now);
        var start = file.Position;

        // Pass 1: every line, every rule; nothing is written.
        var scan = new LegacyFileScan(parser);
        var errors = new List<ImportError>();
        var already = new HashSet<string>(StringComparer.Ordinal);
        var lookup = new List<(string LegacyId, string Hash, int Line)>();
        var linesRead = 0;
        await foreach (var line in scan.ScanAsync(file, today, ct))
        {
            linesRead = line.Line;
            errors.AddRange(line.Errors);
            if (line.Kind == ScannedLineKind.Case) lookup.Add((line.Case!.LegacyId, line.ContentHash!, line.Line));
            if (lookup.Count >= LookupSize) await CheckAlreadyImportedAsync(lookup, already, errors, ct);
            if (linesRead % 1000 == 0) progress?.Invoke(new ImportProgress(ImportPhase.Validating, linesRead, 0, Fraction(file, start)));
        }
        await CheckAlreadyImportedAsync(lookup, already, errors, ct);
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        var newCases = scan.Seen.Count - already.Count;
        progress?.Invoke(new ImportProgress(ImportPhase.Validating, linesRead, 0, 1));

        if (dryRun || errors.Count > 0)
            return new ImportReport(dryRun, linesRead, Math.Max(0, newCases), 0, already.Count, errors);

        // Pass 2: the file is valid; import what is new.
        file.Position = start;
        var history = new LegacyCaseHistory(calendar, rules.Value);
        var batch = new List<(LegacyCase Case, string Hash)>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var imported = 0;
        await foreach (var line in new LegacyFileScan(parser).ScanAsync(file, today, ct))
        {
            if (line.Kind != ScannedLineKind.Case || already.Contains(line.Case!.LegacyId) || !done.Add(line.Case.LegacyId)) continue;
            batch.Add((line.Case, line.ContentHash!));
            if (batch.Count < BatchSize) continue;
            imported += await WriteBatchAsync(batch, history, importedBy, now, ct);
            progress?.Invoke(new ImportProgress(ImportPhase.Importing, line.Line, imported, Fraction(file, start)));
        }
        imported += await WriteBatchAsync(batch, history, importedBy, now, ct);
        progress?.Invoke(new ImportProgress(ImportPhase.Done, linesRead, imported, 1));
        return new ImportReport(false, linesRead, newCases, imported, already.Count, errors);
    }

    /// <summary>Same legacyId and same content: skipped. Same legacyId, other content: the line is invalid.</summary>
    private async Task CheckAlreadyImportedAsync(
        List<(string LegacyId, string Hash, int Line)> lookup, HashSet<string> already, List<ImportError> errors, CancellationToken ct)
    {
        if (lookup.Count == 0) return;
        await using var session = store.QuerySession();
        var found = (await session.LoadManyAsync<ImportedLegacyCase>(ct, lookup.Select(x => x.LegacyId).ToArray())).ToDictionary(x => x.Id);
        foreach (var (legacyId, hash, line) in lookup)
        {
            if (!found.TryGetValue(legacyId, out var record)) continue;
            if (record.ContentHash == hash) already.Add(legacyId);
            else errors.Add(new ImportError(line, "legacyId",
                $"该legacyId已于{ShanghaiTime.DateOf(record.ImportedAt):yyyy-MM-dd}以不同内容导入", $"This legacyId was imported on {ShanghaiTime.DateOf(record.ImportedAt):yyyy-MM-dd} with different content"));
        }
        lookup.Clear();
    }

    private async Task<int> WriteBatchAsync(
        List<(LegacyCase Case, string Hash)> batch, LegacyCaseHistory history, string importedBy, DateTimeOffset now, CancellationToken ct)
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
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    private static double? Fraction(Stream file, long start) =>
        file.Length - start > 0 ? Math.Clamp((double)(file.Position - start) / (file.Length - start), 0, 1) : null;
}
