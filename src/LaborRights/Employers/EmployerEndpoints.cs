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
public sealed record EmployerView(EmployerRecord Employer, bool BlacklistCandidate)
{
    /// <summary>The early-warning signals it crosses today (用人单位欠薪预警), each with the cases behind it.</summary>
    public IReadOnlyList<EmployerWarning> Warnings { get; init; } = [];

    /// <summary>Its credit-sanctions listing procedure under way or in force (拟列入, 已告知, 已列入), if any.</summary>
    public CreditSanctions.CreditListing? Listing { get; init; }
}

/// <summary>What reading the registry needs beside the store: the province's figures and today.</summary>
public sealed class EmployerReading(IOptions<WageArrearsRules> rules, IOptions<EarlyWarningSettings> warnings, TimeProvider clock)
{
    public WageArrearsRules Rules => rules.Value;
    public EarlyWarningSettings Warnings => warnings.Value;
    public DateOnly Today => ShanghaiTime.Today(clock);

    /// <summary>The record as one person reads it: flags and warnings from the whole record, then only their cases listed.</summary>
    public EmployerView View(EmployerRecord record, StaffScope scope)
    {
        var warnings = EmployerWarnings.For(record, Warnings, MassCaseDefinitions.BlacklistMassIncidentWorkers(Rules), Today, scope);
        return new EmployerView(EmployerEndpoints.InScope(record, scope), EmployerEndpoints.IsBlacklistCandidate(record, Rules)) { Warnings = warnings };
    }
}

/// <summary>An employer crossing early-warning thresholds, as the supervisors' list shows it.</summary>
public sealed record EmployerWarningRow(string CreditCode, string Name, IReadOnlyList<string> CountyCodes, IReadOnlyList<EmployerWarning> Warnings);

public static class EmployerEndpoints
{
    [Staff(StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [EndpointSummary("查看用人单位档案 · Get an employer's record")]
    [EndpointDescription("工作人员按统一社会信用代码查看用人单位档案：各类案件、欠薪和追回金额、是否多次欠薪，" +
        "是否为拖欠农民工工资失信联合惩戒对象候选（责令支付后仍未支付，且金额达到“数额较大”标准或属于群体性案件），" +
        "以及今天触发的欠薪预警（warnings：12个月内跨县多次被投诉、责令支付后逾期未付、群体性案件、仲裁裁决未履行，阈值可配置），每项列出背后的案件。只列出本人角色可看、" +
        "管辖范围内的案件，合计数和标记按全省计算。该单位在本人可看范围内没有案件的，返回 404。\n\n" +
        "Staff read an employer's record by its unified social credit code: its cases, the wages owed and recovered, whether it is a repeat " +
        "offender, and whether it is a blacklist candidate (拖欠农民工工资失信联合惩戒: still unpaid after an order to pay, at the criminal " +
        "threshold or on a mass case), and the early warnings it crosses today (warnings: repeat complaints across counties within 12 months, orders " +
        "to pay unpaid after their date, a mass case, an arbitration award unpaid; configurable thresholds), each with the cases behind it. Only " +
        "the cases the caller's role reads in their divisions are listed; totals and flags are province-wide. " +
        "404 when the employer has no case the caller may read.")]
    [Tags("用人单位 · Employers")]
    [WolverineGet("/api/employers/{creditCode}", OperationId = "getEmployer")]
    public static async Task<Answer<EmployerView>> Get(
        string creditCode, IQuerySession session, EmployerReading reading, ClaimsPrincipal user, ShandongRegions regions, CancellationToken ct)
        => await EmployerRecords.ReadInScopeAsync(session, creditCode, StaffScope.Of(user, regions), reading, ct) is { } view
            ? view
            : Problems.NotFound("该用人单位 / employer");

    [Staff(StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [EndpointSummary("用人单位列表 · List employers")]
    [EndpointDescription("工作人员分页查看在本人管辖范围内有本人角色可看案件的用人单位，办理中案件多的排在前面。可按县（county）、" +
        "是否多次欠薪（repeatOffender：365天内有两件以上已受理的欠薪案件）和是否为失信联合惩戒对象候选（blacklistCandidate）筛选；" +
        "县不在管辖范围内的返回空列表。每页最多100条。\n\n" +
        "Staff page through the employers with a case their role reads in their divisions, most open cases first. Filter by county, repeatOffender " +
        "(two or more accepted wage-arrears cases within 365 days) and blacklistCandidate; a county outside the caller's divisions gives an empty " +
        "list. At most 100 rows a page.")]
    [Tags("用人单位 · Employers")]
    [WolverineGet("/api/employers", OperationId = "listEmployers")]
    public static async Task<Answer<Page<EmployerView>>> List(
        IQuerySession session, ShandongRegions regions, EmployerReading reading, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, bool? repeatOffender = null, bool? blacklistCandidate = null, int page = 1, int pageSize = 20)
    {
        if (ListParameters.Invalid(regions, county, null, page, pageSize) is { } invalid) return invalid;

        var r = reading.Rules;
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
        var massIncident = MassCaseDefinitions.BlacklistMassIncidentWorkers(r);
        if (blacklistCandidate is true)
            query = query.Where(x => x.MaxUnpaidAfterOrder >= r.CriminalThresholdAmount || x.MaxWorkersUnpaidAfterOrder >= massIncident);
        if (blacklistCandidate is false)
            query = query.Where(x => x.MaxUnpaidAfterOrder < r.CriminalThresholdAmount && x.MaxWorkersUnpaidAfterOrder < massIncident);
        var result = await query.OrderByDescending(x => x.OpenCases).ThenBy(x => x.Id).ToPagedListAsync(page, pageSize, ct);
        return new Page<EmployerView>(result.Select(x => reading.View(x, scope)).ToList(),
            result.PageNumber, result.PageSize, result.TotalItemCount, result.PageCount);
    }

    /// <summary>
    /// The employer's cases the caller may read (their counties, their roles' kinds). The totals and flags stay
    /// whole: a repeat offence elsewhere in the province is exactly what the registry is for, and they name no case.
    /// </summary>
    internal static EmployerRecord InScope(EmployerRecord record, StaffScope scope)
    {
        record.Cases = [.. record.Cases.Where(c => scope.Reads(c.Kind, c.CountyCode))];
        return record;
    }

    [Staff(StaffRoles.Supervisor)]
    [EndpointSummary("欠薪预警名单 · Employers crossing early-warning thresholds")]
    [EndpointDescription("督查人员分页查看在本人管辖范围内有案件、今天触发欠薪预警的用人单位，触发项多的在前：12个月内在两个以上县被投诉三次以上" +
        "（repeat-complaints）、责令限期支付后逾期未付（unpaid-orders）、12个月内有群体性欠薪案件（mass-case）、仲裁裁决未履行（unpaid-awards）；" +
        "阈值在配置 EarlyWarning 中设定。每项列出本人可看的案件，其余只计件数。code 只看一种预警，county 只看一个县。每页最多100条。\n\n" +
        "Supervisors page through the employers with a case in their divisions that cross an early-warning threshold today, most signals first: " +
        "three or more complaints from two or more counties within 12 months (repeat-complaints), orders to pay unpaid after their date " +
        "(unpaid-orders), a mass wage-arrears case within 12 months (mass-case), arbitration awards reported unpaid (unpaid-awards); the thresholds " +
        "are set in the EarlyWarning configuration. Each signal lists the cases the caller reads and counts the others. code keeps one signal, " +
        "county one county. At most 100 rows a page.")]
    [Tags("用人单位 · Employers")]
    [WolverineGet("/api/employers/warnings", OperationId = "listEmployerWarnings")]
    public static async Task<Answer<Page<EmployerWarningRow>>> Warnings(
        IQuerySession session, ShandongRegions regions, EmployerReading reading, ClaimsPrincipal user, CancellationToken ct,
        string? county = null, string? code = null, int page = 1, int pageSize = 20)
    {
        if (ListParameters.Invalid(regions, county, null, page, pageSize) is { } invalid) return invalid;
        if (code is not null && !EmployerWarnings.Codes.Contains(code))
            return new FieldErrors().Add("code", "未知的预警类型", $"Unknown warning; one of {string.Join(", ", EmployerWarnings.Codes)}").ToProblem();
        var scope = StaffScope.Of(user, regions);
        if (county is not null && !scope.Covers(county)) return new Page<EmployerWarningRow>([], page, pageSize, 0, 0);
        return await EmployerRecords.WarningsAsync(session, scope, reading, county, code, page, pageSize, ct);
    }

    public static bool IsBlacklistCandidate(EmployerRecord record, WageArrearsRules rules) =>
        record.MaxUnpaidAfterOrder > 0
        && (record.MaxUnpaidAfterOrder >= rules.CriminalThresholdAmount || record.MaxWorkersUnpaidAfterOrder >= MassCaseDefinitions.BlacklistMassIncidentWorkers(rules));
}

/// <summary>The employer registry as the case pages read it.</summary>
public static class EmployerRecords
{
    /// <summary>
    /// The employer's record as one person may read it (the API and the case pages): null when the employer has no case
    /// the person reads (their counties, their roles' kinds) — for them it is unknown.
    /// </summary>
    public static async Task<EmployerView?> ReadInScopeAsync(IQuerySession session, string creditCode, StaffScope scope, EmployerReading reading, CancellationToken ct)
    {
        var code = UnifiedSocialCreditCode.Normalize(creditCode);
        var record = UnifiedSocialCreditCode.IsValid(code) ? await session.LoadAsync<EmployerRecord>(code, ct) : null;
        if (record is null || !record.Cases.Any(c => scope.Reads(c.Kind, c.CountyCode))) return null;
        var listing = (await session.Query<CreditSanctions.CreditListing>().Where(x => x.CreditCode == code).ToListAsync(ct))
            .Where(x => x.IsActive).MaxBy(x => x.ProposedAt);
        return reading.View(record, scope) with { Listing = listing };
    }

    /// <summary>
    /// 欠薪预警名单: employers with a case the supervisor reads that cross an early-warning threshold today, most
    /// signals first. The database keeps the candidates (any complaint count, unpaid order, mass case or unpaid award
    /// that could cross one); the thresholds are applied to them here, so a changed threshold needs no rebuild.
    /// </summary>
    public static async Task<Page<EmployerWarningRow>> WarningsAsync(IQuerySession session, StaffScope scope, EmployerReading reading,
        string? county, string? code, int page, int pageSize, CancellationToken ct)
    {
        var settings = reading.Warnings;
        var mass = MassCaseDefinitions.BlacklistMassIncidentWorkers(reading.Rules);
        var kinds = scope.ReadableKinds();
        string[]? counties = county is not null ? [county] : scope.CountyFilter();
        IQueryable<EmployerRecord> query = session.Query<EmployerRecord>();
        if (counties is not null) query = query.Where(x => x.Cases.Any(c => counties.Contains(c.CountyCode) && kinds.Contains(c.Kind)));
        var least = Math.Max(1, settings.RepeatComplaintsAtLeast);
        query = query.Where(x => x.MaxUnpaidAfterOrder > 0 || x.Cases.Count >= least
            || x.Cases.Any(c => c.AwardReportedUnpaid || c.Workers >= mass));
        var rows = (await query.ToListAsync(ct))
            .Select(r => (Record: r, Warnings: EmployerWarnings.For(r, settings, mass, reading.Today, scope)))
            .Where(x => x.Warnings.Count > 0 && (code is null || x.Warnings.Any(w => w.Code == code)))
            .OrderByDescending(x => x.Warnings.Count).ThenBy(x => x.Record.Id, StringComparer.Ordinal)
            .ToList();
        var pageRows = rows.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new EmployerWarningRow(x.Record.Id, x.Record.Name, x.Record.CountyCodes, x.Warnings)).ToList();
        return new Page<EmployerWarningRow>(pageRows, page, pageSize, rows.Count, (rows.Count + pageSize - 1) / pageSize);
    }
}

public static class EmployersModule
{
    /// <summary>The registry's readers: the early-warning thresholds from configuration (<see cref="EarlyWarningSettings.Section"/>).</summary>
    public static IServiceCollection AddEmployerRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EarlyWarningSettings>(configuration.GetSection(EarlyWarningSettings.Section));
        return services.AddSingleton<EmployerReading>();
    }

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
