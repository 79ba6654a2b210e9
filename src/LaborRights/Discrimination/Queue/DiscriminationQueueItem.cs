using LaborRights.CaseIndex;

namespace LaborRights.Discrimination.Queue;

/// <summary>
/// One row of a county's discrimination queue. It names no filer (a report's identity is confidential and a queue is
/// read by many).
/// </summary>
public sealed class DiscriminationQueueItem : Security.ILocatedRow
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string TrackingNumber { get; set; } = "";
    public DiscriminationStatus Status { get; set; }
    public string StatusZh { get; set; } = "";
    public DiscriminationFilingKind FilingKind { get; set; }
    public string CountyCode { get; set; } = "";
    public string CityCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public Employer Employer { get; set; } = new("", "");
    public List<DiscriminationGround> Grounds { get; set; } = [];
    public bool HasNonStatutoryGround { get; set; }
    public DiscriminationStage Stage { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly AcceptanceDueOn { get; set; }
    public DateOnly? InvestigationDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public bool? Substantiated { get; set; }
    public bool AcceptanceOverdue { get; set; }
    public bool InvestigationOverdue { get; set; }
    public bool IsOverdue { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The deadline of the step the case waits for now: acceptance, or closure of the investigation.</summary>
    public DateOnly? NextDueOn { get; set; }

    public static DiscriminationQueueItem From(CaseIndexEntry entry)
    {
        var c = entry.Discrimination!;
        return new()
        {
            Id = entry.Id, Version = entry.Version, TrackingNumber = c.TrackingNumber, Status = c.Status, StatusZh = StatusNames.Chinese(c.Status), FilingKind = c.FilingKind,
            CountyCode = entry.CountyCode, CityCode = entry.CityCode, ParkCode = c.ParkCode, Employer = c.Employer,
            Grounds = [.. c.Grounds], HasNonStatutoryGround = !c.Grounds.All(DiscriminationGrounds.IsStatutory),
            Stage = c.Stage, ReceivedOn = c.ReceivedOn, AcceptanceDueOn = c.AcceptanceDueOn, InvestigationDueOn = c.InvestigationDueOn,
            DeadlineIsProvisional = c.DeadlineIsProvisional, Substantiated = c.Substantiated,
            AcceptanceOverdue = c.OverdueSteps.Contains(DiscriminationCase.Acceptance),
            InvestigationOverdue = c.OverdueSteps.Contains(DiscriminationCase.Investigation), IsOverdue = entry.IsOverdue,
            LastActivityAt = entry.LastActivityAt, NextDueOn = entry.NextDueOn,
        };
    }
}
