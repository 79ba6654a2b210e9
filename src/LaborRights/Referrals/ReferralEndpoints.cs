using System.Security.Claims;
using JasperFx.Events.Projections;
using LaborRights.Security;
using Marten;
using Marten.Events.Aggregation;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Referrals;

/// <summary>Opens a referral record; its id is derived from the source, so a message delivered twice opens one record.</summary>
public sealed record OpenEnforcementReferral(
    Guid EnforcementReferralId, ReferralKind Kind, CaseReference Source, string Recipient, string EmployerName, string EmployerCreditCode,
    string CountyCode, decimal Amount, string Reason);

public static class OpenEnforcementReferralHandler
{
    public static async Task Handle(OpenEnforcementReferral message, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (await session.Events.FetchStreamStateAsync(message.EnforcementReferralId, ct) is not null) return;
        session.Events.StartStream<EnforcementReferral>(message.EnforcementReferralId, new EnforcementReferralOpened(
            message.EnforcementReferralId, message.Kind, message.Source, message.Recipient, message.EmployerName, message.EmployerCreditCode,
            message.CountyCode, message.Amount, message.Reason, clock.GetUtcNow()));
    }

    public static OpenEnforcementReferral ForPoliceTransfer(CaseReference source, string police, string employerName, string employerCode,
        string county, decimal amount, string reason) =>
        new(DeterministicId.OpenedFrom(source, "police-referral"), ReferralKind.PoliceTransfer, source, police, employerName, employerCode,
            county, amount, reason);
}

/// <param name="Version">The referral version the clerk saw.</param>
public sealed record AnswerReferral(int Version, ReferralStatus? Answer, string? Note);

/// <summary>The referral after its answer was recorded: send <paramref name="Version"/> with the next command.</summary>
public sealed record ReferralAnswerRecorded(Guid Id, int Version, ReferralStatus Status);

public static class ReferralEndpoints
{
    [ReferralAccess(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("查看移送记录 · Get a referral")]
    [EndpointDescription("监察员和督查人员查看一条移送记录（行刑衔接）：来源案件、接收的公安机关、用人单位、尚欠金额、移送理由、" +
        "答复情况和 version。欠薪案件移送公安机关时自动生成。记录不存在或不在管辖范围内的，均返回 404。\n\n" +
        "Inspectors and supervisors read one referral record (行刑衔接): the source case, the police agency it went to, the employer, the amount " +
        "still owed, the reason, the answer and the version. It is opened when a wage-arrears case is transferred to the police. An unknown record " +
        "and one outside the caller's divisions both get 404.")]
    [Tags("移送 · Referrals")]
    [WolverineGet("/api/referrals/{id}", OperationId = "getReferral")]
    public static async Task<Answer<EnforcementReferral>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<EnforcementReferral>(id, ct) is { } referral
            ? referral
            : Problems.NotFound("该移送记录 / referral");

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("移送记录列表 · List referrals")]
    [EndpointDescription("监察员和督查人员分页查看本人管辖范围内的移送记录，最新的排在前面；用 sourceId 可只看某件来源案件的移送。每页最多100条。\n\n" +
        "Inspectors and supervisors list the referral records in their divisions, newest first; sourceId keeps those of one source case. At most " +
        "100 rows a page.")]
    [Tags("移送 · Referrals")]
    [WolverineGet("/api/referrals", OperationId = "listReferrals")]
    public static async Task<Answer<Page<EnforcementReferral>>> List(
        IQuerySession session, ClaimsPrincipal user, ReferenceData.ShandongRegions regions, CancellationToken ct,
        Guid? sourceId = null, int page = 1, int pageSize = 20)
    {
        if (new FieldErrors().Paging(page, pageSize) is { Any: true } errors) return errors.ToProblem();
        IQueryable<EnforcementReferral> query = session.Query<EnforcementReferral>();
        if (StaffScope.Of(user, regions).CountyFilter() is { } covered) query = query.Where(x => covered.Contains(x.CountyCode));
        if (sourceId is { } s) query = query.Where(x => x.Source.Id == s);
        var result = await query.OrderByDescending(x => x.OpenedAt).ToPagedListAsync(page, pageSize, ct);
        return Page<EnforcementReferral>.From(result);
    }

}

/// <summary>Its own class: Wolverine applies a class's Validate method to every endpoint in that class.</summary>
public static class AnswerReferralEndpoint
{
    public static ProblemDetails Validate(AnswerReferral command) => new FieldErrors()
        .Required("answer", command.Answer, "答复结果", "Answer")
        .Text("note", command.Note, 2000, "答复说明", "Note")
        .OrContinue();

    /// <summary>The recipient's answer (e.g. the police filed a criminal case), recorded by staff.</summary>
    [ReferralAccess(StaffRoles.Inspector)]
    [EndpointSummary("登记移送答复 · Record the answer to a referral")]
    [EndpointDescription("监察员登记接收机关对移送的答复（如公安机关已立案、不予立案或退回补充证据），须写明答复说明。" +
        "须提交所看到的移送记录 version，已过期返回 409；已有答复的返回 422。\n\n" +
        "An inspector records the receiving body's answer to a referral (e.g. the police filed a case, declined, or asked for more evidence), with " +
        "a note. Send the referral version you saw; a stale one gets 409, and 422 when it was already answered.")]
    [Tags("移送 · Referrals")]
    [WolverinePost("/api/referrals/{id}/answer", OperationId = "recordReferralAnswer")]
    public static (CommandAnswer<ReferralAnswerRecorded>, Events) Answer(AnswerReferral command, [WriteAggregate(AlwaysEnforceConsistency = true)] EnforcementReferral referral, ClaimsPrincipal user, TimeProvider clock)
    {
        if (referral.Status != ReferralStatus.AwaitingAnswer)
            return (Problems.Refused(new Refusal("already-answered", "该移送已有答复。", "The referral has already been answered.")), []);
        var answered = new EnforcementReferralAnswered(referral.Id, command.Answer!.Value, command.Note!.Trim(), user.Identity!.Name!, clock.GetUtcNow());
        return (new ReferralAnswerRecorded(referral.Id, referral.Version + 1, answered.Answer), [answered]);
    }
}

public static class ReferralsModule
{
    public static StoreOptions ConfigureReferrals(this StoreOptions opts)
    {
        opts.Projections.Snapshot<EnforcementReferral>(SnapshotLifecycle.Inline);
        opts.Schema.For<EnforcementReferral>().Index(x => x.OpenedAt);
        return opts;
    }
}
