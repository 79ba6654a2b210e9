using JasperFx.Events;

namespace LaborRights.Arbitration.GettingDetails;

/// <summary>One line of a case's full history for staff: what happened, who did it, when it happened and when it was recorded.</summary>
public sealed record ArbitrationHistoryEntry(long Version, string Event, string? Actor, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, string TextZh, string TextEn);

public static class ArbitrationHistory
{
    public static IReadOnlyList<ArbitrationHistoryEntry> From(IEnumerable<IEvent> events) => events
        .Select(e =>
        {
            var text = ArbitrationHistoryText.Describe(e.Data, forPublic: false) ?? new ArbitrationHistoryText.Text(e.EventTypeName, e.EventTypeName);
            return new ArbitrationHistoryEntry(e.Version, e.Data.GetType().Name, Actor(e.Data), BusinessTime(e), e.Timestamp, text.Chinese, text.English);
        })
        .ToList();

    /// <summary>When it happened in the world (the event's own field); the store's timestamp only if the event has none.</summary>
    public static DateTimeOffset BusinessTime(IEvent e) => e.Data switch
    {
        ArbitrationApplied x => x.ReceivedAt,
        ArbitrationApplicationAccepted x => x.AcceptedAt,
        ArbitrationApplicationRefused x => x.RefusedAt,
        ArbitrationPanelFormed x => x.FormedAt,
        HearingScheduled x => x.ScheduledAt,
        HearingAttendanceRecorded x => x.RecordedAt,
        ArbitrationDeemedWithdrawn x => x.RecordedAt,
        MediationAgreementReached x => x.ReachedAt,
        MediationFailed x => x.FailedAt,
        PartialAwardIssued x => x.IssuedAt,
        ArbitrationAwardIssued x => x.IssuedAt,
        ArbitrationPeriodExtended x => x.ExtendedAt,
        ArbitrationSuspended x => x.SuspendedAt,
        ArbitrationResumed x => x.ResumedAt,
        ArbitrationWithdrawn x => x.WithdrawnAt,
        AwardReportedUnpaid x => x.ReportedAt,
        ArbitrationCaseLinked x => x.LinkedAt,
        ArbitrationAcceptanceDeadlinePassed x => x.NoticedAt,
        AwardDeadlinePassed x => x.NoticedAt,
        _ => e.Timestamp,
    };

    private static string? Actor(object data) => data switch
    {
        ArbitrationApplied x => x.ReceivedBy,
        ArbitrationApplicationAccepted x => x.AcceptedBy,
        ArbitrationApplicationRefused x => x.RefusedBy,
        ArbitrationPanelFormed x => x.FormedBy,
        HearingScheduled x => x.ScheduledBy,
        HearingAttendanceRecorded x => x.RecordedBy,
        ArbitrationDeemedWithdrawn x => x.RecordedBy,
        MediationAgreementReached x => x.RecordedBy,
        MediationFailed x => x.RecordedBy,
        PartialAwardIssued x => x.IssuedBy,
        ArbitrationAwardIssued x => x.IssuedBy,
        ArbitrationPeriodExtended x => x.ExtendedBy,
        ArbitrationSuspended x => x.SuspendedBy,
        ArbitrationResumed x => x.ResumedBy,
        ArbitrationWithdrawn x => x.RecordedBy,
        AwardReportedUnpaid x => x.ReportedBy,
        ArbitrationCaseLinked x => x.LinkedBy,
        _ => "system",
    };
}
