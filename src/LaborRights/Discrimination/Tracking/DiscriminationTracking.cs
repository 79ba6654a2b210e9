using LaborRights.Discrimination.Filing;
using LaborRights.Discrimination.GettingDetails;
using LaborRights.Tracking;
using Marten;
using Marten.Events.Aggregation;

namespace LaborRights.Discrimination.Tracking;

/// <summary>The key to a filer's own case: found by tracking number, opened only with the access code (only its hash is kept).</summary>
public sealed class DiscriminationTrackingKey
{
    public Guid Id { get; set; }
    public string TrackingNumber { get; set; } = "";
    public string AccessCodeHash { get; set; } = "";
    public DiscriminationStatus Status { get; set; }
}

public sealed class DiscriminationTrackingKeyProjection : SingleStreamProjection<DiscriminationTrackingKey, Guid>
{
    public DiscriminationTrackingKey Create(DiscriminationComplaintReceived e) => new()
    {
        Id = e.DiscriminationCaseId,
        TrackingNumber = e.TrackingNumber,
        AccessCodeHash = e.AccessCodeHash,
        Status = DiscriminationStatus.PendingAcceptance,
    };

    public void Apply(DiscriminationMaterialRequested _, DiscriminationTrackingKey t) => t.Status = DiscriminationStatus.AwaitingMaterial;
    public void Apply(DiscriminationMaterialSupplied _, DiscriminationTrackingKey t) => t.Status = DiscriminationStatus.PendingAcceptance;
    public void Apply(DiscriminationComplaintAccepted _, DiscriminationTrackingKey t) => t.Status = DiscriminationStatus.UnderInvestigation;
    public void Apply(DiscriminationComplaintRejected _, DiscriminationTrackingKey t) => t.Status = DiscriminationStatus.Rejected;

    public void Apply(DiscriminationFindingRecorded e, DiscriminationTrackingKey t) =>
        t.Status = e.Substantiated ? DiscriminationStatus.Substantiated : DiscriminationStatus.NotSubstantiated;

    public void Apply(DiscriminationCaseClosed _, DiscriminationTrackingKey t) => t.Status = DiscriminationStatus.Closed;
}

/// <summary>Public tracking of discrimination cases (prefix "DC"): the timeline is read from the events, filtered to what the public may see.</summary>
public sealed class DiscriminationTracking : IPublicTrackingSource
{
    public string Prefix => DiscriminationIntake.TrackingPrefix;

    public async Task<PublicCaseStatus?> FindAsync(string trackingNumber, string accessCode, IQuerySession session, CancellationToken ct)
    {
        var tracking = await session.Query<DiscriminationTrackingKey>().FirstOrDefaultAsync(x => x.TrackingNumber == trackingNumber, ct);
        // Hash even when the number is unknown, so both failures take the same time.
        if (!TrackingCredentials.Matches(accessCode, tracking?.AccessCodeHash) || tracking is null) return null;

        var events = await session.Events.FetchStreamAsync(tracking.Id, token: ct);
        var timeline = CaseHistory.PublicTimeline(events, e => DiscriminationHistoryText.Describe(e, forPublic: true));
        return new PublicCaseStatus(tracking.TrackingNumber, nameof(CaseKind.Discrimination), null, tracking.Status.ToString(),
            StatusNames.Chinese(tracking.Status), timeline);
    }
}
