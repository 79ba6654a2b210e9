using LaborRights.Tracking;
using LaborRights.WageArrears.Filing;
using LaborRights.WageArrears.GettingDetails;
using Marten;

namespace LaborRights.WageArrears.Tracking;

/// <summary>Public tracking of wage-arrears complaints: the timeline is read from the events, filtered to what the public may see.</summary>
public sealed class WageArrearsTracking : IPublicTrackingSource
{
    public string Prefix => TrackingCredentials.WageArrearsPrefix;

    public async Task<PublicCaseStatus?> FindAsync(string trackingNumber, string accessCode, IQuerySession session, CancellationToken ct)
    {
        var tracking = await session.Query<PublicCaseTracking>().FirstOrDefaultAsync(x => x.TrackingNumber == trackingNumber, ct);
        // Hash even when the number is unknown, so both failures take the same time.
        if (!TrackingCredentials.Matches(accessCode, tracking?.AccessCodeHash) || tracking is null) return null;

        var events = await session.Events.FetchStreamAsync(tracking.Id, token: ct);
        var timeline = CaseHistory.PublicTimeline(events, e => CaseHistoryText.Describe(e, forPublic: true));
        return new PublicCaseStatus(tracking.TrackingNumber, "WageArrears", tracking.CaseNumber, tracking.Status.ToString(),
            StatusNames.Chinese(tracking.Status), timeline);
    }
}
