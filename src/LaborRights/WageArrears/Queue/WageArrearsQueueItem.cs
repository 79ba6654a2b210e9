using LaborRights.CaseIndex;

namespace LaborRights.WageArrears.Queue;

/// <summary>One row of a county's wage-arrears queue: status, money, and the working-day deadlines that matter next.</summary>
public sealed class WageArrearsQueueItem : Security.ILocatedRow
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string TrackingNumber { get; set; } = "";
    public string? CaseNumber { get; set; }
    public CaseStatus Status { get; set; }
    public string StatusZh { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public string CityCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public Employer Employer { get; set; } = new("", "");
    public int WorkersAffected { get; set; }
    public decimal AmountClaimed { get; set; }
    public decimal? ConfirmedAmount { get; set; }
    public decimal Recovered { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly AcceptanceDueOn { get; set; }
    public DateOnly? InvestigationDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public DateOnly? PayBy { get; set; }
    public bool AcceptanceOverdue { get; set; }
    public bool InvestigationOverdue { get; set; }
    public bool PaymentOverdue { get; set; }
    public bool IsOverdue { get; set; }
    public IReadOnlyList<string> Inspectors { get; set; } = [];
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The deadline of the step the case waits for now: acceptance, or closure of the investigation.</summary>
    public DateOnly? NextDueOn { get; set; }

    public static WageArrearsQueueItem From(CaseIndexEntry entry)
    {
        var c = entry.WageArrears!;
        return new()
        {
            Id = entry.Id, Version = entry.Version, TrackingNumber = c.TrackingNumber, CaseNumber = c.CaseNumber, Status = c.Status, StatusZh = StatusNames.Chinese(c.Status),
            CountyCode = entry.CountyCode, CityCode = entry.CityCode, ParkCode = c.ParkCode,
            Employer = c.Employer, WorkersAffected = c.WorkersAffected,
            AmountClaimed = c.AmountClaimed, ConfirmedAmount = c.ConfirmedAmount, Recovered = c.Recovered, ReceivedOn = c.ReceivedOn,
            AcceptanceDueOn = c.AcceptanceDueOn, InvestigationDueOn = c.InvestigationDueOn, DeadlineIsProvisional = c.DeadlineIsProvisional,
            PayBy = c.PayBy, AcceptanceOverdue = c.OverdueSteps.Contains(WageArrearsCase.Acceptance),
            InvestigationOverdue = c.OverdueSteps.Contains(WageArrearsCase.Investigation),
            PaymentOverdue = c.OverdueSteps.Contains(WageArrearsCase.Payment), IsOverdue = entry.IsOverdue, Inspectors = c.Inspectors,
            LastActivityAt = entry.LastActivityAt, NextDueOn = entry.NextDueOn,
        };
    }
}
