using System.Security.Claims;
using LaborRights.ReferenceData;
using LaborRights.Security;

namespace LaborRights.UnitTests;

/// <summary>Who acts in a specification: one role in one division, as a signed-in account's claims give it.</summary>
public static class StaffScopes
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();

    public static StaffScope Of(string role, string division) =>
        StaffScope.Of(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, role), new Claim(StaffClaimTypes.Division, division)], "test")), Regions);

    /// <summary>济南市督查人员: approves extensions of the labour-inspection kinds in 370102 (历下区).</summary>
    public static StaffScope JinanSupervisor => Of(StaffRoles.Supervisor, "370100");

    /// <summary>历下区仲裁委员会主任: approves extensions of arbitration awards in 370102.</summary>
    public static StaffScope LixiaChair => Of(StaffRoles.ArbitrationChair, "370102");
}
