using JasperFx.Events;
using Marten.Events.Aggregation;

namespace LaborRights.Arbitration.Queue;

/// <summary>
/// One row of a commission's work queue: status, parties, and the deadline that matters next.
/// Overdue flags come from the "deadline passed" events, so reading the queue needs no clock.
/// </summary>
public sealed class ArbitrationQueueItem : LaborRights.Security.ILocatedRow
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string TrackingNumber { get; set; } = "";
    public string? CaseNumber { get; set; }
    public ArbitrationStatus Status { get; set; }
    public ArbitrationStatus? StatusBeforeSuspension { get; set; }
    public string CountyCode { get; set; } = "";
    public string CityCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public PartyKind ApplicantKind { get; set; }
    public string EmployerName { get; set; } = "";
    public string EmployerCreditCode { get; set; } = "";
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
}

public sealed class ArbitrationQueueProjection : SingleStreamProjection<ArbitrationQueueItem, Guid>
{
    public ArbitrationQueueItem Create(ArbitrationApplied e) => new()
    {
        Id = e.ArbitrationCaseId,
        TrackingNumber = e.TrackingNumber,
        Status = ArbitrationStatus.PendingAcceptance,
        CountyCode = e.CountyCode,
        // Shandong division codes: a county's city is its first four digits followed by 00.
        CityCode = e.CountyCode[..4] + "00",
        ParkCode = e.ParkCode,
        ApplicantKind = e.Applicant.Kind,
        EmployerName = e.EmployerName,
        EmployerCreditCode = e.EmployerCreditCode,
        WorkersConcerned = e.WorkersConcerned,
        AmountClaimed = e.Claims.Sum(c => c.Amount ?? 0m),
        ReceivedOn = ShanghaiTime.DateOf(e.ReceivedAt),
        AcceptanceDueOn = e.AcceptanceDueOn,
        NextDueOn = e.AcceptanceDueOn,
        DeadlineIsProvisional = e.AcceptanceDueIsProvisional,
        LastActivityAt = e.ReceivedAt,
    };

    public void Apply(ArbitrationApplicationAccepted e, ArbitrationQueueItem q)
    {
        Touch(q, e.AcceptedAt).Status = ArbitrationStatus.Accepted;
        q.CaseNumber = e.CaseNumber;
        q.AwardDueOn = e.AwardDueOn;
        q.DeadlineIsProvisional = e.AwardDueIsProvisional;
        q.AcceptanceOverdue = false;
    }

    public void Apply(ArbitrationApplicationRefused e, ArbitrationQueueItem q) => Close(Touch(q, e.RefusedAt), ArbitrationStatus.Refused);

    public void Apply(ArbitrationPanelFormed e, ArbitrationQueueItem q)
    {
        if (Touch(q, e.FormedAt).Status == ArbitrationStatus.Accepted) q.Status = ArbitrationStatus.PanelFormed;
    }

    public void Apply(HearingScheduled e, ArbitrationQueueItem q)
    {
        Touch(q, e.ScheduledAt).Status = ArbitrationStatus.HearingScheduled;
        q.HearingOn = e.HearingOn;
    }

    public void Apply(HearingAttendanceRecorded e, ArbitrationQueueItem q) => Touch(q, e.RecordedAt).Status = ArbitrationStatus.Heard;
    public void Apply(ArbitrationDeemedWithdrawn e, ArbitrationQueueItem q) => Close(Touch(q, e.RecordedAt), ArbitrationStatus.Withdrawn);
    public void Apply(MediationAgreementReached e, ArbitrationQueueItem q) => Close(Touch(q, e.ReachedAt), ArbitrationStatus.Mediated);
    public void Apply(MediationFailed e, ArbitrationQueueItem q) => Touch(q, e.FailedAt);
    public void Apply(PartialAwardIssued e, ArbitrationQueueItem q) => Touch(q, e.IssuedAt);
    public void Apply(ArbitrationAwardIssued e, ArbitrationQueueItem q) => Close(Touch(q, e.IssuedAt), ArbitrationStatus.Awarded);
    public void Apply(ArbitrationWithdrawn e, ArbitrationQueueItem q) => Close(Touch(q, e.WithdrawnAt), ArbitrationStatus.Withdrawn);
    public void Apply(AwardReportedUnpaid e, ArbitrationQueueItem q) => Touch(q, e.ReportedAt).UnpaidReported = true;

    public void Apply(ArbitrationPeriodExtended e, ArbitrationQueueItem q)
    {
        Touch(q, e.ExtendedAt).AwardDueOn = e.NewDueOn;
        q.DeadlineIsProvisional = e.NewDueIsProvisional;
        q.AwardOverdue = false;
    }

    public void Apply(ArbitrationSuspended e, ArbitrationQueueItem q)
    {
        Touch(q, e.SuspendedAt).StatusBeforeSuspension = q.Status;
        q.Status = ArbitrationStatus.Suspended;
    }

    public void Apply(ArbitrationResumed e, ArbitrationQueueItem q)
    {
        Touch(q, e.ResumedAt).Status = q.StatusBeforeSuspension ?? ArbitrationStatus.Accepted;
        q.StatusBeforeSuspension = null;
        q.AwardDueOn = e.NewAwardDueOn;
        q.DeadlineIsProvisional = e.NewDueIsProvisional;
        q.AwardOverdue = false;
    }

    public void Apply(ArbitrationAcceptanceDeadlinePassed _, ArbitrationQueueItem q) => q.AcceptanceOverdue = true;
    public void Apply(AwardDeadlinePassed _, ArbitrationQueueItem q) => q.AwardOverdue = true;

    /// <summary>Runs after every batch, so derived columns never disagree with the flags they come from.</summary>
    public override ArbitrationQueueItem ApplyMetadata(ArbitrationQueueItem q, IEvent lastEvent)
    {
        q.Version = (int)lastEvent.Version;
        q.IsOverdue = q.AcceptanceOverdue || q.AwardOverdue;
        q.NextDueOn = q.Status switch
        {
            ArbitrationStatus.PendingAcceptance => q.AcceptanceDueOn,
            ArbitrationStatus.Accepted or ArbitrationStatus.PanelFormed or ArbitrationStatus.HearingScheduled or ArbitrationStatus.Heard => q.AwardDueOn,
            _ => null,
        };
        return q;
    }

    private static void Close(ArbitrationQueueItem q, ArbitrationStatus status)
    {
        q.Status = status;
        q.AcceptanceOverdue = false;
        q.AwardOverdue = false;
    }

    private static ArbitrationQueueItem Touch(ArbitrationQueueItem q, DateTimeOffset at)
    {
        if (at > q.LastActivityAt) q.LastActivityAt = at;
        return q;
    }
}
