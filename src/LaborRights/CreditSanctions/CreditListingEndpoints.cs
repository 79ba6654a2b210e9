using System.Security.Claims;
using LaborRights.Calendar;
using LaborRights.Employers;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.WageArrears;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.CreditSanctions;

/// <summary>A listing after a command: send <paramref name="Version"/> with the next one.</summary>
public sealed record CreditListingAccepted(Guid Id, int Version, ListingStatus Status, DateOnly? ListedUntil);

/// <summary>One employer on the public list: the unit, why, and for how long — no worker's data.</summary>
public sealed record PublicListing(string EmployerName, string CreditCode, string ReasonZh, string ReasonEn, DateOnly ListedFrom, DateOnly ListedUntil);

/// <summary>One listing record, in the county of its unpaid case.</summary>
public sealed class CreditListingAccessAttribute(params string[] roles) : ScopedRecordAccess(roles)
{
    public override string What => "该失信名单记录 / listing";

    public override async Task<string?> CountyOfAsync(Guid id, IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<CreditListing>(id, ct))?.CountyCode;

    public override string ToString() => $"credit-listing({string.Join(',', AllowedRoles)})";
}

internal static class CreditListingAnswers
{
    public const string Tag = "失信惩戒 · Credit sanctions";

    public static (CommandAnswer<CreditListingAccepted>, Events, OutgoingMessages) Of(CreditListing listing, Decision decision)
    {
        if (decision.Refusal is { } refusal) return (Problems.Refused(refusal), [], []);
        var after = decision.Events.Aggregate(listing, CreditListingFold.Apply);
        var events = new Events();
        events.AddRange(decision.Events);
        return (new CreditListingAccepted(listing.Id, listing.Version + decision.Events.Count, after.Status, after.ListedUntil), events,
            CreditListingModule.FollowUps(decision.Events));
    }
}

public static class ProposeListingEndpoint
{
    public static ProblemDetails Validate(ProposeListing command) => CreditListingRules.Validate(command).OrContinue();

    [Staff(StaffRoles.Inspector)]
    [EndpointSummary("提出列入失信联合惩戒名单 · Propose an employer for the credit-sanctions list")]
    [EndpointDescription("欠薪案件所在县的监察员提出将用人单位列入拖欠农民工工资失信联合惩戒对象名单：统一社会信用代码、列入事由" +
        "（CriminalThreshold：经责令限期支付仍未支付且数额达到拒不支付劳动报酬罪标准；MassIncident：引发群体性事件）和主要事实。" +
        "用人单位档案须显示符合条件的案件，这些案件记入提议。成功返回 201；不符合条件、已在程序中或不是该县监察员返回 422；" +
        "本人看不到该单位的案件返回 404。\n\n" +
        "An inspector of the county of the unpaid case proposes the employer for the 拖欠农民工工资失信联合惩戒 list: its credit code, the " +
        "ground (CriminalThreshold: unpaid after an order to pay at the criminal threshold; MassIncident: arrears causing a mass incident) and " +
        "the facts. The employer's registry record must show a case meeting the ground; those cases are recorded with the proposal. 201 when " +
        "proposed; 422 when the criteria are not met, a procedure is under way, or the caller is not an inspector of that county; 404 when the " +
        "caller reads no case of the employer.")]
    [Tags(CreditListingAnswers.Tag)]
    [AnswersProblem(StatusCodes.Status404NotFound)]
    [AnswersProblem(StatusCodes.Status409Conflict)]
    [AnswersProblem(StatusCodes.Status422UnprocessableEntity)]
    [WolverinePost("/api/credit-listings", OperationId = "proposeCreditListing")]
    public static async Task<CreatedAnswer<CreditListingAccepted>> Post(ProposeListing command, IDocumentSession session, ClaimsPrincipal user,
        ShandongRegions regions, IOptions<WageArrearsRules> rules, TimeProvider clock, CancellationToken ct)
    {
        var plan = await CreditListingProposal.PlanAsync(session, command, StaffScope.Of(user, regions), rules.Value, user.Identity!.Name!, clock.GetUtcNow(), ct);
        if (plan is null) return Problems.NotFound("该用人单位 / employer");
        var (id, decision) = plan.Value;
        if (decision.Refusal is { } refusal) return Problems.Refused(refusal);
        session.Events.StartStream<CreditListing>(id, [.. decision.Events]);
        var proposed = CreditListingFold.Apply(null, decision.Events[0]);
        return CreatedAnswer<CreditListingAccepted>.At($"/api/credit-listings/{id}", new CreditListingAccepted(id, 1, proposed.Status, null));
    }
}

/// <summary>A proposal, the same from the API and from the workbench's page.</summary>
public static class CreditListingProposal
{
    /// <summary>
    /// The decision on proposing the employer, with the id its stream would take (derived from the credit code and the
    /// number of earlier procedures, so two proposals racing start the same stream); null when the caller reads no
    /// case of the employer (the same 404 as an unknown one).
    /// </summary>
    public static async Task<(Guid Id, Decision Decision)?> PlanAsync(IQuerySession session, ProposeListing command, StaffScope scope,
        WageArrearsRules rules, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var code = Common.Identifiers.UnifiedSocialCreditCode.Normalize(command.CreditCode!);
        if (await session.LoadAsync<EmployerRecord>(code, ct) is not { } record || !record.Cases.Any(c => scope.Reads(c.Kind, c.CountyCode)))
            return null;
        var earlier = await session.Query<CreditListing>().Where(x => x.CreditCode == code).ToListAsync(ct);
        var id = DeterministicId.For($"credit-listing:{code}:{earlier.Count + 1}");
        return (id, CreditListingRules.Propose(id, record, earlier.Any(x => x.IsActive), command, rules, scope, actor, now));
    }
}

public static class CreditListingReadEndpoints
{
    [CreditListingAccess(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("查看失信名单记录 · Get a listing procedure")]
    [EndpointDescription("监察员和督查人员查看一个列入程序的全部步骤：用人单位、事由、涉及案件、告知和陈述申辩期限、决定、列入期间和移出。" +
        "不存在或不在本人范围内的返回 404。\n\n" +
        "Inspectors and supervisors read one listing procedure with every step: the employer, the ground, the cases behind it, the notice and " +
        "the period to state its case, the decision, the listing period and any removal. Unknown and out-of-reach records get 404.")]
    [Tags(CreditListingAnswers.Tag)]
    [WolverineGet("/api/credit-listings/{id}", OperationId = "getCreditListing")]
    public static async Task<Answer<CreditListing>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<CreditListing>(id, ct) is { } listing ? listing : Problems.NotFound("该失信名单记录 / listing");

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("失信名单程序列表 · List listing procedures")]
    [EndpointDescription("监察员和督查人员分页查看本人管辖范围内的列入程序，最新的在前；status 只看一种状态，creditCode 只看一个单位。每页最多100条。\n\n" +
        "Inspectors and supervisors list the listing procedures in their divisions, newest first; status keeps one state, creditCode one " +
        "employer. At most 100 rows a page.")]
    [Tags(CreditListingAnswers.Tag)]
    [WolverineGet("/api/credit-listings", OperationId = "listCreditListings")]
    public static async Task<Answer<Page<CreditListing>>> List(IQuerySession session, ClaimsPrincipal user, ShandongRegions regions, CancellationToken ct,
        ListingStatus? status = null, string? creditCode = null, int page = 1, int pageSize = 20)
    {
        if (new FieldErrors().Paging(page, pageSize) is { Any: true } errors) return errors.ToProblem();
        var query = session.Query<CreditListing>().InScopeAndPlace(StaffScope.Of(user, regions), null, null);
        if (status is { } s) query = query.Where(x => x.Status == s);
        if (creditCode is { Length: > 0 } code) query = query.Where(x => x.CreditCode == code.Trim().ToUpperInvariant());
        return Page<CreditListing>.From(await query.OrderByDescending(x => x.ProposedAt).ThenBy(x => x.Id).ToPagedListAsync(page, pageSize, ct));
    }

    [Public]
    [EndpointSummary("拖欠农民工工资失信联合惩戒对象名单 · The public credit-sanctions list")]
    [EndpointDescription("公开查询当前列入拖欠农民工工资失信联合惩戒对象名单的用人单位：单位名称、统一社会信用代码、列入事由、列入日期和届满日期。" +
        "不含任何劳动者的个人信息。已提前移出或期满的不再显示。每页最多100条。\n\n" +
        "Anyone reads the employers currently on the 拖欠农民工工资失信联合惩戒 list: name, unified social credit code, ground, listed from " +
        "and until. No worker's personal data. Employers removed early or whose period ended are no longer shown. At most 100 rows a page.")]
    [Tags(CreditListingAnswers.Tag)]
    [WolverineGet("/api/credit-sanctions", OperationId = "listCreditSanctions")]
    public static async Task<Answer<Page<PublicListing>>> Public(IQuerySession session, CancellationToken ct, int page = 1, int pageSize = 20)
    {
        if (new FieldErrors().Paging(page, pageSize) is { Any: true } errors) return errors.ToProblem();
        return await PublicListings.ReadAsync(session, page, pageSize, ct);
    }
}

public static class PublicListings
{
    public static async Task<Page<PublicListing>> ReadAsync(IQuerySession session, int page, int pageSize, CancellationToken ct)
    {
        var result = await session.Query<CreditListing>().Where(x => x.Status == ListingStatus.Listed)
            .OrderByDescending(x => x.ListedFrom).ThenBy(x => x.CreditCode).ToPagedListAsync(page, pageSize, ct);
        return Page<PublicListing>.From(result, x => new PublicListing(x.EmployerName, x.CreditCode, CreditListingRules.GroundZh(x.Ground),
            CreditListingRules.GroundEn(x.Ground), x.ListedFrom!.Value, x.ListedUntil!.Value));
    }
}

public static class ServeListingNoticeEndpoint
{
    public static ProblemDetails Validate(ServeListingNotice command) => CreditListingRules.Validate(command).OrContinue();

    [CreditListingAccess(StaffRoles.Inspector)]
    [EndpointSummary("登记列入告知 · Record the notice served on the employer")]
    [EndpointDescription("监察员登记拟列入告知书送达用人单位的日期；陈述申辩期限自送达日起按工作日计算（配置 CreditSanctions:StatementWorkingDays，默认5个工作日）。" +
        "须提交所看到的 version（409）；状态不对或送达日期不在提出之后、今天之前返回 422。\n\n" +
        "An inspector records the day the notice of the proposal was served on the employer; the period to state its case runs in working days " +
        "from it (CreditSanctions:StatementWorkingDays, 5 by default). Send the version you saw (409); 422 in another state or for a date " +
        "outside proposal-to-today.")]
    [Tags(CreditListingAnswers.Tag)]
    [WolverinePost("/api/credit-listings/{id}/serve-notice", OperationId = "serveCreditListingNotice")]
    public static (CommandAnswer<CreditListingAccepted>, Events, OutgoingMessages) Post(ServeListingNotice command,
        [WriteAggregate(AlwaysEnforceConsistency = true)] CreditListing listing, ClaimsPrincipal user, ShandongRegions regions,
        WorkingDayCalendar calendar, IOptions<CreditSanctionSettings> settings, TimeProvider clock) =>
        CreditListingAnswers.Of(listing, CreditListingRules.ServeNotice(listing, command, StaffScope.Of(user, regions), calendar, settings.Value,
            user.Identity!.Name!, clock.GetUtcNow()));
}

public static class RecordListingStatementEndpoint
{
    public static ProblemDetails Validate(RecordListingStatement command) => CreditListingRules.Validate(command).OrContinue();

    [CreditListingAccess(StaffRoles.Inspector)]
    [EndpointSummary("记录陈述申辩 · Record the employer's statement")]
    [EndpointDescription("监察员记录用人单位在告知后提出的陈述、申辩。须提交 version（409）；尚未告知或已作出决定的返回 422。\n\n" +
        "An inspector records what the employer said after the notice. Send the version (409); 422 before the notice or after the decision.")]
    [Tags(CreditListingAnswers.Tag)]
    [WolverinePost("/api/credit-listings/{id}/record-statement", OperationId = "recordCreditListingStatement")]
    public static (CommandAnswer<CreditListingAccepted>, Events, OutgoingMessages) Post(RecordListingStatement command,
        [WriteAggregate(AlwaysEnforceConsistency = true)] CreditListing listing, ClaimsPrincipal user, ShandongRegions regions, TimeProvider clock) =>
        CreditListingAnswers.Of(listing, CreditListingRules.RecordStatement(listing, command, StaffScope.Of(user, regions), user.Identity!.Name!, clock.GetUtcNow()));
}

public static class DecideListingEndpoint
{
    public static ProblemDetails Validate(DecideListing command) => CreditListingRules.Validate(command).OrContinue();

    [CreditListingAccess(StaffRoles.Supervisor)]
    [EndpointSummary("作出列入决定 · Decide a listing")]
    [EndpointDescription("案件所在市或省级的督查人员（不能是提出人）决定列入（list=true，自今日起列入3年并公开）或不予列入，写明理由。" +
        "列入须在告知之后，且陈述申辩期限已满或已记录陈述申辩。须提交 version（409）；不符合上述条件返回 422。\n\n" +
        "A supervisor of the county's city or of the province (not the proposer) lists the employer (list=true: for 3 years from today, made " +
        "public) or drops the proposal, with the reason. Listing needs the notice served and the period to state its case ended, or the " +
        "statement recorded. Send the version (409); 422 when any of this is not met.")]
    [Tags(CreditListingAnswers.Tag)]
    [WolverinePost("/api/credit-listings/{id}/decide", OperationId = "decideCreditListing")]
    public static (CommandAnswer<CreditListingAccepted>, Events, OutgoingMessages) Post(DecideListing command,
        [WriteAggregate(AlwaysEnforceConsistency = true)] CreditListing listing, ClaimsPrincipal user, ShandongRegions regions,
        IOptions<CreditSanctionSettings> settings, TimeProvider clock) =>
        CreditListingAnswers.Of(listing, CreditListingRules.Decide(listing, command, StaffScope.Of(user, regions), settings.Value, user.Identity!.Name!, clock.GetUtcNow()));
}

public static class RemoveListingEarlyEndpoint
{
    public static ProblemDetails Validate(RemoveListingEarly command) => CreditListingRules.Validate(command).OrContinue();

    [CreditListingAccess(StaffRoles.Supervisor)]
    [EndpointSummary("提前移出名单 · Remove a listing early")]
    [EndpointDescription("用人单位已全额支付、列入已满6个月（配置 CreditSanctions:EarlyRemovalAfterMonths）并提交信用承诺书的，" +
        "案件所在市或省级的督查人员将其提前移出名单。须提交 version（409）；未列入、未满期限或日期晚于今天返回 422。\n\n" +
        "Once the employer has paid in full, at least 6 months after listing (CreditSanctions:EarlyRemovalAfterMonths), and has given a written " +
        "pledge, a supervisor of the county's city or of the province removes it from the list. Send the version (409); 422 when not listed, " +
        "too early, or a date lies in the future.")]
    [Tags(CreditListingAnswers.Tag)]
    [WolverinePost("/api/credit-listings/{id}/remove-early", OperationId = "removeCreditListingEarly")]
    public static (CommandAnswer<CreditListingAccepted>, Events, OutgoingMessages) Post(RemoveListingEarly command,
        [WriteAggregate(AlwaysEnforceConsistency = true)] CreditListing listing, ClaimsPrincipal user, ShandongRegions regions,
        IOptions<CreditSanctionSettings> settings, TimeProvider clock) =>
        CreditListingAnswers.Of(listing, CreditListingRules.RemoveEarly(listing, command, StaffScope.Of(user, regions), settings.Value, user.Identity!.Name!, clock.GetUtcNow()));
}

/// <summary>The end of a listing's 3 years: off the list, appended only while still listed.</summary>
public static class ListingPeriodHandler
{
    public static (Events, OutgoingMessages) Handle(ListingPeriodEnded message, [WriteAggregate] CreditListing listing, TimeProvider clock) =>
        CaseDeadlines.Respond(message, CreditListingRules.PeriodEnded(listing, message, clock.GetUtcNow()), clock);
}

public static class CreditListingModule
{
    public static OutgoingMessages FollowUps(IEnumerable<object> events) => CaseDeadlines.Schedule(events.Select(e => e switch
    {
        EmployerListed x => new ListingPeriodEnded(x.CreditListingId, x.ListedUntil),
        _ => (IDeadlineMessage?)null,
    }));

    public static IServiceCollection AddCreditSanctions(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<CreditSanctionSettings>(configuration.GetSection(CreditSanctionSettings.Section));

    public static StoreOptions ConfigureCreditSanctions(this StoreOptions opts)
    {
        opts.Projections.Snapshot<CreditListing>(JasperFx.Events.Projections.SnapshotLifecycle.Inline);
        opts.Schema.For<CreditListing>().Index(x => x.CreditCode).Index(x => x.Status).Index(x => x.CountyCode);
        return opts;
    }
}
