using Marten;

namespace LaborRights.LegacyImport;

public enum ImportJobState { Running, Done, Failed }

/// <summary>
/// An import started from the administration page (ADR 0024): where it is, for any node to show, and its report when
/// done. The uploaded file stays on the disk of the node that received it, while the job needs it.
/// </summary>
public sealed class LegacyImportJob
{
    public Guid Id { get; set; }
    public string FileName { get; set; } = "";
    public long Size { get; set; }
    public bool DryRun { get; set; }
    public string StartedBy { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public ImportJobState State { get; set; }
    public ImportPhase Phase { get; set; }
    public int LinesRead { get; set; }
    public int Imported { get; set; }
    public double? Fraction { get; set; }
    public ImportReport? Report { get; set; }

    /// <summary>Why it stopped, when it failed (in Chinese and English, for the administrator).</summary>
    public string? FailureZh { get; set; }
    public string? FailureEn { get; set; }

    /// <summary>The dry run this real import was confirmed from.</summary>
    public Guid? ConfirmedFrom { get; set; }

    /// <summary>Whether a confirmed real import was already started from this dry run (it is started once).</summary>
    public Guid? ConfirmedAs { get; set; }

    /// <summary>A running job not heard of for this long is taken as interrupted (its node stopped).</summary>
    public static readonly TimeSpan Silence = TimeSpan.FromMinutes(2);

    public bool SeemsInterrupted(DateTimeOffset now) => State == ImportJobState.Running && now - UpdatedAt > Silence;

    /// <summary>A dry run of a valid file with something new in it: it may be imported for real.</summary>
    public bool MayBeConfirmed => DryRun && State == ImportJobState.Done && Report is { Errors.Count: 0, NewCases: > 0 } && ConfirmedAs is null;
}

/// <summary>
/// Runs legacy imports started from the administration page in the background (the same
/// <see cref="WageArrearsImporter"/> as <c>POST /api/admin/imports/wage-arrears</c>), writing their progress to a
/// <see cref="LegacyImportJob"/> document at most once a second, so the page can show it from any node. A dry run
/// keeps its file so that the administrator can confirm the real import of exactly what was checked.
/// </summary>
public sealed class LegacyImportJobs(
    IDocumentStore store, WageArrearsImporter importer, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<LegacyImportJobs> logger)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    private static string Folder => Path.Combine(Path.GetTempPath(), "laborrights-imports");

    private static string FileOf(Guid job) => Path.Combine(Folder, $"{job:N}.ndjson");

    /// <summary>Keeps the upload on disk and starts checking (and, unless a dry run, importing) it; the job's id.</summary>
    public async Task<Guid> StartAsync(Stream upload, string fileName, bool dryRun, string startedBy, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var id = Guid.CreateVersion7();
        long size;
        await using (var copy = new FileStream(FileOf(id), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
        {
            await upload.CopyToAsync(copy, ct);
            size = copy.Length;
        }
        await StartJobAsync(new LegacyImportJob { Id = id, FileName = fileName, Size = size, DryRun = dryRun }, startedBy, ct);
        return id;
    }

    /// <summary>
    /// The real import of a dry run's file, once: its new job's id; null when the dry run may not be confirmed, or its
    /// file is not on this node (another node took the upload, or this one restarted): then the file is uploaded again.
    /// </summary>
    public async Task<Guid?> ConfirmAsync(Guid dryRunId, string startedBy, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var dryRun = await session.LoadAsync<LegacyImportJob>(dryRunId, ct);
        if (dryRun is not { MayBeConfirmed: true } || !File.Exists(FileOf(dryRunId))) return null;
        var id = Guid.CreateVersion7();
        File.Move(FileOf(dryRunId), FileOf(id));
        dryRun.ConfirmedAs = id;
        session.Store(dryRun);
        await session.SaveChangesAsync(ct);
        await StartJobAsync(new LegacyImportJob { Id = id, FileName = dryRun.FileName, Size = dryRun.Size, DryRun = false, ConfirmedFrom = dryRunId }, startedBy, ct);
        return id;
    }

    public async Task<LegacyImportJob?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<LegacyImportJob>(id, ct);
    }

    public async Task<IReadOnlyList<LegacyImportJob>> RecentAsync(int count, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<LegacyImportJob>().OrderByDescending(j => j.StartedAt).Take(count).ToListAsync(ct);
    }

    private async Task StartJobAsync(LegacyImportJob job, string startedBy, CancellationToken ct)
    {
        job.StartedBy = startedBy;
        job.StartedAt = job.UpdatedAt = clock.GetUtcNow();
        job.State = ImportJobState.Running;
        await SaveAsync(job, ct);
        _ = Task.Run(() => RunAsync(job), CancellationToken.None);
    }

    private async Task RunAsync(LegacyImportJob job)
    {
        var stopping = lifetime.ApplicationStopping;
        ImportProgress? latest = null;
        using var reporting = new CancellationTokenSource();
        var reporter = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(ProgressInterval, clock);
            try
            {
                while (await timer.WaitForNextTickAsync(reporting.Token))
                {
                    if (Volatile.Read(ref latest) is not { } progress) continue;
                    (job.Phase, job.LinesRead, job.Imported, job.Fraction) = (progress.Phase, progress.LinesRead, progress.Imported, progress.Fraction);
                    job.UpdatedAt = clock.GetUtcNow();
                    await SaveAsync(job, CancellationToken.None);
                }
            }
            catch (OperationCanceledException)
            {
                // The import ended; its last state is saved after this.
            }
        });
        try
        {
            ImportReport report;
            await using (var file = new FileStream(FileOf(job.Id), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous))
                report = await importer.ImportAsync(file, job.DryRun, job.StartedBy, p => Volatile.Write(ref latest, p), stopping);
            await reporting.CancelAsync();
            await reporter;
            (job.State, job.Phase, job.Report, job.LinesRead, job.Imported, job.Fraction) =
                (ImportJobState.Done, ImportPhase.Done, report, report.LinesRead, report.Imported, 1);
            // A dry run of a valid file keeps it for the confirmed import; anything else is done with it.
            if (!job.MayBeConfirmed) File.Delete(FileOf(job.Id));
        }
        catch (Exception e)
        {
            await reporting.CancelAsync();
            await reporter;
            logger.LogError(e, "Legacy import {Job} of {File} failed.", job.Id, job.FileName);
            job.State = ImportJobState.Failed;
            (job.FailureZh, job.FailureEn) = stopping.IsCancellationRequested
                ? ("服务停止，导入中断。已提交的批次保留；再次导入同一文件会跳过已导入的案件。", "The service stopped and the import was interrupted. Committed batches stay; importing the same file again skips them.")
                : ("导入出错，已中断。已提交的批次保留；再次导入同一文件会跳过已导入的案件。", "The import failed and stopped. Committed batches stay; importing the same file again skips them.");
            File.Delete(FileOf(job.Id));
        }
        job.UpdatedAt = clock.GetUtcNow();
        await SaveAsync(job, CancellationToken.None);
    }

    private async Task SaveAsync(LegacyImportJob job, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Store(job);
        await session.SaveChangesAsync(ct);
    }
}
