using LaborRights.Benchmark.Facts;
using LaborRights.Benchmark.Scoring.V1;
using LaborRights.Calendar;
using Marten;
using Npgsql;

namespace LaborRights.Benchmark.Summarising;

/// <summary>
/// Keeps the stored unit summaries equal to method v1 applied to the cases' facts (ADR 0011). Pending cases are taken
/// in batches: each case's contribution is computed again — with the employer's other cases, because a case's
/// acceptance can make a later case of the same employer a repeat — and only differences are applied to the summaries.
/// One updater at a time across all nodes (a PostgreSQL advisory lock); the drained markers, the contributions, the
/// summaries and their stamp change in one transaction, so a failure leaves the cases pending. Documents are read and
/// written through Marten's public API only (no SQL against its tables).
/// </summary>
public sealed class BenchmarkSummaryUpdater(IDocumentStore store, WorkingDayCalendar calendar)
{
    internal const long LockKey = 0x4C52_424D_5355; // "LRBMSU"
    private const int BatchSize = 2_000;

    /// <summary>From this many pending cases (a bulk import), one pass over all facts is cheaper than batches.</summary>
    private const int RecomputeAllFrom = 50_000;

    /// <summary>Contributions written per bulk insert when everything is recomputed (smaller in tests).</summary>
    internal int WriteChunk { get; init; } = 10_000;

    /// <summary>Employers whose cases are read at once when pending cases are taken in (smaller in tests).</summary>
    internal int EmployersPerQuery { get; init; } = 200;

    /// <summary>
    /// The summaries' stamp and whether cases are pending, in one round trip. The stamp changes whenever the updater
    /// writes summaries, and whenever rows disappear otherwise (an operator's clean-up before a rebuild).
    /// </summary>
    public async Task<(string Stamp, bool Pending)> StateAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var batch = session.CreateBatchQuery();
        var stamp = batch.Load<BenchmarkSummaryStamp>(BenchmarkSummaryStamp.CurrentId);
        var rows = batch.Query<BenchmarkUnitQuarter>().Count();
        var pending = batch.Query<BenchmarkPendingCase>().Any();
        await batch.Execute(ct);
        return ($"{(await stamp)?.Revision ?? 0}:{await rows}", await pending);
    }

    public async Task<bool> HasPendingAsync(CancellationToken ct) => (await StateAsync(ct)).Pending;

    /// <summary>Takes in every pending case; returns how many were processed. After a bulk load, recomputes everything instead.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct, Action<int>? progress = null)
    {
        int pending;
        await using (var session = store.QuerySession()) pending = await session.Query<BenchmarkPendingCase>().CountAsync(ct);
        if (pending >= RecomputeAllFrom) return await RecomputeAllAsync(ct, progress);

        var total = 0;
        int processed;
        while ((processed = await UpdateBatchAsync(ct)) > 0)
        {
            total += processed;
            progress?.Invoke(total);
        }

        return total;
    }

    /// <summary>
    /// Throws every contribution and summary away and computes them from all facts in one pass (after a rebuild of the
    /// facts or a bulk import). Cases changed meanwhile stay pending and are taken in afterwards. Readers may see
    /// partial summaries while the new ones are written; run it as an operation, not on every request.
    /// </summary>
    /// <remarks>
    /// The facts are read as a stream in employer order, one employer's cases at a time (whether a case repeats an
    /// earlier one depends on its employer's cases only), and the contributions are written every
    /// <see cref="WriteChunk"/> cases, so memory holds one employer's cases and the unit summaries, not every case.
    /// </remarks>
    /// <returns>The number of cases summarised.</returns>
    public async Task<int> RecomputeAllAsync(CancellationToken ct, Action<int>? progress = null)
    {
        await using var held = await UpdaterLock.TakeAsync(store, wait: true, ct);
        return await RecomputeAllLockedAsync(ct, progress);
    }

    /// <summary>
    /// A full recompute cut short (its process died after the markers were drained and the old contributions thrown
    /// away) leaves the stamp saying so and nothing pending: this does it again, unless a recompute is running now.
    /// The recurring catch-up calls it, so the summaries come right within seconds of a node being up.
    /// </summary>
    /// <returns>Whether a recompute was resumed.</returns>
    public async Task<bool> ResumeInterruptedRecomputeAsync(CancellationToken ct)
    {
        if (!await RecomputeUnfinishedAsync(ct)) return false;
        await using var held = await UpdaterLock.TakeAsync(store, wait: false, ct);
        // Another updater holds the lock (a recompute running), or it finished between the look at the stamp and the lock.
        if (held is null || !await RecomputeUnfinishedAsync(ct)) return false;
        await RecomputeAllLockedAsync(ct, null);
        return true;
    }

    /// <summary>
    /// The updater's lock as a PostgreSQL session lock on a connection of its own, released on dispose (a pooled
    /// connection would otherwise keep it).
    /// </summary>
    private sealed class UpdaterLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        /// <returns>The lock, or null when <paramref name="wait"/> is false and another session holds it.</returns>
        public static async Task<UpdaterLock?> TakeAsync(IDocumentStore store, bool wait, CancellationToken ct)
        {
            var connection = store.Storage.Database.CreateConnection();
            try
            {
                await connection.OpenAsync(ct);
                await using var take = new NpgsqlCommand(wait ? "select true from pg_advisory_lock($1)" : "select pg_try_advisory_lock($1)", connection);
                take.Parameters.Add(new NpgsqlParameter { Value = LockKey });
                if (await take.ExecuteScalarAsync(ct) is true) return new UpdaterLock(connection);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
            await connection.DisposeAsync();
            return null;
        }

        public async ValueTask DisposeAsync()
        {
            await ExecuteAsync(connection, null, "select pg_advisory_unlock($1)", CancellationToken.None, LockKey);
            await connection.DisposeAsync();
        }
    }

    private async Task<bool> RecomputeUnfinishedAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<BenchmarkSummaryStamp>(BenchmarkSummaryStamp.CurrentId, ct))?.RecomputeUnfinished == true;
    }

    private async Task<int> RecomputeAllLockedAsync(CancellationToken ct, Action<int>? progress)
    {
        // Said before anything is thrown away, and unsaid with the new summaries' stamp (ResumeInterruptedRecomputeAsync).
        await using (var session = store.LightweightSession())
        {
            var stamp = await session.LoadAsync<BenchmarkSummaryStamp>(BenchmarkSummaryStamp.CurrentId, ct) ?? new BenchmarkSummaryStamp();
            stamp.RecomputeUnfinished = true;
            session.Store(stamp);
            await session.SaveChangesAsync(ct);
        }

        // Markers first: a case changed after this point is marked again and taken in by the next catch-up.
        await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(BenchmarkPendingCase), ct);
        await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(BenchmarkCaseContribution), ct);
        await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(BenchmarkUnitQuarter), ct);

        var summaries = new Dictionary<string, BenchmarkUnitQuarter>();
        var unwritten = new List<BenchmarkCaseContribution>(WriteChunk);
        var cases = 0;
        await using (var session = store.QuerySession())
        {
            var facts = session.Query<BenchmarkCaseFactsRow>().OrderBy(f => f.EmployerCreditCode).ToAsyncEnumerable(ct);
            await foreach (var employer in ByEmployer(facts))
            {
                var repeats = new RepeatOffenders(employer.Select(r => r.ToFacts()));
                foreach (var row in employer)
                {
                    var contribution = ContributionOf(row, repeats);
                    foreach (var id in contribution.SummaryIds())
                    {
                        if (!summaries.TryGetValue(id, out var summary)) summaries[id] = summary = BenchmarkUnitQuarter.For(id);
                        summary.Summary.Add(contribution.Contribution);
                    }

                    unwritten.Add(contribution);
                    if (++cases % 50_000 == 0) progress?.Invoke(cases);
                }

                if (unwritten.Count < WriteChunk) continue;
                await store.BulkInsertAsync(unwritten, Weasel.Core.BulkInsertMode.InsertsOnly, WriteChunk, ct);
                unwritten.Clear();
            }
        }

        await store.BulkInsertAsync(unwritten, Weasel.Core.BulkInsertMode.InsertsOnly, WriteChunk, ct);
        await store.BulkInsertAsync(summaries.Values.ToList(), Weasel.Core.BulkInsertMode.InsertsOnly, WriteChunk, ct);
        await using (var session = store.LightweightSession())
        {
            var stamp = await NextStampAsync(session, ct);
            stamp.RecomputeUnfinished = false;
            session.Store(stamp);
            await session.SaveChangesAsync(ct);
        }
        progress?.Invoke(cases);
        return cases;
    }

    /// <summary>Consecutive rows of the same employer (the rows come in employer order).</summary>
    private static async IAsyncEnumerable<List<BenchmarkCaseFactsRow>> ByEmployer(IAsyncEnumerable<BenchmarkCaseFactsRow> rows)
    {
        var group = new List<BenchmarkCaseFactsRow>();
        await foreach (var row in rows)
        {
            if (group.Count > 0 && !string.Equals(group[0].EmployerCreditCode, row.EmployerCreditCode, StringComparison.Ordinal))
            {
                yield return group;
                group = [];
            }
            group.Add(row);
        }

        if (group.Count > 0) yield return group;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, CancellationToken ct, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<int> UpdateBatchAsync(CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, tx, "select pg_advisory_xact_lock($1)", ct, LockKey);

        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(tx, shouldAutoCommit: false));
        var markers = await session.Query<BenchmarkPendingCase>().Take(BatchSize).ToListAsync(ct);
        if (markers.Count == 0)
        {
            await tx.CommitAsync(ct);
            return 0;
        }
        // A marker goes only if no event marked its case again meanwhile (a command that commits later keeps it).
        foreach (var marker in markers) session.DeleteWhere<BenchmarkPendingCase>(x => x.Id == marker.Id && x.MarkedBy == marker.MarkedBy);
        var ids = markers.Select(m => m.Id).ToList();

        var changed = await session.LoadManyAsync<BenchmarkCaseFactsRow>(ct, ids);
        // A case whose facts are gone takes its contribution with it.
        var gone = ids.Except(changed.Select(f => f.Id)).ToArray();
        var updates = (await session.LoadManyAsync<BenchmarkCaseContribution>(ct, gone))
            .Select(c => (Old: (BenchmarkCaseContribution?)c, New: (BenchmarkCaseContribution?)null)).ToList();
        // A few employers at a time, so memory holds their cases, not those of every employer in the batch.
        foreach (var employers in changed.GroupBy(f => f.EmployerCreditCode, StringComparer.Ordinal).Chunk(EmployersPerQuery))
        {
            updates.AddRange(await UpdatesOfAsync(session, employers.SelectMany(e => e).ToList(), ct));
        }

        var summaryIds = updates.SelectMany(u => (u.Old?.SummaryIds() ?? []).Concat(u.New?.SummaryIds() ?? [])).Distinct().ToArray();
        var summaries = (await session.LoadManyAsync<BenchmarkUnitQuarter>(ct, summaryIds)).ToDictionary(s => s.Id);
        BenchmarkUnitQuarter SummaryOf(string id) => summaries.TryGetValue(id, out var s) ? s : summaries[id] = BenchmarkUnitQuarter.For(id);

        foreach (var (before, now) in updates)
        {
            if (before is not null)
            {
                foreach (var id in before.SummaryIds()) SummaryOf(id).Summary.Add(before.Contribution, sign: -1);
                if (now is null) session.Delete(before);
            }

            if (now is not null)
            {
                foreach (var id in now.SummaryIds()) SummaryOf(id).Summary.Add(now.Contribution);
                session.Store(now);
            }
        }

        foreach (var summary in summaries.Values) session.Store(summary);
        if (summaries.Count > 0) session.Store(await NextStampAsync(session, ct));
        await session.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ids.Count;
    }

    /// <summary>
    /// The contributions that change because these cases (of a few employers) changed: each changed case's, and those of
    /// its employer's later cases inside the repeat window, which it can make repeats or stop making repeats. Only the
    /// employers' cases received from a window before the earliest changed case to a window after the latest are read:
    /// a later case's own window reaches no further back than that.
    /// </summary>
    private async Task<List<(BenchmarkCaseContribution? Old, BenchmarkCaseContribution? New)>> UpdatesOfAsync(
        IDocumentSession session, List<BenchmarkCaseFactsRow> changed, CancellationToken ct)
    {
        var employers = changed.Select(f => f.EmployerCreditCode).Distinct().ToArray();
        var from = DateOnly.FromDayNumber(changed.Min(f => f.ReceivedOn.DayNumber) - RulesV1.RepeatWindowLastDay);
        var to = DateOnly.FromDayNumber(changed.Max(f => f.ReceivedOn.DayNumber) + RulesV1.RepeatWindowLastDay);
        var nearby = await session.Query<BenchmarkCaseFactsRow>()
            .Where(f => f.EmployerCreditCode.IsOneOf(employers) && f.ReceivedOn >= from && f.ReceivedOn <= to)
            .ToListAsync(ct);
        var facts = changed.Concat(nearby).DistinctBy(f => f.Id).ToDictionary(f => f.Id);

        // Each employer's changed days in order: a case is inside the window of a change if it is inside the window of
        // the latest change received before it (a search, not a scan of every change for every case).
        var changedDays = changed.GroupBy(f => f.EmployerCreditCode, StringComparer.Ordinal).ToDictionary(
            g => g.Key, g => g.Select(f => f.ReceivedOn.DayNumber).Distinct().Order().ToArray(), StringComparer.Ordinal);
        bool InWindowOfAChange(BenchmarkCaseFactsRow later)
        {
            var days = changedDays[later.EmployerCreditCode];
            var at = Array.BinarySearch(days, later.ReceivedOn.DayNumber);
            var latestBefore = (at >= 0 ? at : ~at) - 1;
            return latestBefore >= 0 && RepeatOffenders.InWindow(DateOnly.FromDayNumber(days[latestBefore]), later.ReceivedOn);
        }

        var candidates = changed.Select(f => f.Id)
            .Concat(nearby.Where(InWindowOfAChange).Select(f => f.Id))
            .Distinct()
            .ToList();

        var repeats = new RepeatOffenders(facts.Values.Select(f => f.ToFacts()));
        var old = (await session.LoadManyAsync<BenchmarkCaseContribution>(ct, candidates)).ToDictionary(c => c.Id);
        var updates = new List<(BenchmarkCaseContribution? Old, BenchmarkCaseContribution? New)>();
        foreach (var id in candidates)
        {
            var before = old.GetValueOrDefault(id);
            var now = ContributionOf(facts[id], repeats);
            if (before is not null && Same(before, now)) continue;
            updates.Add((before, now));
        }

        return updates;
    }

    private static async Task<BenchmarkSummaryStamp> NextStampAsync(IDocumentSession session, CancellationToken ct)
    {
        var stamp = await session.LoadAsync<BenchmarkSummaryStamp>(BenchmarkSummaryStamp.CurrentId, ct) ?? new BenchmarkSummaryStamp();
        stamp.Revision++;
        return stamp;
    }

    private BenchmarkCaseContribution ContributionOf(BenchmarkCaseFactsRow row, RepeatOffenders repeats)
    {
        var facts = row.ToFacts();
        return new BenchmarkCaseContribution
        {
            Id = row.Id,
            CountyCode = row.CountyCode,
            ParkCode = row.ParkCode,
            Quarter = BenchmarkUnitQuarter.QuarterOf(row.ReceivedOn),
            Contribution = CaseContributionV1.Of(facts, repeats.IsRepeat(facts), calendar),
        };
    }

    private static bool Same(BenchmarkCaseContribution a, BenchmarkCaseContribution b) =>
        a.CountyCode == b.CountyCode && a.ParkCode == b.ParkCode && a.Quarter == b.Quarter && a.Contribution == b.Contribution;
}
