using LaborRights.Security;
using LaborRights.Security.Accounts;
using Microsoft.AspNetCore.Identity;

namespace LaborRights.Demo;

/// <summary>
/// One account per role and a few county samples, for trying the demo: created with the demo data only, and only
/// those missing (an administrator's later changes stay). The README lists them "for the demo only".
/// </summary>
public sealed class DemoAccounts(
    StaffAccounts accounts, IPasswordHasher<StaffAccount> hasher, TimeProvider clock, IHostEnvironment environment, ILogger<DemoAccounts> logger)
{
    /// <summary>Known to everyone who reads the README: never load demo data into a real deployment.</summary>
    public const string DemoPassword = "Demo-2026-laodong";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, string Division)> All =
    [
        ("inspector.lixia", "历下区劳动保障监察员（演示）", StaffRoles.Inspector, "370102"),
        ("inspector.shinan", "市南区劳动保障监察员（演示）", StaffRoles.Inspector, "370202"),
        ("arbitrator.lixia", "历下区劳动人事争议仲裁员（演示）", StaffRoles.Arbitrator, "370102"),
        ("chair.lixia", "历下区劳动人事争议仲裁委员会主任（演示）", StaffRoles.ArbitrationChair, "370102"),
        ("supervisor.jinan", "济南市督查人员（演示）", StaffRoles.Supervisor, "370100"),
        ("supervisor.province", "山东省督查人员（演示）", StaffRoles.Supervisor, StaffScope.ProvinceCode),
        ("admin", "系统管理员（演示）", StaffRoles.Administrator, StaffScope.ProvinceCode),
    ];

    public async Task EnsureAsync(CancellationToken ct)
    {
        // Accounts with a published password must never appear in a deployed system, whatever the demo data setting.
        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            logger.LogWarning("Demo data: no demo staff accounts outside Development (environment {Environment}).", environment.EnvironmentName);
            return;
        }

        var created = 0;
        foreach (var (userName, displayName, role, division) in All)
        {
            var account = new StaffAccount
            {
                Id = StaffAccount.IdFor(userName), UserName = userName, DisplayName = displayName,
                Roles = [role], Divisions = [division], CreatedAt = clock.GetUtcNow(), CreatedBy = "demo-data",
            };
            account.PasswordHash = hasher.HashPassword(account, DemoPassword);
            if (await accounts.FindAsync(userName, ct) is null && await accounts.TryCreateAsync(account, ct)) created++;
        }
        if (created > 0)
            logger.LogInformation("Demo data: {Count} demo staff accounts created ({Names}); password {Password} (demo only).",
                created, string.Join(", ", All.Select(a => a.UserName)), DemoPassword);
    }
}
