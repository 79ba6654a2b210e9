using LaborRights.CaseIndex;

namespace LaborRights.Arbitration.Queue;

/// <summary>One row of a commission's work queue: status, parties, and the deadline that matters next.</summary>
public sealed class ArbitrationQueueItem : Security.ILocatedRow
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string TrackingNumber { get; set; } = "";
    public string? CaseNumber { get; set; }
    public ArbitrationStatus Status { get; set; }
    public string StatusZh { get; set; } = "";
    public ArbitrationStatus? StatusBeforeSuspension { get; set; }
    public string CountyCode { get; set; } = "";
    public string CityCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public PartyKind ApplicantKind { get; set; }
    public Employer Employer { get; set; } = new("", "");
    public int WorkersConcerned { get; set; }
    public decimal AmountClaimed { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly AcceptanceDueOn { get; set; }
    public DateOnly? AwardDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public DateOnly? HearingOn { get; set; }
    public bool AcceptanceOverdue { get; set; }
    public bool AwardOverdue { get; set; }
    public bool IsOverdue { get; set; }
    public bool UnpaidReported { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The deadline of the step the case waits for now: acceptance, or the award. None while suspended.</summary>
    public DateOnly? NextDueOn { get; set; }

    public static ArbitrationQueueItem From(CaseIndexEntry entry)
    {
        var c = entry.Arbitration!;
        return new()
        {
            Id = entry.Id, Version = entry.Version, TrackingNumber = c.TrackingNumber, CaseNumber = c.CaseNumber, Status = c.Status, StatusZh = StatusNames.Chinese(c.Status),
            StatusBeforeSuspension = c.StatusBeforeSuspension, CountyCode = entry.CountyCode, CityCode = entry.CityCode, ParkCode = c.ParkCode,
            ApplicantKind = c.ApplicantKind, Employer = c.Employer,
            WorkersConcerned = c.WorkersConcerned, AmountClaimed = c.Claims.Sum(x => x.Amount ?? 0m), ReceivedOn = c.ReceivedOn,
            AcceptanceDueOn = c.AcceptanceDueOn, AwardDueOn = c.AwardDueOn, DeadlineIsProvisional = c.DeadlineIsProvisional, HearingOn = c.HearingOn,
            AcceptanceOverdue = c.OverdueSteps.Contains(ArbitrationCase.Acceptance), AwardOverdue = c.OverdueSteps.Contains(ArbitrationCase.Award),
            IsOverdue = entry.IsOverdue, UnpaidReported = c.UnpaidReported, LastActivityAt = entry.LastActivityAt, NextDueOn = entry.NextDueOn,
        };
    }
}
