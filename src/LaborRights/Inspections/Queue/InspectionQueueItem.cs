using LaborRights.CaseIndex;

namespace LaborRights.Inspections.Queue;

/// <summary>One row of a county's inspection queue.</summary>
public sealed class InspectionQueueItem : Security.ILocatedRow
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public InspectionStatus Status { get; set; }
    public string StatusZh { get; set; } = "";
    public InspectionOrigin Origin { get; set; }
    public string CountyCode { get; set; } = "";
    public string CityCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public Employer Employer { get; set; } = new("", "");
    public DateOnly FiledOn { get; set; }
    public DateOnly InvestigationDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public DateOnly? RectifyBy { get; set; }
    public int ViolationsFound { get; set; }
    public bool Penalised { get; set; }
    public IReadOnlyList<string> Inspectors { get; set; } = [];
    public bool IsOpen { get; set; }
    public bool IsOverdue { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }

    public static InspectionQueueItem From(CaseIndexEntry entry)
    {
        var c = entry.Inspection!;
        return new()
        {
            Id = entry.Id, Version = entry.Version, Status = c.Status, StatusZh = StatusNames.Chinese(c.Status), Origin = c.Origin, CountyCode = entry.CountyCode, CityCode = entry.CityCode,
            ParkCode = c.ParkCode, Employer = c.Employer, FiledOn = c.FiledOn,
            InvestigationDueOn = c.InvestigationDueOn, DeadlineIsProvisional = c.DeadlineIsProvisional, RectifyBy = c.RectifyBy,
            ViolationsFound = c.ViolationsFound, Penalised = c.Penalised, Inspectors = c.Inspectors, IsOpen = entry.IsOpen,
            IsOverdue = entry.IsOverdue, LastActivityAt = entry.LastActivityAt,
        };
    }
}
