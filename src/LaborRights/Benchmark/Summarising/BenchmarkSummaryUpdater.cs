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
    private const long LockKey = 0x4C52_424D_5355; // "LRBMSU"
    private const int BatchSize = 2_000;

    /// <summary>From this many pending cases (a bulk import), one pass over all facts is cheaper than batches.</summary>
    private const int RecomputeAllFrom = 50_000;

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
    /// <returns>The number of cases summarised.</returns>
    public async Task<int> RecomputeAllAsync(CancellationToken ct, Action<int>? progress = null)
    {
        await using var lockConnection = store.Storage.Database.CreateConnection();
        await lockConnection.OpenAsync(ct);
        await ExecuteAsync(lockConnection, null, "select pg_advisory_lock($1)", ct, LockKey);
        try
        {
            // Markers first: a case changed after this point is marked again and taken in by the next catch-up.
            await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(BenchmarkPendingCase), ct);
            List<BenchmarkCaseFactsRow> rows;
            await using (var session = store.QuerySession()) rows = (await session.Query<BenchmarkCaseFactsRow>().ToListAsync(ct)).ToList();

            var repeats = new RepeatOffenders(rows.Select(r => r.ToFacts()));
            var contributions = new List<BenchmarkCaseContribution>(rows.Count);
            var summaries = new Dictionary<string, BenchmarkUnitQuarter>();
            foreach (var row in rows)
            {
                var contribution = ContributionOf(row, repeats);
                contributions.Add(contribution);
                foreach (var id in contribution.SummaryIds())
                {
                    if (!summaries.TryGetValue(id, out var summary)) summaries[id] = summary = BenchmarkUnitQuarter.For(id);
                    summary.Summary.Add(contribution.Contribution);
                }

                if (contributions.Count % 50_000 == 0) progress?.Invoke(contributions.Count);
            }

            await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(BenchmarkCaseContribution), ct);
            await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(BenchmarkUnitQuarter), ct);
            await store.BulkInsertAsync(contributions, Weasel.Core.BulkInsertMode.InsertsOnly, 10_000, ct);
            await store.BulkInsertAsync(summaries.Values.ToList(), Weasel.Core.BulkInsertMode.InsertsOnly, 10_000, ct);
            await using (var session = store.LightweightSession())
            {
                session.Store(await NextStampAsync(session, ct));
                await session.SaveChangesAsync(ct);
            }
            progress?.Invoke(contributions.Count);
            return contributions.Count;
        }
        finally
        {
            await ExecuteAsync(lockConnection, null, "select pg_advisory_unlock($1)", CancellationToken.None, LockKey);
        }
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
        var employers = changed.Select(f => f.EmployerCreditCode).Distinct().ToArray();
        var sameEmployers = await session.Query<BenchmarkCaseFactsRow>()
            .Where(f => f.EmployerCreditCode.IsOneOf(employers))
            .ToListAsync(ct);
        var facts = changed.Concat(sameEmployers).DistinctBy(f => f.Id).ToDictionary(f => f.Id);

        // A changed case, and every later case of its employer inside the repeat window, may contribute differently now.
        var changedByEmployer = changed.ToLookup(f => f.EmployerCreditCode);
        var candidates = ids
            .Concat(sameEmployers
                .Where(later => changedByEmployer[later.EmployerCreditCode].Any(c => RepeatOffenders.InWindow(c.ReceivedOn, later.ReceivedOn)))
                .Select(f => f.Id))
            .Distinct()
            .ToList();

        var repeats = new RepeatOffenders(facts.Values.Select(f => f.ToFacts()));
        var old = (await session.LoadManyAsync<BenchmarkCaseContribution>(ct, candidates)).ToDictionary(c => c.Id);
        var updates = new List<(BenchmarkCaseContribution? Old, BenchmarkCaseContribution? New)>();
        foreach (var id in candidates)
        {
            var before = old.GetValueOrDefault(id);
            var now = facts.TryGetValue(id, out var row) ? ContributionOf(row, repeats) : null;
            if (before is null && now is null) continue;
            if (before is not null && now is not null && Same(before, now)) continue;
            updates.Add((before, (BenchmarkCaseContribution?)now));
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
