using LaborRights.WageArrears.Filing;
using LaborRights.WageArrears.GettingDetails;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace LaborRights.WageArrears.Tracking;

public sealed record PublicCaseStatus(
    string TrackingNumber, string? CaseNumber, CaseStatus Status, string StatusZh, IReadOnlyList<PublicTimelineEntry> Timeline);

public sealed record PublicTimelineEntry(DateTimeOffset At, string TextZh, string TextEn);

/// <summary>
/// A complainant follows their case with the tracking number and the access code (header <c>X-Access-Code</c>).
/// An unknown number and a wrong code get the same 404, so a guess learns nothing.
/// </summary>
public static class TrackComplaintEndpoint
{
    public const string AccessCodeHeader = "X-Access-Code";

    [AllowAnonymous]
    [WolverineGet("/api/tracking/{trackingNumber}")]
    public static async Task<IResult> Get(string trackingNumber, HttpRequest request, IQuerySession session, CancellationToken ct)
    {
        var code = request.Headers[AccessCodeHeader].ToString();
        var tracking = trackingNumber.Length > 40
            ? null
            : await session.Query<PublicCaseTracking>().FirstOrDefaultAsync(x => x.TrackingNumber == trackingNumber.Trim().ToUpperInvariant(), ct);
        // Hash even when the number is unknown, so both failures take the same time.
        var matches = TrackingCredentials.Matches(code, tracking?.AccessCodeHash ?? new string('0', 64));
        if (tracking is null || !matches)
            return Problems.NotFound("该查询号或查询码不正确的投诉 / complaint with that tracking number and access code").ToResult();

        var events = await session.Events.FetchStreamAsync(tracking.Id, token: ct);
        var timeline = events
            .Select(e => (e, text: CaseHistoryText.Describe(e.Data, forPublic: true)))
            .Where(x => x.text is not null)
            .Select(x => new PublicTimelineEntry(CaseHistory.BusinessTime(x.e), x.text!.Chinese, x.text!.English))
            .ToList();
        return Results.Ok(new PublicCaseStatus(tracking.TrackingNumber, tracking.CaseNumber, tracking.Status,
            CaseHistoryText.StatusZh(tracking.Status), timeline));
    }
}
