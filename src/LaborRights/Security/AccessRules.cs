using Microsoft.AspNetCore.Authorization;

namespace LaborRights.Security;

/// <summary>
/// Who may call an endpoint, declared on every endpoint so that the access-matrix test can read it from the
/// endpoint metadata: an endpoint without one fails that test. See docs/adr/0016-roles-and-locality-scope.md.
/// A page declares it on its page model class.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public abstract class AccessRule : Attribute
{
    /// <summary>The staff roles allowed (any one suffices); empty for <see cref="PublicAttribute"/>.</summary>
    public abstract IReadOnlyList<string> AllowedRoles { get; }

    public bool Allows(StaffScope scope) => AllowedRoles.Any(scope.IsInRole);
}

/// <summary>Anyone, signed in or not: intake, tracking, reference data, health, API docs.</summary>
public sealed class PublicAttribute : AccessRule, IAllowAnonymous
{
    public override IReadOnlyList<string> AllowedRoles => [];

    public override string ToString() => "public";
}

/// <summary>
/// Signed-in staff in one of the roles; a lack of role answers 403. The endpoint filters by
/// <see cref="StaffScope.CoveredCounties"/> itself (lists, queues, exports).
/// </summary>
public sealed class StaffAttribute : AccessRule, IAuthorizeData
{
    private readonly string[] _roles;

    public StaffAttribute(params string[] roles)
    {
        if (roles.Length == 0 || !roles.All(StaffRoles.IsKnown)) throw new ArgumentException("Name at least one known staff role.", nameof(roles));
        _roles = roles;
    }

    public override IReadOnlyList<string> AllowedRoles => _roles;

    // ASP.NET Core authorization turns this into a role policy: the 403 happens before the endpoint runs.
    public string? Roles { get => string.Join(',', _roles); set => throw new NotSupportedException(); }
    public string? Policy { get => null; set => throw new NotSupportedException(); }
    public string? AuthenticationSchemes { get => null; set => throw new NotSupportedException(); }

    public override string ToString() => $"staff({string.Join(',', _roles)})";
}

/// <summary>
/// One record with a county: <c>GET /api/{kind}/{id}</c> or <c>POST /api/{kind}/{id}/{action}</c>. Authorization
/// only requires a signed-in user; <see cref="ScopedRecordMiddleware"/> then answers 404 — exactly as for an
/// unknown id — when the caller's roles or divisions do not reach the record, so its existence is not revealed.
/// </summary>
public abstract class ScopedRecordAccess : AccessRule, IAuthorizeData
{
    private readonly string[] _roles;

    protected ScopedRecordAccess(string[] roles)
    {
        if (roles.Length == 0 || !roles.All(StaffRoles.IsKnown)) throw new ArgumentException("Name at least one known staff role.", nameof(roles));
        _roles = roles;
    }

    public override IReadOnlyList<string> AllowedRoles => _roles;

    /// <summary>What the 404 names, e.g. "该案件 / case".</summary>
    public abstract string What { get; }

    /// <summary>The county of the record, or null when there is no such record of this kind.</summary>
    public abstract Task<string?> CountyOfAsync(Guid id, Marten.IQuerySession session, CancellationToken ct);

    /// <summary>Whether the caller (whose roles this rule allows) reaches the record: by default, its county is in their divisions.</summary>
    public virtual async Task<bool> ReachesAsync(Guid id, StaffScope scope, Marten.IQuerySession session, CancellationToken ct) =>
        await CountyOfAsync(id, session, ct) is { } county && scope.Covers(county);

    public string? Roles { get => null; set => throw new NotSupportedException(); }
    public string? Policy { get => null; set => throw new NotSupportedException(); }
    public string? AuthenticationSchemes { get => null; set => throw new NotSupportedException(); }
}

/// <summary>A case of one kind. Its county comes from the case index, written inline with every case's events.</summary>
public sealed class CaseAccessAttribute(CaseKind kind, params string[] roles) : ScopedRecordAccess(roles)
{
    public CaseKind Kind { get; } = kind;

    public override string What => "该案件 / case";

    public override async Task<string?> CountyOfAsync(Guid id, Marten.IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<CaseIndex.CaseIndexEntry>(id, ct) is { } item && item.Kind == Kind ? item.CountyCode : null;

    public override string ToString() => $"case({Kind}: {string.Join(',', AllowedRoles)})";
}

/// <summary>A referral record (行刑衔接), in the county of the case it came from.</summary>
public sealed class ReferralAccessAttribute(params string[] roles) : ScopedRecordAccess(roles)
{
    public override string What => "该移送记录 / referral";

    public override async Task<string?> CountyOfAsync(Guid id, Marten.IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<Referrals.EnforcementReferral>(id, ct))?.CountyCode;

    public override string ToString() => $"referral({string.Join(',', AllowedRoles)})";
}
