using System.Security.Claims;
using LaborRights.Inspections;
using LaborRights.Inspections.Opening;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Tracking;
using LaborRights.WageArrears.Accepting;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Leads;

/// <summary>The answer to a report: its reference number (no access code: a report is followed up by the office, not tracked).</summary>
public sealed record ReportReceived(string ReferenceNumber, bool Anonymous, string Message);

/// <summary>A lead after a command: send <paramref name="Version"/> with the next one.</summary>
public sealed record LeadAccepted(Guid Id, int Version, LeadStatus Status, Guid? InspectionCaseId);

/// <summary>One lead, in its county: the county's inspectors and supervisors reach it.</summary>
public sealed class LeadAccessAttribute(params string[] roles) : ScopedRecordAccess(roles)
{
    public override string What => "该举报线索 / lead";

    public override async Task<string?> CountyOfAsync(Guid id, IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<InspectionLead>(id, ct))?.CountyCode;

    public override string ToString() => $"lead({string.Join(',', AllowedRoles)})";
}

public static class ReportEndpoint
{
    public const string Path = "/api/reports";

    public static ProblemDetails Validate(ReportForm form, ShandongRegions regions) => form.Validate(regions).OrContinue();

    [Public]
    [EndpointSummary("举报欠薪或就业歧视 · Report an employer")]
    [EndpointDescription("任何人无需登录即可举报用人单位（或包工头、个体户等）拖欠工资或就业歧视：被举报单位名称、统一社会信用代码（不知道可以不填）、" +
        "地址、所在县和举报内容。默认匿名（anonymous 不为 false），不保存举报人的任何信息；实名举报须填姓名和电话，只供监察员核实情况，不公开。" +
        "举报不是个人投诉：它成为所在县监察员的案件线索，由监察员立案检查或说明理由不予立案。成功返回 201 和举报编号（不含个人信息，" +
        "没有查询码）；请求过于频繁返回 429。\n\n" +
        "Anyone reports an employer (or a labour contractor, a shop) owing wages or discriminating, without signing in: the name, the credit " +
        "code (may be left out), the address, the county and what happened. Anonymous by default (anonymous not false): nothing about the " +
        "reporter is kept; a named report gives a name and phone for the inspectors' questions only. A report is not a personal complaint: it " +
        "becomes a lead for the county's inspectors, who open an inspection or set it aside with the reason. 201 with a reference number (no " +
        "personal data, no access code); 429 when too many.")]
    [Tags("举报 · Reports")]
    [WolverinePost(Path, OperationId = "reportEmployer")]
    public static (CreatedAnswer<ReportReceived>, IStartStream) Post(ReportForm form, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7();
        var reported = form.ToEvent(id, TrackingCredentials.NewTrackingNumber(ShanghaiTime.DateOf(now), LeadRules.ReferencePrefix), now);
        var answer = new ReportReceived(reported.ReferenceNumber, reported.Reporter is null,
            $"举报已收到，举报编号{reported.ReferenceNumber}。所在县的劳动保障监察机构会核查处理。/ Report received ({reported.ReferenceNumber}); the county's labour inspectors will look into it.");
        return (CreatedAnswer<ReportReceived>.Unaddressed(answer), MartenOps.StartStream<InspectionLead>(id, reported));
    }
}

public static class LeadReadEndpoints
{
    [LeadAccess(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("查看举报线索 · Get a lead")]
    [EndpointDescription("所在县的监察员和督查人员查看一条举报线索：举报事项、被举报单位、地址、举报内容、是否实名（举报人姓名和电话已脱敏）和处理情况。" +
        "不存在或不在本人范围内的返回 404。\n\n" +
        "The county's inspectors and supervisors read one lead: what is reported, the employer, the address, what happened, whether it is " +
        "named (the reporter's name and phone masked) and what was done. Unknown and out-of-reach leads get 404.")]
    [Tags("举报 · Reports")]
    [WolverineGet("/api/leads/{id}", OperationId = "getLead")]
    public static async Task<Answer<InspectionLead>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<InspectionLead>(id, ct) is { } lead ? lead : Problems.NotFound("该举报线索 / lead");

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("举报线索列表 · List leads")]
    [EndpointDescription("监察员和督查人员分页查看本人管辖范围内的举报线索，待处理的在前、最早的在前；status 只看一种状态，county 只看一个县。每页最多100条。\n\n" +
        "Inspectors and supervisors list the leads in their divisions, open ones first, oldest first; status keeps one state, county one " +
        "county. At most 100 rows a page.")]
    [Tags("举报 · Reports")]
    [WolverineGet("/api/leads", OperationId = "listLeads")]
    public static async Task<Answer<Page<InspectionLead>>> List(IQuerySession session, ClaimsPrincipal user, ShandongRegions regions, CancellationToken ct,
        LeadStatus? status = null, string? county = null, int page = 1, int pageSize = 20)
    {
        if (new FieldErrors().Place(regions, county, null).Paging(page, pageSize) is { Any: true } errors) return errors.ToProblem();
        var query = session.Query<InspectionLead>().InScopeAndPlace(StaffScope.Of(user, regions), county, null);
        if (status is { } s) query = query.Where(x => x.Status == s);
        return Page<InspectionLead>.From(await query.OrderBy(x => x.Status).ThenBy(x => x.ReportedAt).ThenBy(x => x.Id).ToPagedListAsync(page, pageSize, ct));
    }
}

public static class SetLeadAsideEndpoint
{
    public static ProblemDetails Validate(SetLeadAside command) => LeadRules.Validate(command).OrContinue();

    [LeadAccess(StaffRoles.Inspector)]
    [EndpointSummary("举报线索不予立案 · Set a lead aside")]
    [EndpointDescription("所在县的监察员说明理由，对举报线索不予立案（如不属劳动保障监察事项、查无此单位）。须提交 version（409）；已处理的返回 422。\n\n" +
        "An inspector of the county sets a lead aside with the reason (e.g. not a labour-inspection matter, no such employer). Send the version " +
        "(409); 422 when it was already dealt with.")]
    [Tags("举报 · Reports")]
    [WolverinePost("/api/leads/{id}/set-aside", OperationId = "setLeadAside")]
    public static (CommandAnswer<LeadAccepted>, Events) Post(SetLeadAside command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionLead lead,
        ClaimsPrincipal user, ShandongRegions regions, TimeProvider clock)
    {
        var decision = LeadRules.SetAside(lead, command, StaffScope.Of(user, regions), user.Identity!.Name!, clock.GetUtcNow());
        if (decision.Refusal is { } refusal) return (Problems.Refused(refusal), []);
        return (new LeadAccepted(lead.Id, lead.Version + 1, LeadStatus.SetAside, null), [.. decision.Events]);
    }
}

public static class TakeUpLeadEndpoint
{
    [LeadAccess(StaffRoles.Inspector)]
    [EndpointSummary("根据举报立案检查 · Open an inspection from a lead")]
    [EndpointDescription("所在县的监察员根据举报线索立案检查（来源为举报）：须有用人单位的统一社会信用代码（举报中没有的，由监察员查明后填写）。" +
        "检查案件与线索的处理在同一事务中记录，60个工作日办案期限同时开始计算。成功返回 200 和检查案件 id；代码缺失或无效返回 400；已处理的返回 422；" +
        "version 过期返回 409。\n\n" +
        "An inspector of the county opens a labour inspection from the lead (origin Report): the employer's credit code is needed (the " +
        "report's, or one the inspector found). The inspection and the lead's outcome are recorded in one transaction and the 60-working-day " +
        "period starts. 200 with the inspection's id; 400 when the code is missing or invalid; 422 when the lead was already dealt with; 409 " +
        "for a stale version.")]
    [Tags("举报 · Reports")]
    [WolverinePost("/api/leads/{id}/open-inspection", OperationId = "openInspectionFromLead")]
    public static async Task<(CommandAnswer<LeadAccepted>, Events, OutgoingMessages)> Post(TakeUpLead command,
        [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionLead lead, IDocumentSession session, ClaimsPrincipal user, ShandongRegions regions,
        CaseServices<InspectionRules> services, CaseNumbers numbers, CancellationToken ct)
    {
        var (errors, refusal, plan) = await LeadTakeUp.PlanAsync(lead, command, regions, services.ContextFor(user), numbers, ct);
        if (errors.Any) return (errors.ToProblem(), [], []);
        if (refusal is not null || plan is null) return (Problems.Refused(refusal!), [], []);
        plan.StartInspection(session);
        var messages = new OutgoingMessages();
        messages.AddRange(plan.Messages);
        return (new LeadAccepted(lead.Id, lead.Version + 1, LeadStatus.TakenUp, plan.Opened.InspectionCaseId), [plan.Taken], messages);
    }
}

/// <summary>The inspection a lead opens and the lead's own event: what the API and the workbench record in one transaction.</summary>
public sealed record LeadTakeUp(InspectionCaseOpened Opened, LeadTakenUp Taken)
{
    /// <summary>The inspection's first deadlines.</summary>
    public IEnumerable<object> Messages => InspectionCase.FollowUps(new InspectionCase(), [Opened]);

    public void StartInspection(IDocumentSession session) => session.Events.StartStream<InspectionCase>(Opened.InspectionCaseId, Opened);

    /// <summary>
    /// The form's mistakes (the code missing or invalid), the refusal (decided already, not the county's inspector), or
    /// the inspection opened with the report's details (origin Report) and the county's next case number.
    /// </summary>
    public static async Task<(FieldErrors Errors, Refusal? Refusal, LeadTakeUp? Plan)> PlanAsync(InspectionLead lead, TakeUpLead command,
        ShandongRegions regions, CaseContext<InspectionRules> ctx, CaseNumbers numbers, CancellationToken ct)
    {
        if (LeadRules.Validate(command, lead) is { Any: true } invalid) return (invalid, null, null);
        if (LeadRules.RefuseDecision(lead, ctx.Scope) is { } refusal) return (new FieldErrors(), refusal, null);
        var open = new OpenInspection(InspectionOrigin.Report, null, string.IsNullOrWhiteSpace(command.EmployerName) ? lead.EmployerName : command.EmployerName,
            string.IsNullOrWhiteSpace(command.EmployerCreditCode) ? lead.EmployerCreditCode : command.EmployerCreditCode, lead.CountyCode, null, null,
            LeadRules.InspectionReason(lead));
        if (OpenInspectionDecision.Validate(open, regions) is { Any: true } target) return (target, null, null);
        var opened = await OpenInspectionDecision.OpenAsync(open, ctx, numbers, ct);
        return (new FieldErrors(), null, new LeadTakeUp(opened, new LeadTakenUp(lead.Id, opened.InspectionCaseId, opened.CaseNumber ?? "", ctx.Actor, ctx.Now)));
    }
}

public static class LeadsModule
{
    public static StoreOptions ConfigureLeads(this StoreOptions opts)
    {
        opts.Projections.Snapshot<InspectionLead>(JasperFx.Events.Projections.SnapshotLifecycle.Inline);
        opts.Schema.For<InspectionLead>().Index(x => x.CountyCode).Index(x => x.Status).Index(x => x.ReferenceNumber);
        return opts;
    }
}
