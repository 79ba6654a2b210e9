using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Tracking;

/// <summary>What a complainant or applicant sees of their own case, whatever its kind.</summary>
/// <param name="NextStep">What the office must do next, by its stable name (<c>acceptance</c>, <c>investigation</c>, <c>award</c>); null once the case has ended or while its clock is stopped.</param>
/// <param name="NextStepZh">The same step in plain Chinese, e.g. 受理审查.</param>
/// <param name="NextDueOn">The day by which the law says that step must be done.</param>
/// <param name="DeadlineIsProvisional">The day lies beyond the published holiday calendar and may still move.</param>
public sealed record PublicCaseStatus(
    string TrackingNumber, CaseKind Kind, string? CaseNumber, string Status, string StatusZh, bool IsOpen,
    string? NextStep, string? NextStepZh, DateOnly? NextDueOn, bool DeadlineIsProvisional, IReadOnlyList<PublicTimelineEntry> Timeline);

public sealed record PublicTimelineEntry(DateTimeOffset At, string TextZh, string TextEn);

/// <summary>
/// One case kind's public tracking: tracking numbers of that kind start with <see cref="Prefix"/>.
/// <see cref="FindAsync"/> answers null both for an unknown number and a wrong access code.
/// </summary>
public interface IPublicTrackingSource
{
    string Prefix { get; }
    Task<PublicCaseStatus?> FindAsync(string trackingNumber, string accessCode, IQuerySession session, CancellationToken ct);
}

/// <summary>All tracking sources, found by the prefix of the tracking number.</summary>
public sealed class PublicTracking(IEnumerable<IPublicTrackingSource> sources)
{
    private readonly IReadOnlyList<IPublicTrackingSource> _sources = sources.ToList();

    public IPublicTrackingSource? SourceFor(string trackingNumber) =>
        _sources.FirstOrDefault(s => trackingNumber.StartsWith(s.Prefix, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Follow a case with its tracking number and access code (header <c>X-Access-Code</c>). An unknown number
/// and a wrong code get the same 404, so a guess learns nothing.
/// </summary>
public static class TrackCaseEndpoint
{
    public const string AccessCodeHeader = "X-Access-Code";

    /// <summary>Where a filer follows the case: the <c>Location</c> of a public filing's answer.</summary>
    public static string PathOf(string trackingNumber) => $"/api/tracking/{trackingNumber}";

    [Public]
    [WolverineGet("/api/tracking/{trackingNumber}")]
    [AcceptsHeader(AccessCodeHeader, "提交时取得的查询码。/ The access code given when the case was filed.", Required = true, MaxLength = 40)]
    public static async Task<Answer<PublicCaseStatus>> Get(
        string trackingNumber, HttpRequest request, IQuerySession session, PublicTracking tracking, CancellationToken ct)
    {
        var number = trackingNumber.Trim().ToUpperInvariant();
        var code = request.Headers[AccessCodeHeader].ToString();
        var source = number.Length <= 40 ? tracking.SourceFor(number) : null;
        var status = source is null ? null : await source.FindAsync(number, code, session, ct);
        return status is null
            ? Problems.NotFound("该查询号或查询码不正确的案件 / case with that tracking number and access code")
            : status;
    }
}
