using System.Security.Claims;
using LaborRights.Benchmark.Scoring;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Tracking;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.FollowUp;

/// <summary>The worker's rating as recorded; a review asked for goes to the supervisors of the case's city and province.</summary>
public sealed record HandlingRatingRecorded(string TrackingNumber, int Score, bool ReviewRequested, string Message);

/// <summary>A follow-up after a command: send <paramref name="Version"/> with the next one.</summary>
public sealed record FollowUpCommandAccepted(Guid Id, int Version, bool ReviewPending, ReviewOutcome? ReviewOutcome);

public static class RateHandlingEndpoint
{
    public static ProblemDetails Validate(RateHandling command) => FollowUpRules.Validate(command).OrContinue();

    [Public]
    [EndpointSummary("评价案件办理情况 · Rate how a case was handled")]
    [EndpointDescription("投诉人或仲裁申请人在案件办结后180天内，凭查询号和查询码（X-Access-Code 请求头）评价办理情况，每件案件一次：" +
        "满意程度1至5分和评价意见；评为1至2分（不满意）的，可以写明理由申请复核，由案件所在市或省级督查人员答复，答复在查询页面可见。" +
        "成功返回 201；查询号或查询码不正确返回 404；案件尚未办结、已评价过或已超过180天返回 422。本记录不保存评价人的个人信息。\n\n" +
        "The complainant or applicant rates the handling of their case within 180 days of its end, once, with the tracking number and the " +
        "access code (X-Access-Code header): a score from 1 to 5 and a comment. With a dissatisfied score (1 or 2) they may ask for a review, " +
        "with the reason; a supervisor of the case's city or of the province answers it, and the answer shows on tracking. 201 when recorded; 404 " +
        "for a wrong number or code; 422 when the case has not ended, was already rated, or ended more than 180 days ago. The record keeps no " +
        "personal data of the person rating.")]
    [Tags("公开查询 · Public tracking")]
    [WolverinePost("/api/tracking/{trackingNumber}/rating", OperationId = "rateCaseHandling")]
    [AcceptsHeader(TrackCaseEndpoint.AccessCodeHeader, "提交时取得的查询码。/ The access code given when the case was filed.", Required = true, MaxLength = 40)]
    [AnswersProblem(StatusCodes.Status404NotFound)]
    [AnswersProblem(StatusCodes.Status409Conflict)]
    [AnswersProblem(StatusCodes.Status422UnprocessableEntity)]
    public static async Task<CreatedAnswer<HandlingRatingRecorded>> Post(
        string trackingNumber, RateHandling command, HttpRequest request, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await FollowUpIntake.RateAsync(session, trackingNumber, request.Headers[TrackCaseEndpoint.AccessCodeHeader].ToString(), command,
            clock.GetUtcNow(), ct);
        return outcome switch
        {
            RatingOutcome.Rated rated => CreatedAnswer<HandlingRatingRecorded>.At(TrackCaseEndpoint.PathOf(trackingNumber.Trim().ToUpperInvariant()),
                Recorded(trackingNumber.Trim().ToUpperInvariant(), rated.Rating)),
            RatingOutcome.Refused refused => Problems.Refused(refused.Refusal),
            _ => Problems.NotFound("该查询号或查询码不正确的案件 / case with that tracking number and access code"),
        };
    }

    public static HandlingRatingRecorded Recorded(string trackingNumber, HandlingRated rated) => new(trackingNumber, rated.Score,
        rated.ReviewReason is not null,
        rated.ReviewReason is not null
            ? "感谢您的评价。您的复核申请已转交督查人员，答复后可在查询页面看到。/ Thank you. Your request for review went to the supervisors; their answer will show on tracking."
            : "感谢您的评价。/ Thank you for your rating.");
}

/// <summary>One follow-up record, in the county of its case: supervisors over that county reach it, others get 404.</summary>
public sealed class FollowUpAccessAttribute(params string[] roles) : ScopedRecordAccess(roles)
{
    public override string What => "该回访记录 / follow-up";

    public override async Task<string?> CountyOfAsync(Guid id, IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<CaseFollowUp>(id, ct))?.CountyCode;

    public override string ToString() => $"follow-up({string.Join(',', AllowedRoles)})";
}

public static class FollowUpListEndpoints
{
    [Staff(StaffRoles.Supervisor)]
    [EndpointSummary("回访评价列表 · List follow-up ratings")]
    [EndpointDescription("督查人员分页查看本人管辖范围内劳动者对已办结案件的评价，待答复的复核申请排在前面，其余最新的在前；" +
        "reviewPending=true 只看待答复的复核申请（督查人员的复核待办），county 只看一个县。每页最多100条。\n\n" +
        "Supervisors list the ratings workers gave their ended cases in the supervisor's divisions, requests for review awaiting an answer " +
        "first, then newest first; reviewPending=true keeps the requests awaiting an answer (the supervisors' review queue), county one county. " +
        "At most 100 rows a page.")]
    [Tags("回访 · Follow-up")]
    [WolverineGet("/api/follow-ups", OperationId = "listFollowUps")]
    public static async Task<Answer<Page<CaseFollowUp>>> List(
        IQuerySession session, ClaimsPrincipal user, ShandongRegions regions, CancellationToken ct,
        bool? reviewPending = null, string? county = null, int page = 1, int pageSize = 20)
    {
        if (new FieldErrors().Place(regions, county, null).Paging(page, pageSize) is { Any: true } errors) return errors.ToProblem();
        var query = session.Query<CaseFollowUp>().InScopeAndPlace(StaffScope.Of(user, regions), county, null);
        if (reviewPending is { } pending) query = query.Where(x => x.ReviewPending == pending);
        var result = await query.OrderByDescending(x => x.ReviewPending).ThenByDescending(x => x.RatedAt).ThenBy(x => x.Id)
            .ToPagedListAsync(page, pageSize, ct);
        return Page<CaseFollowUp>.From(result);
    }

    [Staff(StaffRoles.Supervisor)]
    [EndpointSummary("满意度统计 · Satisfaction per county")]
    [EndpointDescription("督查人员按县查看一个期间（period：年份如 2026，或季度如 2026Q3；默认今年）内劳动者评价的件数、平均分、" +
        "不满意（1至2分）件数和比例、申请复核和待答复件数，只含本人管辖范围内的县，按平均分从低到高排列。目前的标杆评价方法（v1）不使用这些数字。\n\n" +
        "Supervisors read, per county, the ratings workers gave in a period (period: a year such as 2026 or a quarter such as 2026Q3; this year " +
        "by default): how many, the average score, how many and what share were dissatisfied (1 or 2), reviews asked for and still awaiting an " +
        "answer — for the counties in their divisions, lowest average first. Benchmark method v1 does not use these figures.")]
    [Tags("回访 · Follow-up")]
    [WolverineGet("/api/follow-ups/satisfaction", OperationId = "getSatisfaction")]
    public static async Task<Answer<SatisfactionReport>> Satisfaction(
        IQuerySession session, ClaimsPrincipal user, ShandongRegions regions, TimeProvider clock, CancellationToken ct, string? period = null)
    {
        BenchmarkPeriod? parsed = null;
        if (period is not null && !BenchmarkPeriod.TryParse(period, out parsed))
            return new FieldErrors().Add("period", "期间应为年份（如 2026）或季度（如 2026Q3）", "The period is a year (e.g. 2026) or a quarter (e.g. 2026Q3)").ToProblem();
        return await SatisfactionReport.ReadAsync(session, StaffScope.Of(user, regions), regions,
            parsed ?? BenchmarkPeriod.OfYear(ShanghaiTime.Today(clock).Year), ct);
    }
}

public static class AnswerReviewEndpoint
{
    public static ProblemDetails Validate(AnswerReview command) => FollowUpRules.Validate(command).OrContinue();

    [FollowUpAccess(StaffRoles.Supervisor)]
    [EndpointSummary("答复复核申请 · Answer a request for review")]
    [EndpointDescription("案件所在市或省级的督查人员答复劳动者的复核申请：复核结果（Upheld 维持，Corrected 纠正）和答复内容，劳动者在查询页面可见。" +
        "须提交所看到的 version，已过期返回 409；没有待答复的申请或本人不是市级或省级督查人员返回 422。\n\n" +
        "A supervisor of the case's city or of the province answers the worker's request for review: the outcome (Upheld or Corrected) and " +
        "the answer, which the worker sees on tracking. Send the version you saw (409 when stale); 422 when no request awaits an answer or the " +
        "caller is not a city or province supervisor over the case.")]
    [Tags("回访 · Follow-up")]
    [WolverinePost("/api/follow-ups/{id}/answer-review", OperationId = "answerReview")]
    public static (CommandAnswer<FollowUpCommandAccepted>, Events) Post(AnswerReview command,
        [WriteAggregate(AlwaysEnforceConsistency = true)] CaseFollowUp followUp, ClaimsPrincipal user, ShandongRegions regions, TimeProvider clock)
    {
        var decision = FollowUpRules.Answer(followUp, command, StaffScope.Of(user, regions), user.Identity!.Name!, clock.GetUtcNow());
        if (decision.Refusal is { } refusal) return (Problems.Refused(refusal), []);
        var answered = (ReviewAnswered)decision.Events[0];
        return (new FollowUpCommandAccepted(followUp.Id, followUp.Version + 1, false, answered.Outcome), [answered]);
    }
}

public static class FollowUpModule
{
    public static StoreOptions ConfigureFollowUp(this StoreOptions opts)
    {
        opts.Projections.Snapshot<CaseFollowUp>(JasperFx.Events.Projections.SnapshotLifecycle.Inline);
        opts.Schema.For<CaseFollowUp>()
            .Index(x => x.CountyCode)
            .Index(x => x.RatedOn)
            .Index(x => x.ReviewPending);
        return opts;
    }
}
