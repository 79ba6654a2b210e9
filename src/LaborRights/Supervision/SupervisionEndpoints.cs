using System.Security.Claims;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Supervision;

internal static class SupervisionTexts
{
    public const string Tag = "挂牌督办 · Priority supervision";
    public const string Missing = "该督办事项 / supervision";

    public static string PathOf(Guid id) => $"/api/supervisions/{id}";

    /// <summary>The answer, events and messages of a command on a supervision.</summary>
    public static (CommandAnswer<SupervisionCommandAccepted>, Events) Answer(PrioritySupervision supervision, Decision decision)
    {
        if (decision.Refusal is { } refusal) return (Problems.Refused(refusal), []);
        var after = decision.Events.Aggregate(supervision, SupervisionFold.Apply);
        var events = new Events();
        events.AddRange(decision.Events);
        return (new SupervisionCommandAccepted(supervision.Id, supervision.Version + decision.Events.Count, after.Status, after.IsLate,
            after.EscalatedToProvince), events);
    }
}

/// <summary>The one fold of a supervision's events, as the snapshot applies them.</summary>
public static class SupervisionFold
{
    public static PrioritySupervision Apply(PrioritySupervision? state, object e) => e switch
    {
        SupervisionOpened x => PrioritySupervision.Create(x),
        SupervisionProgressReported x => state!.Apply(x),
        SupervisionCompletionReturned x => state!.Apply(x),
        SupervisionConcluded x => state!.Apply(x),
        SupervisionDateMissed x => state!.Apply(x),
        _ => state ?? throw new InvalidOperationException($"A supervision cannot start with {e.GetType().Name}."),
    };
}

public static class OpenSupervisionEndpoint
{
    public static ProblemDetails Validate(OpenSupervision command, TimeProvider clock) =>
        SupervisionRules.Validate(command, ShanghaiTime.Today(clock)).OrContinue();

    [Staff(StaffRoles.Supervisor)]
    [EndpointSummary("挂牌督办案件 · Flag a case for priority supervision")]
    [EndpointDescription("案件所在市或省级的督查人员对管辖范围内任一类尚未结束的案件挂牌督办：写明督办要求和完成期限（晚于今天，一年以内）。" +
        "成功返回 201，Location 为督办事项地址；完成期限届满时承办人员仍未报告办结的，督办事项标为逾期，市级挂牌的同时上报省级督查人员。" +
        "案件不存在或不在本人可查看的范围内返回 404；案件已结束、已在督办中或本人不是市级或省级督查人员返回 422；" +
        "另一人同时挂牌返回 409。\n\n" +
        "A supervisor of the case's city or of the province flags a case of any kind in their divisions that has not ended, with instructions and " +
        "a completion date (after today, within a year). The answer is 201 with the supervision's address in Location. If the case's staff have " +
        "not reported completion by the end of that date, the supervision becomes late and a city's flag is escalated to the province's " +
        "supervisors. 404 when the case is unknown or not one the caller reads; 422 when it has ended, is already under supervision, or the " +
        "caller is not a city or province supervisor over it; 409 when someone flagged it at the same moment.")]
    [Tags(SupervisionTexts.Tag)]
    [AnswersProblem(StatusCodes.Status404NotFound)]
    [AnswersProblem(StatusCodes.Status409Conflict)]
    [AnswersProblem(StatusCodes.Status422UnprocessableEntity)]
    [WolverinePost("/api/supervisions", OperationId = "openSupervision")]
    public static async Task<(CreatedAnswer<SupervisionCommandAccepted>, OutgoingMessages)> Post(
        OpenSupervision command, IDocumentSession session, ClaimsPrincipal user, ShandongRegions regions, TimeProvider clock, CancellationToken ct)
    {
        var plan = await SupervisionOpening.PlanAsync(session, command, StaffScope.Of(user, regions), user.Identity!.Name!, clock.GetUtcNow(), ct);
        if (plan is null) return (Problems.NotFound("该案件 / case"), []);
        if (plan.Decision.Refusal is { } refusal) return (Problems.Refused(refusal), []);
        session.Events.StartStream<PrioritySupervision>(plan.Id, [.. plan.Decision.Events]);
        var opened = SupervisionFold.Apply(null, plan.Decision.Events[0]);
        return (CreatedAnswer<SupervisionCommandAccepted>.At(SupervisionTexts.PathOf(plan.Id),
                new SupervisionCommandAccepted(plan.Id, 1, opened.Status, opened.IsLate, opened.EscalatedToProvince)),
            SupervisionDeadlineHandler.FollowUps(plan.Decision.Events));
    }
}

public static class SupervisionReadEndpoints
{
    [SupervisionAccess(SupervisionPurpose.Read, StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor)]
    [EndpointSummary("查看督办事项 · Get a supervision")]
    [EndpointDescription("案件的承办人员和督查人员查看一项挂牌督办：督办的案件、层级（市级或省级）、督办要求、完成期限、剩余天数（已过期为负数）、" +
        "状态、是否逾期和上报省级、每一次进展报告、退回和销号，以及案件当前的办理进度。不存在或不在本人范围内的，均返回 404。\n\n" +
        "The case's staff and supervisors read one priority supervision: the case, the level (city or province), the instructions, the " +
        "completion date, the days left (negative once passed), the state, whether it is late or escalated to the province, every progress " +
        "report, return and conclusion, and where the case stands now. Unknown and out-of-reach supervisions both get 404.")]
    [Tags(SupervisionTexts.Tag)]
    [WolverineGet("/api/supervisions/{id}", OperationId = "getSupervision")]
    public static async Task<Answer<SupervisionView>> Get(Guid id, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
        await session.LoadAsync<PrioritySupervision>(id, ct) is { } supervision
            ? (await SupervisionView.ReadAsync(session, [supervision], ShanghaiTime.Today(clock), ct))[0]
            : Problems.NotFound(SupervisionTexts.Missing);

    [Staff(StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor)]
    [EndpointSummary("督办事项列表 · List supervisions")]
    [EndpointDescription("督查人员和承办人员分页查看本人范围内（本人的县市、本人可查看的案件种类）的挂牌督办，逾期的在前，其余按完成期限排列。" +
        "state：active（未销号，默认）、late（已逾期）、awaitingReview（已报告办结、待审核）、escalated（已上报省级）、concluded（已销号）、all。" +
        "caseId 只看某件案件的督办；openedByMe=true 只看本人挂牌的。每页最多100条。\n\n" +
        "Supervisors and case staff list the priority supervisions in their reach (their divisions, the case kinds they read), late ones first, " +
        "then by completion date. state: active (not concluded; the default), late, awaitingReview (completion reported), escalated (to the " +
        "province), concluded, all. caseId keeps one case's; openedByMe=true those the caller flagged. At most 100 rows a page.")]
    [Tags(SupervisionTexts.Tag)]
    [WolverineGet("/api/supervisions", OperationId = "listSupervisions")]
    public static async Task<Answer<Page<SupervisionView>>> List(
        IQuerySession session, ClaimsPrincipal user, ShandongRegions regions, TimeProvider clock, CancellationToken ct,
        SupervisionListState state = SupervisionListState.Active, Guid? caseId = null, bool openedByMe = false, int page = 1, int pageSize = 20)
    {
        if (new FieldErrors().Paging(page, pageSize) is { Any: true } errors) return errors.ToProblem();
        var today = ShanghaiTime.Today(clock);
        var result = await SupervisionLists.For(session, StaffScope.Of(user, regions), state, today, caseId, openedByMe, user.Identity!.Name)
            .ToPagedListAsync(page, pageSize, ct);
        var views = await SupervisionView.ReadAsync(session, result.ToList(), today, ct);
        return new Page<SupervisionView>(views, result.PageNumber, result.PageSize, result.TotalItemCount, result.PageCount);
    }
}

public static class ReportSupervisionProgressEndpoint
{
    public static ProblemDetails Validate(ReportSupervisionProgress command) => SupervisionRules.Validate(command).OrContinue();

    [SupervisionAccess(SupervisionPurpose.Report, StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.ArbitrationChair)]
    [EndpointSummary("报告督办进展 · Report progress on a supervision")]
    [EndpointDescription("案件的承办人员（监察员；仲裁案件为仲裁员或仲裁委员会主任）向督办单位报告进展；completed=true 为办结报告，" +
        "等待督查人员销号或退回，期间不能再报告。须提交所看到的督办事项 version，已过期返回 409；已销号或办结报告待审核返回 422。\n\n" +
        "The case's staff (inspectors; for arbitration the arbitrators or the commission's chair) report progress to the supervisor; " +
        "completed=true is the completion report, which awaits the supervisor's conclusion or return (no further report meanwhile). Send the " +
        "supervision version you saw (409 when stale); 422 when it is concluded or a completion report awaits review.")]
    [Tags(SupervisionTexts.Tag)]
    [WolverinePost("/api/supervisions/{id}/report", OperationId = "reportSupervisionProgress")]
    public static (CommandAnswer<SupervisionCommandAccepted>, Events) Post(ReportSupervisionProgress command,
        [WriteAggregate(AlwaysEnforceConsistency = true)] PrioritySupervision supervision, ClaimsPrincipal user, ShandongRegions regions,
        TimeProvider clock) =>
        SupervisionTexts.Answer(supervision,
            SupervisionRules.Report(supervision, command, StaffScope.Of(user, regions), user.Identity!.Name!, clock.GetUtcNow()));
}

public static class ConcludeSupervisionEndpoint
{
    public static ProblemDetails Validate(ConcludeSupervision command) => SupervisionRules.Validate(command).OrContinue();

    [SupervisionAccess(SupervisionPurpose.Decide, StaffRoles.Supervisor)]
    [EndpointSummary("督办销号 · Conclude a supervision")]
    [EndpointDescription("督办单位的督查人员（市级挂牌由该市或省级，已上报省级的由省级）在承办人员报告办结后销号，写明意见。" +
        "须提交所看到的 version，已过期返回 409；尚未报告办结、已销号或本人不是审核层级返回 422。\n\n" +
        "A supervisor of the deciding level (a city's flag: that city or the province; once escalated, the province) concludes the supervision " +
        "after the staff reported completion, with a note. Send the version you saw (409 when stale); 422 when no completion report awaits, it " +
        "is already concluded, or the caller is not of the deciding level.")]
    [Tags(SupervisionTexts.Tag)]
    [WolverinePost("/api/supervisions/{id}/conclude", OperationId = "concludeSupervision")]
    public static (CommandAnswer<SupervisionCommandAccepted>, Events) Post(ConcludeSupervision command,
        [WriteAggregate(AlwaysEnforceConsistency = true)] PrioritySupervision supervision, ClaimsPrincipal user, ShandongRegions regions,
        TimeProvider clock) =>
        SupervisionTexts.Answer(supervision,
            SupervisionRules.Conclude(supervision, command, StaffScope.Of(user, regions), user.Identity!.Name!, clock.GetUtcNow()));
}

public static class ReturnSupervisionReportEndpoint
{
    public static ProblemDetails Validate(ReturnSupervisionReport command) => SupervisionRules.Validate(command).OrContinue();

    [SupervisionAccess(SupervisionPurpose.Decide, StaffRoles.Supervisor)]
    [EndpointSummary("退回办结报告 · Return a completion report")]
    [EndpointDescription("督办单位的督查人员不同意办结报告，写明理由退回，案件继续督办；完成期限已过的，退回时督办事项即为逾期（市级挂牌同时上报省级）。" +
        "须提交所看到的 version，已过期返回 409；尚未报告办结、已销号或本人不是审核层级返回 422。\n\n" +
        "A supervisor of the deciding level returns the completion report with the reason; the supervision goes on. Returned after the " +
        "completion date, the supervision is late from then on (a city's flag is escalated to the province). Send the version you saw (409 when " +
        "stale); 422 when no completion report awaits, it is already concluded, or the caller is not of the deciding level.")]
    [Tags(SupervisionTexts.Tag)]
    [WolverinePost("/api/supervisions/{id}/return", OperationId = "returnSupervisionReport")]
    public static (CommandAnswer<SupervisionCommandAccepted>, Events) Post(ReturnSupervisionReport command,
        [WriteAggregate(AlwaysEnforceConsistency = true)] PrioritySupervision supervision, ClaimsPrincipal user, ShandongRegions regions,
        TimeProvider clock) =>
        SupervisionTexts.Answer(supervision,
            SupervisionRules.Return(supervision, command, StaffScope.Of(user, regions), user.Identity!.Name!, clock.GetUtcNow()));
}

public static class SupervisionModule
{
    public static StoreOptions ConfigureSupervision(this StoreOptions opts)
    {
        opts.Projections.Snapshot<PrioritySupervision>(JasperFx.Events.Projections.SnapshotLifecycle.Inline);
        opts.Schema.For<PrioritySupervision>()
            .Index(x => x.Case.Id)
            .Index(x => x.CountyCode)
            .Index(x => x.CompleteBy);
        return opts;
    }
}
