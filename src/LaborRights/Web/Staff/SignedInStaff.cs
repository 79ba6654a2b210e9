using System.Security.Claims;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Security.Accounts;

namespace LaborRights.Web.Staff;

/// <summary>
/// Who is signed in to the workbench, as its header shows them on every page: name, role and divisions. The roles
/// also decide where the workbench opens (<see cref="Landing"/>).
/// </summary>
public sealed record SignedInStaff(string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> DivisionNames)
{
    public const string QueuePath = "/staff/queue";
    public const string BenchmarkPath = "/staff/benchmark";
    public const string SupervisionsPath = "/staff/supervisions";
    public const string FollowUpsPath = "/staff/follow-ups";
    public const string EmployerWarningsPath = "/staff/employer-warnings";
    public const string CreditListingsPath = "/staff/credit-listings";
    public const string LeadsPath = "/staff/leads";
    public const string AccountsPath = "/staff/admin/accounts";
    public const string ImportsPath = "/staff/admin/imports";

    public static SignedInStaff Of(ClaimsPrincipal user, ShandongRegions regions)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(StaffRoles.IsKnown).Distinct().ToList();
        var divisions = user.FindAll(StaffClaimTypes.Division).Select(c => NameOf(c.Value, regions)).Distinct().ToList();
        var name = user.FindFirst(StaffPrincipals.DisplayNameClaim)?.Value ?? user.Identity?.Name ?? "";
        return new SignedInStaff(name, roles, divisions);
    }

    /// <summary>A division as people name it: 山东省, 济南市, 济南市历下区.</summary>
    public static string NameOf(string code, ShandongRegions regions) =>
        code == StaffScope.ProvinceCode ? "山东省"
        : regions.FindCity(code) is { } city ? city.Name
        : regions.FindCounty(code) is { } county ? county.CityName + county.Name
        : code;

    /// <summary>Whether the person works cases (their queue is where they start).</summary>
    public bool WorksCases => Roles.Any(r => r is StaffRoles.Inspector or StaffRoles.Arbitrator or StaffRoles.ArbitrationChair or StaffRoles.Supervisor);

    /// <summary>Whether the person takes part in credit-sanctions procedures (inspectors propose, supervisors decide).</summary>
    public bool WorksCreditListings => Roles.Any(r => r is StaffRoles.Inspector or StaffRoles.Supervisor);

    /// <summary>Whether the person reads the benchmark (supervisors).</summary>
    public bool ReadsBenchmark => Roles.Contains(StaffRoles.Supervisor);

    /// <summary>Whether the person administers accounts and imports (administrators).</summary>
    public bool Administers => Roles.Contains(StaffRoles.Administrator);

    /// <summary>
    /// Where the workbench opens for this person: the dashboard for supervisors, the queue for inspectors and
    /// arbitrators, the accounts for administrators; null when none of its pages is theirs.
    /// </summary>
    public string? Landing => ReadsBenchmark ? BenchmarkPath : WorksCases ? QueuePath : Administers ? AccountsPath : null;
}
