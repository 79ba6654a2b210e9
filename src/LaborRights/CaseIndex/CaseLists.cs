using System.Security.Claims;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Marten.Pagination;

namespace LaborRights.CaseIndex;

/// <summary>The query of one kind's list: where, which status, only overdue cases, which page.</summary>
public sealed record KindListQuery(string? County, string? City, string? Status, bool OverdueOnly, int Page, int PageSize);

/// <summary>
/// Each kind's work queue and overdue list (<c>GET /api/wage-arrears</c>, <c>…/overdue</c> …) are filters over the
/// case index: the caller's counties first, in the database, then the place and status asked for, most urgent deadline
/// first; each row in the kind's own shape.
/// </summary>
public static class CaseLists
{
    public static async Task<Answer<Page<TRow>>> PageAsync<TRow>(
        IQuerySession session, ShandongRegions regions, ClaimsPrincipal user, CaseKind kind, KindListQuery list,
        Func<CaseIndexEntry, TRow> row, CancellationToken ct)
    {
        if (ListParameters.Invalid(regions, list.County, list.City, list.Page, list.PageSize) is { } problem) return problem;
        var query = session.Query<CaseIndexEntry>().Where(x => x.Kind == kind).InScopeAndPlace(StaffScope.Of(user, regions), list.County, list.City);
        if (list.Status is { } status) query = query.Where(x => x.Status == status);
        if (list.OverdueOnly) query = query.Where(x => x.IsOverdue);
        var result = await query.OrderBy(x => x.NextDueOn).ThenBy(x => x.ReceivedOn).ThenBy(x => x.Id).ToPagedListAsync(list.Page, list.PageSize, useCountQuery: true, ct);
        return Page<TRow>.From(result, row);
    }
}
