using LaborRights.Benchmark.Facts;
using LaborRights.Benchmark.V1;
using LaborRights.Calendar;
using Marten;
using Npgsql;

namespace LaborRights.Benchmark.Summaries;

/// <summary>
/// Keeps the stored unit summaries equal to method v1 applied to the cases' facts (ADR 0011). Pending cases are taken
/// in batches: each case's contribution is computed again — with the employer's other cases, because a case's
/// acceptance can make a later case of the same employer a repeat — and only differences are applied to the summaries.
/// One updater at a time across all nodes (a PostgreSQL advisory lock); the drained markers, the contributions and the
/// summaries change in one transaction, so a failure leaves the cases pending.
/// </summary>
public sealed class BenchmarkSummaryUpdater(IDocumentStore store, WorkingDayCalendar calendar)
{
    private const long LockKey = 0x4C52_424D_5355; // "LRBMSU"
    private const int BatchSize = 2_000;

    /// <summary>From this many pending cases (a bulk import), one pass over all facts is cheaper than batches.</summary>
    private const int RecomputeAllFrom = 50_000;

    private string PendingTable => $"{store.Options.DatabaseSchemaName}.mt_doc_benchmarkpendingcase";

    /// <summary>
    /// A stamp of the stored summaries of some quarters (it changes whenever any of them is written or deleted: Marten
    /// gives every write a new <c>mt_version</c>), and whether cases are pending — in one round trip.
    /// </summary>
    public async Task<(string Stamp, bool Pending)> StateAsync(IReadOnlyList<string> quarters, CancellationToken ct)
    {
        var schema = store.Options.DatabaseSchemaName;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
             select coalesce(md5(string_agg(id || '/' || mt_version::text, ',' order by id)), ''),
                    exists(select 1 from {PendingTable})
             from {schema}.mt_doc_benchmarkunitquarter where data ->> 'quarter' = any($1)
             """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = quarters.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetString(0), reader.GetBoolean(1));
    }

    public async Task<bool> HasPendingAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<BenchmarkPendingCase>().AnyAsync(ct);
    }

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
            await ExecuteAsync(lockConnection, null, $"delete from {PendingTable}", ct);
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

        var ids = new List<Guid>();
        await using (var drain = new NpgsqlCommand(
                         $"delete from {PendingTable} where id in (select id from {PendingTable} limit {BatchSize}) returning id", connection, tx))
        await using (var reader = await drain.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        }

        if (ids.Count == 0)
        {
            await tx.CommitAsync(ct);
            return 0;
        }

        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(tx, shouldAutoCommit: false));
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
        await session.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ids.Count;
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
