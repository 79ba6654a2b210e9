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

    /// <summary>The case kinds the caller's roles read: supervisors all, inspectors theirs, arbitrators arbitration.</summary>
    public static CaseKind[] ReadableKinds(this StaffScope scope)
    {
        if (scope.IsInRole(StaffRoles.Supervisor)) return Enum.GetValues<CaseKind>();
        var kinds = new List<CaseKind>();
        if (scope.IsInRole(StaffRoles.Inspector)) kinds.AddRange([CaseKind.WageArrears, CaseKind.Discrimination, CaseKind.Inspection]);
        if (scope.IsInRole(StaffRoles.Arbitrator)) kinds.Add(CaseKind.Arbitration);
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
