using JasperFx.Events;

namespace LaborRights.WageArrears.GettingDetails;

/// <summary>One line of a case's full history for staff: what happened, who did it, when it happened and when it was recorded.</summary>
public sealed record CaseHistoryEntry(long Version, string Event, string? Actor, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, string TextZh, string TextEn);

public static class CaseHistory
{
    public static IReadOnlyList<CaseHistoryEntry> From(IEnumerable<IEvent> events) => events
        .Select(e =>
        {
            var text = CaseHistoryText.Describe(e.Data, forPublic: false) ?? new CaseHistoryText.Text(e.EventTypeName, e.EventTypeName);
            return new CaseHistoryEntry(e.Version, e.Data.GetType().Name, Actor(e.Data), BusinessTime(e), e.Timestamp, text.Chinese, text.English);
        })
        .ToList();

    /// <summary>When it happened in the world (the event's own field); the store's timestamp only if the event has none.</summary>
    public static DateTimeOffset BusinessTime(IEvent e) => e.Data switch
    {
        WageArrearsComplaintReceived x => x.ReceivedAt,
        MaterialRequested x => x.RequestedAt,
        MaterialSupplied x => x.SuppliedAt,
        ComplaintAccepted x => x.AcceptedAt,
        ComplaintRejected x => x.RejectedAt,
        InspectorsAssigned x => x.AssignedAt,
        ArrearsConfirmed x => x.ConfirmedAt,
        PaymentOrdered x => x.OrderedAt,
        RecoveryRecorded x => x.RecordedAt,
        ExtraCompensationImposed x => x.ImposedAt,
        InvestigationExtended x => x.ExtendedAt,
        TransferredToPolice x => x.TransferredAt,
        CaseClosed x => x.ClosedAt,
        CaseReopened x => x.ReopenedAt,
        WageArrearsCaseLinked x => x.LinkedAt,
        AcceptanceDeadlinePassed x => x.NoticedAt,
        InvestigationDeadlinePassed x => x.NoticedAt,
        PaymentDeadlinePassed x => x.NoticedAt,
        _ => e.Timestamp,
    };

    private static string? Actor(object data) => data switch
    {
        WageArrearsComplaintReceived x => x.ReceivedBy,
        MaterialRequested x => x.RequestedBy,
        MaterialSupplied x => x.RecordedBy,
        ComplaintAccepted x => x.AcceptedBy,
        ComplaintRejected x => x.RejectedBy,
        InspectorsAssigned x => x.AssignedBy,
        ArrearsConfirmed x => x.ConfirmedBy,
        PaymentOrdered x => x.OrderedBy,
        RecoveryRecorded x => x.RecordedBy,
        ExtraCompensationImposed x => x.ImposedBy,
        InvestigationExtended x => x.ExtendedBy,
        TransferredToPolice x => x.TransferredBy,
        CaseClosed x => x.ClosedBy,
        CaseReopened x => x.ReopenedBy,
        WageArrearsCaseLinked x => x.LinkedBy,
        _ => "system",
    };
}
