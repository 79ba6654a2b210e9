using System.Security.Claims;
using LaborRights.ReferenceData;

namespace LaborRights.Security;

/// <summary>
/// Where a signed-in staff member may act or look (属地管理): the divisions of their <see cref="StaffClaimTypes.Division"/>
/// claims, resolved against the reference data. A county is covered when it, its city or the province is listed.
/// </summary>
public sealed class StaffScope
{
    public const string ProvinceCode = "370000";

    private readonly HashSet<string> _divisions;
    private readonly ShandongRegions _regions;

    private StaffScope(IEnumerable<string> divisions, IEnumerable<string> roles, ShandongRegions regions)
    {
        _divisions = new HashSet<string>(divisions, StringComparer.Ordinal);
        Roles = new HashSet<string>(roles.Where(StaffRoles.IsKnown), StringComparer.Ordinal);
        _regions = regions;
    }

    public static StaffScope Of(ClaimsPrincipal user, ShandongRegions regions) =>
        new(user.FindAll(StaffClaimTypes.Division).Select(c => c.Value),
            user.FindAll(ClaimTypes.Role).Select(c => c.Value), regions);

    public IReadOnlySet<string> Roles { get; }

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool CoversProvince => _divisions.Contains(ProvinceCode);

    /// <summary>Whether a case in this county lies in the staff member's divisions (roles are checked separately).</summary>
    public bool Covers(string countyCode)
    {
        if (_divisions.Contains(ProvinceCode) || _divisions.Contains(countyCode)) return true;
        var county = _regions.FindCounty(countyCode);
        return county is not null && _divisions.Contains(county.CityCode);
    }

    /// <summary>
    /// Whether the county lies in the staff member's divisions through its city or the province — a level above the
    /// county's own office, as approving a labour-inspection extension requires.
    /// </summary>
    public bool CoversFromAbove(string countyCode) =>
        _divisions.Contains(ProvinceCode) || _regions.FindCounty(countyCode) is { } county && _divisions.Contains(county.CityCode);

    /// <summary>Every county code covered, for filtering lists and exports in the database.</summary>
    public IReadOnlyList<string> CoveredCounties() =>
        _regions.Counties.Where(c => Covers(c.Code)).Select(c => c.Code).ToArray();
}
