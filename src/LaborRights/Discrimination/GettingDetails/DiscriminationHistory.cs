using JasperFx.Events;

namespace LaborRights.Discrimination.GettingDetails;

/// <summary>One line of a case's full history for staff: what happened, who did it, when it happened and when it was recorded.</summary>
public sealed record DiscriminationHistoryEntry(
    long Version, string Event, string? Actor, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, string TextZh, string TextEn);

public static class DiscriminationHistory
{
    public static IReadOnlyList<DiscriminationHistoryEntry> From(IEnumerable<IEvent> events) => events
        .Select(e =>
        {
            var text = DiscriminationHistoryText.Describe(e.Data, forPublic: false)
                ?? new DiscriminationHistoryText.Text(e.EventTypeName, e.EventTypeName);
            return new DiscriminationHistoryEntry(e.Version, e.Data.GetType().Name, Actor(e.Data), BusinessTime(e), e.Timestamp, text.Chinese, text.English);
        })
        .ToList();

    /// <summary>When it happened in the world (the event's own field); the store's timestamp only if the event has none.</summary>
    public static DateTimeOffset BusinessTime(IEvent e) => e.Data switch
    {
        DiscriminationComplaintReceived x => x.ReceivedAt,
        DiscriminationMaterialRequested x => x.RequestedAt,
        DiscriminationMaterialSupplied x => x.SuppliedAt,
        DiscriminationComplaintAccepted x => x.AcceptedAt,
        DiscriminationComplaintRejected x => x.RejectedAt,
        DiscriminationFindingRecorded x => x.RecordedAt,
        DiscriminationCorrectionOrdered x => x.OrderedAt,
        DiscriminationFineImposed x => x.ImposedAt,
        DiscriminationCorrectionChecked x => x.CheckedAt,
        DiscriminationJointInterviewHeld x => x.RecordedAt,
        DiscriminationReferredForSupportedLitigation x => x.ReferredAt,
        DiscriminationReferredToProcuratorate x => x.ReferredAt,
        DiscriminationCaseClosed x => x.ClosedAt,
        DiscriminationCaseLinked x => x.LinkedAt,
        DiscriminationAcceptanceDeadlinePassed x => x.NoticedAt,
        DiscriminationInvestigationDeadlinePassed x => x.NoticedAt,
        _ => e.Timestamp,
    };

    /// <summary>The staff member (or system) who acted. An online filer is shown by role only, never by name.</summary>
    private static string? Actor(object data) => data switch
    {
        DiscriminationComplaintReceived x => x.ReceivedBy,
        DiscriminationMaterialRequested x => x.RequestedBy,
        DiscriminationMaterialSupplied x => x.RecordedBy,
        DiscriminationComplaintAccepted x => x.AcceptedBy,
        DiscriminationComplaintRejected x => x.RejectedBy,
        DiscriminationFindingRecorded x => x.RecordedBy,
        DiscriminationCorrectionOrdered x => x.OrderedBy,
        DiscriminationFineImposed x => x.ImposedBy,
        DiscriminationCorrectionChecked x => x.CheckedBy,
        DiscriminationJointInterviewHeld x => x.RecordedBy,
        DiscriminationReferredForSupportedLitigation x => x.ReferredBy,
        DiscriminationReferredToProcuratorate x => x.ReferredBy,
        DiscriminationCaseClosed x => x.ClosedBy,
        DiscriminationCaseLinked x => x.LinkedBy,
        _ => "system",
    };
}
