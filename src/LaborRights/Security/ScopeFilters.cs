using System.Security.Claims;
using LaborRights.ReferenceData;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.Security;

/// <summary>How lists, queues and new cases apply a <see cref="StaffScope"/> (属地管理).</summary>
public static class ScopeFilters
{
    /// <summary>
    /// The counties a list is filtered to in the database (<c>= ANY(@counties)</c>), or null for the whole province,
    /// where a filter would only cost time.
    /// </summary>
    public static string[]? CountyFilter(this StaffScope scope) => scope.CoversProvince ? null : [.. scope.CoveredCounties()];

    /// <summary>
    /// A list's rows in the caller's counties (always first, in the database), then in the county or city asked for:
    /// a county asked for outside the scope simply yields nothing.
    /// </summary>
    public static IQueryable<T> InScopeAndPlace<T>(this IQueryable<T> query, StaffScope scope, string? county, string? city)
        where T : ILocatedRow
    {
        // One county (an inspector's) as an equality, so a list in its order is read from the county's index and stops
        // at the page's last row; several as a set.
        if (scope.CountyFilter() is { } covered)
            query = covered is [var only] ? query.Where(x => x.CountyCode == only) : query.Where(x => covered.Contains(x.CountyCode));
        if (county is not null) query = query.Where(x => x.CountyCode == county);
        if (city is not null) query = query.Where(x => x.CityCode == city);
        return query;
    }

    /// <summary>The case kinds the caller's roles read: supervisors all, inspectors theirs, arbitrators and their chairs arbitration.</summary>
    public static CaseKind[] ReadableKinds(this StaffScope scope)
    {
        if (scope.IsInRole(StaffRoles.Supervisor)) return Enum.GetValues<CaseKind>();
        var kinds = new List<CaseKind>();
        if (scope.IsInRole(StaffRoles.Inspector)) kinds.AddRange([CaseKind.WageArrears, CaseKind.Discrimination, CaseKind.Inspection]);
        if (scope.IsInRole(StaffRoles.Arbitrator) || scope.IsInRole(StaffRoles.ArbitrationChair)) kinds.Add(CaseKind.Arbitration);
        return [.. kinds];
    }

    /// <summary>Whether the caller reads this kind of case in this county.</summary>
    public static bool Reads(this StaffScope scope, CaseKind kind, string countyCode) =>
        scope.ReadableKinds().Contains(kind) && scope.Covers(countyCode);

    /// <summary>
    /// After field validation of a new case typed in by staff: a county outside the caller's divisions is a 403.
    /// Runs after validation so a missing or unknown county stays the usual 400 field error.
    /// </summary>
    public static ProblemDetails WithinDivisions(this ProblemDetails validated, ClaimsPrincipal user, ShandongRegions regions, string? county) =>
        ReferenceEquals(validated, Wolverine.Http.WolverineContinue.NoProblems) && county is not null
        && !StaffScope.Of(user, regions).Covers(county.Trim())
            ? Problems.OutsideDivisions()
            : validated;
}

/// <summary>A row of a list that lies in one county (and its city): what <see cref="ScopeFilters.InScopeAndPlace{T}"/> filters on.</summary>
public interface ILocatedRow
{
    string CountyCode { get; }
    string CityCode { get; }
}
