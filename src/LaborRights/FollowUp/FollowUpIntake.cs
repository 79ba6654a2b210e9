using LaborRights.CaseIndex;
using LaborRights.Tracking;
using Marten;

namespace LaborRights.FollowUp;

/// <summary>What became of a worker's rating.</summary>
public abstract record RatingOutcome
{
    /// <summary>No case with that tracking number and access code (the same answer for both).</summary>
    public sealed record NotFound : RatingOutcome;

    public sealed record Refused(Refusal Refusal) : RatingOutcome;

    /// <summary>Started in the session; stored when it is saved.</summary>
    public sealed record Rated(HandlingRated Rating) : RatingOutcome;
}

/// <summary>The worker's rating, the same from the API and from the tracking page: the case is found by its tracking number and access code.</summary>
public static class FollowUpIntake
{
    public static async Task<RatingOutcome> RateAsync(IDocumentSession session, string trackingNumber, string accessCode, RateHandling command,
        DateTimeOffset now, CancellationToken ct)
    {
        var number = trackingNumber.Trim().ToUpperInvariant();
        var entry = number.Length <= 40 ? await session.Query<CaseIndexEntry>().FirstOrDefaultAsync(x => x.TrackingNumber == number, ct) : null;
        // Hash even when the number is unknown, so both failures take the same time.
        if (!TrackingCredentials.Matches(accessCode.Trim().ToUpperInvariant(), entry?.AccessCodeHash) || entry is null) return new RatingOutcome.NotFound();

        var alreadyRated = await session.LoadAsync<CaseFollowUp>(CaseFollowUp.IdFor(entry.Id), ct) is not null;
        var decision = FollowUpRules.Rate(RatedCaseOf(entry), alreadyRated, command, now);
        if (decision.Refusal is { } refusal) return new RatingOutcome.Refused(refusal);
        var rated = (HandlingRated)decision.Events[0];
        session.Events.StartStream<CaseFollowUp>(rated.CaseFollowUpId, rated);
        return new RatingOutcome.Rated(rated);
    }

    public static RatedCase RatedCaseOf(CaseIndexRow entry) => new(new CaseReference(entry.Kind, entry.Id), entry.CountyCode, !entry.IsOpen,
        entry.EndedAt is { } ended ? ShanghaiTime.DateOf(ended) : null);
}
