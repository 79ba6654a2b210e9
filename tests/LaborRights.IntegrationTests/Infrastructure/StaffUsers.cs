using LaborRights.Security;

namespace LaborRights.IntegrationTests.Infrastructure;

/// <summary>
/// Values of the test sign-in header for staff with given roles and divisions, e.g.
/// <c>StaffUsers.Of("inspector.zhang", [StaffRoles.Inspector], ["370102"])</c>.
/// A bare name (what most tests send) is a member of every role over the whole province.
/// </summary>
public static class StaffUsers
{
    public static string Of(string name, IEnumerable<string> roles, IEnumerable<string> divisions) =>
        $"{name}; roles={string.Join(',', roles)}; divisions={string.Join(',', divisions)}";

    public static string Inspector(params string[] counties) => Of("inspector.scoped", [StaffRoles.Inspector], counties);

    public static string Arbitrator(params string[] divisions) => Of("arbitrator.scoped", [StaffRoles.Arbitrator], divisions);

    /// <summary>仲裁委员会主任 of the commission covering these divisions: reads its arbitration cases, approves extensions.</summary>
    public static string ArbitrationChair(params string[] divisions) => Of("chair.scoped", [StaffRoles.ArbitrationChair], divisions);

    public static string Supervisor(string division) => Of("supervisor.scoped", [StaffRoles.Supervisor], [division]);

    public static string Administrator() => Of("admin.scoped", [StaffRoles.Administrator], [StaffScope.ProvinceCode]);
}
