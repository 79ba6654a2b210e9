using LaborRights.Security;

namespace LaborRights.Supervision;

public enum SupervisionEntryKind { Opened, Progress, Completion, Returned, Concluded, DateMissed }

/// <summary>One step of a supervision as its record lists it.</summary>
public sealed record SupervisionEntry(SupervisionEntryKind Kind, string Text, string? By, DateTimeOffset At);

/// <summary>
/// 挂牌督办: one flag on one case, as its events leave it (a snapshot written with them). The record names the case by
/// reference only; the case's own data stays with the case and its access rules.
/// </summary>
public sealed record PrioritySupervision : ILocatedRow
{
    public Guid Id { get; init; }

    /// <summary>Send it with the next command on this supervision.</summary>
    public int Version { get; set; }

    public CaseReference Case { get; init; } = new(CaseKind.WageArrears, Guid.Empty);
    public string CaseReferenceText { get; init; } = "";
    public string CountyCode { get; init; } = "";
    public string CityCode { get; init; } = "";
    public SupervisionLevel Level { get; init; }
    public string Instructions { get; init; } = "";
    public DateOnly CompleteBy { get; init; }
    public string OpenedBy { get; init; } = "";
    public DateTimeOffset OpenedAt { get; init; }
    public SupervisionStatus Status { get; init; }

    /// <summary>The completion date passed before completion was reported (or a report was returned after it).</summary>
    public bool IsLate { get; init; }

    /// <summary>A city's flag whose date passed: the province's supervisors now see and decide it.</summary>
    public bool EscalatedToProvince { get; init; }

    public DateTimeOffset? LastReportAt { get; init; }
    public DateTimeOffset? ConcludedAt { get; init; }
    public IReadOnlyList<SupervisionEntry> Entries { get; init; } = [];

    /// <summary>Whether the flag is still on the case (not yet concluded).</summary>
    public bool IsActive => Status != SupervisionStatus.Concluded;

    /// <summary>The level that decides it now: the province once a city's flag was escalated.</summary>
    public SupervisionLevel DecidingLevel => EscalatedToProvince ? SupervisionLevel.Province : Level;

    public static PrioritySupervision Create(SupervisionOpened e) => new()
    {
        Id = e.PrioritySupervisionId,
        Case = e.Case,
        CaseReferenceText = e.CaseReferenceText,
        CountyCode = e.CountyCode,
        CityCode = ReferenceData.Divisions.CityOf(e.CountyCode),
        Level = e.Level,
        Instructions = e.Instructions,
        CompleteBy = e.CompleteBy,
        OpenedBy = e.OpenedBy,
        OpenedAt = e.OpenedAt,
        Status = SupervisionStatus.Open,
        Entries = [new(SupervisionEntryKind.Opened, e.Instructions, e.OpenedBy, e.OpenedAt)],
    };

    public PrioritySupervision Apply(SupervisionProgressReported e) => this with
    {
        Status = e.Completed ? SupervisionStatus.CompletionReported : Status,
        LastReportAt = e.ReportedAt,
        Entries = [.. Entries, new(e.Completed ? SupervisionEntryKind.Completion : SupervisionEntryKind.Progress, e.Report, e.ReportedBy, e.ReportedAt)],
    };

    public PrioritySupervision Apply(SupervisionCompletionReturned e) => this with
    {
        Status = SupervisionStatus.Open,
        Entries = [.. Entries, new(SupervisionEntryKind.Returned, e.Reason, e.ReturnedBy, e.ReturnedAt)],
    };

    public PrioritySupervision Apply(SupervisionConcluded e) => this with
    {
        Status = SupervisionStatus.Concluded,
        ConcludedAt = e.ConcludedAt,
        Entries = [.. Entries, new(SupervisionEntryKind.Concluded, e.Note, e.ConcludedBy, e.ConcludedAt)],
    };

    public PrioritySupervision Apply(SupervisionDateMissed e) => this with
    {
        IsLate = true,
        EscalatedToProvince = EscalatedToProvince || e.EscalatedToProvince,
        Entries = [.. Entries, new(SupervisionEntryKind.DateMissed, e.DueOn.ToString("yyyy-MM-dd"), null, e.NoticedAt)],
    };
}
