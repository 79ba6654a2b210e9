using LaborRights.Arbitration.GettingDetails;
using LaborRights.Tracking;
using Marten;
using Marten.Events.Aggregation;

namespace LaborRights.Arbitration.Tracking;

/// <summary>The key to an applicant's own case: found by tracking number, opened only with the access code (only its hash is kept).</summary>
public sealed class ArbitrationPublicTracking
{
    public Guid Id { get; set; }
    public string TrackingNumber { get; set; } = "";
    public string AccessCodeHash { get; set; } = "";
    public string? CaseNumber { get; set; }
    public ArbitrationStatus Status { get; set; }
}

/// <summary>Only what locating the case needs; the status comes from the case view when asked.</summary>
public sealed class ArbitrationPublicTrackingProjection : SingleStreamProjection<ArbitrationPublicTracking, Guid>
{
    public ArbitrationPublicTracking Create(ArbitrationApplied e) => new()
    {
        Id = e.ArbitrationCaseId,
        TrackingNumber = e.TrackingNumber,
        AccessCodeHash = e.AccessCodeHash,
        Status = ArbitrationStatus.PendingAcceptance,
    };

    public void Apply(ArbitrationApplicationAccepted e, ArbitrationPublicTracking t) => t.CaseNumber = e.CaseNumber;
}

/// <summary>Public tracking of arbitration applications (numbers starting "AR"): the timeline is read from the events, filtered to what the public may see.</summary>
public sealed class ArbitrationTracking : IPublicTrackingSource
{
    public const string TrackingPrefix = "AR";

    public string Prefix => TrackingPrefix;

    public async Task<PublicCaseStatus?> FindAsync(string trackingNumber, string accessCode, IQuerySession session, CancellationToken ct)
    {
        var tracking = await session.Query<ArbitrationPublicTracking>().FirstOrDefaultAsync(x => x.TrackingNumber == trackingNumber, ct);
        // Hash even when the number is unknown, so both failures take the same time.
        if (!TrackingCredentials.Matches(accessCode, tracking?.AccessCodeHash) || tracking is null) return null;

        var view = await session.LoadAsync<ArbitrationCaseView>(tracking.Id, ct);
        var events = await session.Events.FetchStreamAsync(tracking.Id, token: ct);
        var timeline = CaseHistory.PublicTimeline(events, e => ArbitrationHistoryText.Describe(e, forPublic: true));
        var status = view?.Status ?? tracking.Status;
        return new PublicCaseStatus(tracking.TrackingNumber, "Arbitration", view?.CaseNumber ?? tracking.CaseNumber, status.ToString(),
            StatusNames.Chinese(status), timeline);
    }
}
