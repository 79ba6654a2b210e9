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
    [WolverineGet("/api/referrals/{id}")]
    public static async Task<Answer<EnforcementReferral>> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<EnforcementReferral>(id, ct) is { } referral
            ? referral
            : Problems.NotFound("该移送记录 / referral");

    [Staff(StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/referrals")]
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
    [WolverinePost("/api/referrals/{id}/answer")]
    public static (CommandAnswer<ReferralAnswerRecorded>, Events) Answer(AnswerReferral command, [WriteAggregate] EnforcementReferral referral, ClaimsPrincipal user, TimeProvider clock)
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
