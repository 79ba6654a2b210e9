using JasperFx.Events;
using LaborRights.CaseIndex;
using Marten;

namespace LaborRights.Tracking;

/// <summary>
/// Public tracking of one kind of case (its tracking numbers start with <see cref="Prefix"/>), read from the case
/// index: found by tracking number, opened only with the access code (only its salted hash is kept); the timeline is
/// read from the events, filtered by the kind's text for the public.
/// </summary>
public sealed class CaseIndexTracking(string prefix, Func<object, HistoryText?> describeForPublic) : IPublicTrackingSource
{
    public string Prefix => prefix;

    public async Task<PublicCaseStatus?> FindAsync(string trackingNumber, string accessCode, DateOnly today, IQuerySession session, CancellationToken ct)
    {
        var entry = await session.Query<CaseIndexEntry>().FirstOrDefaultAsync(x => x.TrackingNumber == trackingNumber, ct);
        // Hash even when the number is unknown, so both failures take the same time.
        if (!TrackingCredentials.Matches(accessCode, entry?.AccessCodeHash) || entry is null) return null;

        var events = await session.Events.FetchStreamAsync(entry.Id, token: ct);
        var followUp = FollowUp.FollowUpRules.IsRated(entry.Kind)
            ? await session.LoadAsync<FollowUp.CaseFollowUp>(FollowUp.CaseFollowUp.IdFor(entry.Id), ct)
            : null;
        var notifications = await session.Query<Notifications.WorkerNotification>().Where(x => x.CaseId == entry.Id)
            .OrderBy(x => x.SentAt).ToListAsync(ct);
        var documents = await Documents.DocumentReadEndpoints.CaseDocumentsAsync(session, new CaseReference(entry.Kind, entry.Id), ct);
        return StatusOf(entry, events, describeForPublic, today) with
        {
            Documents = [.. documents.Issued.Where(d => d.Addressees.Any(IsFiler)).Select(d => new PublicDocument(d.Title, d.Number,
                ShanghaiTime.DateOf(d.Current.IssuedAt), d.Addressees.Where(IsFiler).Select(a => d.ServiceOn(a)?.ServedOn).FirstOrDefault(),
                [.. d.Deadlines.Where(x => IsFiler(x.For)).Select(x => new PublicDocumentPeriod(x.Zh, PeriodEn(x.Code), x.EndsOn))]))],
            Notifications = [.. notifications.Select(n => new PublicNotification(n.SentAt, n.TextZh, n.TextEn, n.Channel != "none"))],
            Rating = followUp is null ? null : PublicRating.Of(followUp),
            MayRate = FollowUp.FollowUpRules.IsRated(entry.Kind)
                && FollowUp.FollowUpRules.RefuseRating(FollowUp.FollowUpIntake.RatedCaseOf(entry), followUp is not null, today) is null,
        };
    }

    /// <summary>The filer's side of a document: the complainant, or the applicant for arbitration.</summary>
    private static bool IsFiler(Documents.DocumentAddressee a) => a is Documents.DocumentAddressee.Complainant or Documents.DocumentAddressee.Applicant;

    private static string PeriodEn(string code) =>
        Documents.DocumentKinds.All.SelectMany(k => k.Periods).FirstOrDefault(p => p.Code == code)?.En ?? code;

    /// <summary>What the filer sees of the case as its index entry and events leave it, today.</summary>
    public static PublicCaseStatus StatusOf(CaseIndexEntry entry, IEnumerable<IEvent> events, Func<object, HistoryText?> describeForPublic, DateOnly today)
    {
        var step = entry.NextStep;
        var passed = step is not null && (entry.OverdueSteps.Contains(step) || entry.IsOpen && entry.NextDueOn is { } due && due < today);
        return new PublicCaseStatus(entry.TrackingNumber!, entry.Kind, entry.CaseNumber, entry.Status, entry.StatusZh, entry.IsOpen,
            step, step is not null ? CaseSteps.Chinese(step) : null, entry.NextDueOn, step is not null && entry.DeadlineIsProvisional,
            CaseHistory.PublicTimeline(events, describeForPublic))
        {
            DeadlinePassed = passed,
            OverdueSteps = [.. entry.OverdueSteps],
            WhatYouMayDo = WorkerRemedies.For(entry, today),
        };
    }
}
