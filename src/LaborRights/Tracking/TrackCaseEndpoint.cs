using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Tracking;

/// <summary>What a complainant or applicant sees of their own case, whatever its kind.</summary>
/// <param name="NextStep">What the office must do next, by its stable name (<c>acceptance</c>, <c>investigation</c>, <c>award</c>); null once the case has ended or while its clock is stopped.</param>
/// <param name="NextStepZh">The same step in plain Chinese, e.g. 受理审查.</param>
/// <param name="NextDueOn">The day by which the law says that step must be done.</param>
/// <param name="NextDueOn">The day by which the law says that step must be done; the day itself counts (含当日).</param>
/// <param name="DeadlineIsProvisional">The day lies beyond the published holiday calendar and may still move.</param>
public sealed record PublicCaseStatus(
    string TrackingNumber, CaseKind Kind, string? CaseNumber, string Status, string StatusZh, bool IsOpen,
    string? NextStep, string? NextStepZh, DateOnly? NextDueOn, bool DeadlineIsProvisional, IReadOnlyList<PublicTimelineEntry> Timeline)
{
    /// <summary>The office let a deadline pass: <see cref="NextDueOn"/> (when given) is in the past and the step is still not done.</summary>
    public bool DeadlinePassed { get; init; }

    /// <summary>The statutory steps whose deadline passed while still pending (<c>acceptance</c>, <c>investigation</c>, <c>payment</c>, <c>award</c>, <c>material</c>).</summary>
    public IReadOnlyList<string> OverdueSteps { get; init; } = [];

    /// <summary>What the worker may do now, in plain words with the law it rests on; empty while nothing calls for it.</summary>
    public IReadOnlyList<PublicRemedy> WhatYouMayDo { get; init; } = [];

    /// <summary>The case has ended and may be rated now (<c>POST /api/tracking/{trackingNumber}/rating</c>): once, within 180 days.</summary>
    public bool MayRate { get; init; }

    /// <summary>The worker's rating of the handling and the answer to a review asked for, once rated.</summary>
    public PublicRating? Rating { get; init; }

    /// <summary>The notifications sent about the case (by text message when it has a number), oldest first.</summary>
    public IReadOnlyList<PublicNotification> Notifications { get; init; } = [];

    /// <summary>The official documents addressed to the filer (文书), with when each reached them and the periods that run from it.</summary>
    public IReadOnlyList<PublicDocument> Documents { get; init; } = [];
}

/// <summary>A document addressed to the filer, as tracking shows it: no content (it is handed over), its dates and periods.</summary>
public sealed record PublicDocument(string Title, string Number, DateOnly IssuedOn, DateOnly? ServedOn, IReadOnlyList<PublicDocumentPeriod> Periods);

/// <summary>What the filer may do after a document reached them, until when (申请行政复议至…, 向人民法院起诉至…).</summary>
public sealed record PublicDocumentPeriod(string TextZh, string TextEn, DateOnly EndsOn);

/// <summary>One notification as the worker reads it back on tracking.</summary>
public sealed record PublicNotification(DateTimeOffset SentAt, string TextZh, string TextEn, bool SentByText);

/// <summary>The worker's own rating as tracking shows it back, with the supervisor's answer to a review.</summary>
public sealed record PublicRating(int Score, string? Comment, DateTimeOffset RatedAt, bool ReviewRequested, FollowUp.ReviewOutcome? ReviewOutcome,
    string? ReviewAnswer)
{
    public static PublicRating Of(FollowUp.CaseFollowUp f) => new(f.Score, f.Comment, f.RatedAt, f.ReviewRequested, f.ReviewOutcome, f.ReviewAnswer);
}

public sealed record PublicTimelineEntry(DateTimeOffset At, string TextZh, string TextEn);

/// <summary>
/// One case kind's public tracking: tracking numbers of that kind start with <see cref="Prefix"/>.
/// <see cref="FindAsync"/> answers null both for an unknown number and a wrong access code.
/// </summary>
public interface IPublicTrackingSource
{
    string Prefix { get; }
    /// <param name="today">Today in Shanghai: what has passed and what the worker may do now depend on it.</param>
    Task<PublicCaseStatus?> FindAsync(string trackingNumber, string accessCode, DateOnly today, IQuerySession session, CancellationToken ct);
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
    [EndpointSummary("查询案件进度 · Track a case with its tracking number")]
    [EndpointDescription("投诉人、举报人或仲裁申请人无需登录，凭查询号和查询码（放在 X-Access-Code 请求头中）查看自己案件的状态、" +
        "下一步及其法定期限和办理经过，各类案件通用。查询号不存在和查询码错误都返回同样的 404，不会透露案件是否存在；请求过于频繁返回 429。\n\n" +
        "A complainant, reporter or applicant follows their own case of any kind without signing in, with its tracking number and the access code " +
        "(in the X-Access-Code header): its status, the next step with its statutory deadline, and what has happened so far. An unknown number and " +
        "a wrong code get the same 404, so nothing is learned about which cases exist; too many requests get 429.")]
    [Tags("公开查询 · Public tracking")]
    [WolverineGet("/api/tracking/{trackingNumber}", OperationId = "trackCase")]
    [AcceptsHeader(AccessCodeHeader, "提交时取得的查询码。/ The access code given when the case was filed.", Required = true, MaxLength = 40)]
    public static async Task<Answer<PublicCaseStatus>> Get(
        string trackingNumber, HttpRequest request, IQuerySession session, PublicTracking tracking, TimeProvider clock, CancellationToken ct)
    {
        var number = trackingNumber.Trim().ToUpperInvariant();
        var code = request.Headers[AccessCodeHeader].ToString();
        var source = number.Length <= 40 ? tracking.SourceFor(number) : null;
        var status = source is null ? null : await source.FindAsync(number, code, ShanghaiTime.Today(clock), session, ct);
        return status is null
            ? Problems.NotFound("该查询号或查询码不正确的案件 / case with that tracking number and access code")
            : status;
    }
}
