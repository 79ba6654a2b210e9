using LaborRights.Security;
using Marten;

namespace LaborRights.Supervision;

/// <summary>What a caller does with one supervision, which decides who reaches it.</summary>
public enum SupervisionPurpose
{
    /// <summary>Those who read the flagged case (its kind's staff and supervisors, in its county).</summary>
    Read,

    /// <summary>The staff who handle the case's kind in its county (<see cref="SupervisionRules.MayReport"/>).</summary>
    Report,

    /// <summary>Supervisors over its county; the rules then require the level that decides it.</summary>
    Decide,
}

/// <summary>
/// One supervision (挂牌督办), in the county of its case: outside the caller's reach — roles, divisions, or a case kind
/// they do not read — it answers the same 404 as an unknown id (<see cref="ScopedRecordMiddleware"/>).
/// </summary>
public sealed class SupervisionAccessAttribute(SupervisionPurpose purpose, params string[] roles) : ScopedRecordAccess(roles)
{
    public SupervisionPurpose Purpose { get; } = purpose;

    public override string What => "该督办事项 / supervision";

    public override async Task<string?> CountyOfAsync(Guid id, IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<PrioritySupervision>(id, ct))?.CountyCode;

    public override async Task<bool> ReachesAsync(Guid id, StaffScope scope, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<PrioritySupervision>(id, ct) is { } supervision && Purpose switch
        {
            SupervisionPurpose.Read => scope.Reads(supervision.Case.Kind, supervision.CountyCode),
            SupervisionPurpose.Report => SupervisionRules.MayReport(scope, supervision),
            _ => scope.IsInRole(StaffRoles.Supervisor) && scope.Covers(supervision.CountyCode),
        };

    public override string ToString() => $"supervision({Purpose}: {string.Join(',', AllowedRoles)})";
}
