using System.Security.Claims;
using JasperFx.Events.Projections;
using LaborRights.Common.Identifiers;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.WageArrears;
using Marten;
using Marten.Pagination;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace LaborRights.Employers;

/// <param name="BlacklistCandidate">
/// 拖欠农民工工资失信联合惩戒 candidate: still unpaid after an order to pay, at the criminal threshold or on a
/// mass case. Computed with today's configured thresholds, so changing them needs no rebuild.
/// </param>
public sealed record EmployerView(EmployerRecord Employer, bool BlacklistCandidate);

public static class EmployerEndpoints
{
    [Staff(StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [WolverineGet("/api/employers/{creditCode}")]
    public static async Task<Answer<EmployerView>> Get(
        string creditCode, IQuerySession session, IOptions<WageArrearsRules> rules, ClaimsPrincipal user, ShandongRegions regions, CancellationToken ct)
    {
        var code = UnifiedSocialCreditCode.Normalize(creditCode);
        var record = UnifiedSocialCreditCode.IsValid(code) ? await session.LoadAsync<EmployerRecord>(code, ct) : null;
        // An employer with no case the caller reads (their counties, their roles' kinds) is, for them, unknown (the same 404).
        var scope = StaffScope.Of(user, regions);
        return record is null || !record.Cases.Any(c => scope.Reads(c.Kind, c.CountyCode))
            ? Problems.NotFound("该用人单位 / employer")
            : new EmployerView(InScope(record, scope), IsBlacklistCandidate(record, rules.Value));
    }

    [Staff(StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [WolverineGet("/api/employers")]
    public static async Task<Answer<Page<EmployerView>>> List(
        IQuerySession session, ShandongRegions regions, IOptions<WageArrearsRules> rules, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, bool? repeatOffender = null, bool? blacklistCandidate = null, int page = 1, int pageSize = 20)
    {
        if (ListParameters.Invalid(regions, county, null, page, pageSize) is { } invalid) return invalid;

        var r = rules.Value;
        IQueryable<EmployerRecord> query = session.Query<EmployerRecord>();
        var scope = StaffScope.Of(user, regions);
        // A county outside the caller's divisions yields nothing, even for employers that also have cases in theirs.
        if (county is not null && !scope.Covers(county)) return new Page<EmployerView>([], page, pageSize, 0, 0);
        // Only employers with a case the caller reads: in their counties (or the one asked for) and of their roles' kinds.
        var kinds = scope.ReadableKinds();
        string[]? counties = county is not null ? [county] : scope.CountyFilter();
        if (counties is not null) query = query.Where(x => x.Cases.Any(c => counties.Contains(c.CountyCode) && kinds.Contains(c.Kind)));
        else if (kinds.Length < Enum.GetValues<CaseKind>().Length) query = query.Where(x => x.Cases.Any(c => kinds.Contains(c.Kind)));
        if (repeatOffender is { } repeat) query = query.Where(x => x.RepeatOffender == repeat);
        if (blacklistCandidate is true)
            query = query.Where(x => x.MaxUnpaidAfterOrder >= r.CriminalThresholdAmount || x.MaxWorkersUnpaidAfterOrder >= r.MassCaseWorkers);
        if (blacklistCandidate is false)
            query = query.Where(x => x.MaxUnpaidAfterOrder < r.CriminalThresholdAmount && x.MaxWorkersUnpaidAfterOrder < r.MassCaseWorkers);
        var result = await query.OrderByDescending(x => x.OpenCases).ThenBy(x => x.Id).ToPagedListAsync(page, pageSize, ct);
        return new Page<EmployerView>(result.Select(x => new EmployerView(InScope(x, scope), IsBlacklistCandidate(x, r))).ToList(),
            result.PageNumber, result.PageSize, result.TotalItemCount, result.PageCount);
    }

    /// <summary>
    /// The employer's cases the caller may read (their counties, their roles' kinds). The totals and flags stay
    /// whole: a repeat offence elsewhere in the province is exactly what the registry is for, and they name no case.
    /// </summary>
    private static EmployerRecord InScope(EmployerRecord record, StaffScope scope)
    {
        record.Cases = [.. record.Cases.Where(c => scope.Reads(c.Kind, c.CountyCode))];
        return record;
    }

    public static bool IsBlacklistCandidate(EmployerRecord record, WageArrearsRules rules) =>
        record.MaxUnpaidAfterOrder > 0
        && (record.MaxUnpaidAfterOrder >= rules.CriminalThresholdAmount || record.MaxWorkersUnpaidAfterOrder >= rules.MassCaseWorkers);
}

public static class EmployersModule
{
    public static StoreOptions ConfigureEmployers(this StoreOptions opts)
    {
        opts.Projections.Add<EmployerRegistryProjection>(ProjectionLifecycle.Async);
        opts.Schema.For<EmployerRecord>()
            .Index(x => x.RepeatOffender)
            .Index(x => x.MaxUnpaidAfterOrder)
            .Index(x => x.OpenCases);
        return opts;
    }
}
