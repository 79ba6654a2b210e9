namespace LaborRights.Security;

/// <summary>
/// The staff roles (role claim values). A worker filing or tracking a case is anonymous and has no role.
/// </summary>
public static class StaffRoles
{
    /// <summary>劳动保障监察员: wage-arrears, discrimination and inspection cases of the counties assigned to them.</summary>
    public const string Inspector = "inspector";

    /// <summary>仲裁员: arbitration cases of their commission (its counties).</summary>
    public const string Arbitrator = "arbitrator";

    /// <summary>
    /// 仲裁委员会主任 (the chair of an arbitration commission): reads the arbitration cases of the commission's counties
    /// and approves extensions of their award period (劳动争议调解仲裁法 第43条).
    /// </summary>
    public const string ArbitrationChair = "arbitration-chair";

    /// <summary>督查人员 (city or province): reads everything in their city or the province, approves extensions of labour-inspection periods.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>系统管理员: accounts, reference data, imports; no case data.</summary>
    public const string Administrator = "administrator";

    public static readonly IReadOnlyList<string> All = [Inspector, Arbitrator, ArbitrationChair, Supervisor, Administrator];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}

/// <summary>Claim types of a staff principal beyond name and role.</summary>
public static class StaffClaimTypes
{
    /// <summary>
    /// A division the staff member is responsible for, one claim per division: a county code (370102), a city code
    /// (370100: every county of the city) or the province (370000: every county).
    /// </summary>
    public const string Division = "lr:division";
}
