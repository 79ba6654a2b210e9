using System.Text.RegularExpressions;
using LaborRights.ReferenceData;

namespace LaborRights.Security.Accounts;

/// <summary>What a user name, a password, roles and divisions must be; each broken rule is a 400 field error.</summary>
public static partial class AccountRules
{
    public const int MaxPasswordLength = 128;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();

    public static FieldErrors UserName(this FieldErrors errors, string? userName)
    {
        errors.Required("userName", userName, "用户名", "User name");
        if (!string.IsNullOrWhiteSpace(userName) && !UserNamePattern().IsMatch(userName))
            errors.Add("userName", "用户名须为3至64位字母、数字或 . _ -，以字母或数字开头",
                "The user name must be 3 to 64 letters, digits or . _ -, starting with a letter or digit");
        return errors;
    }

    public static FieldErrors Password(this FieldErrors errors, string? password, string? userName, int minimumLength)
    {
        errors.Required("password", password, "密码", "Password");
        if (string.IsNullOrEmpty(password)) return errors;
        if (password.Length < minimumLength)
            errors.Add("password", $"密码至少{minimumLength}位", $"The password must have at least {minimumLength} characters");
        if (password.Length > MaxPasswordLength)
            errors.Add("password", $"密码不能超过{MaxPasswordLength}位", $"The password must have at most {MaxPasswordLength} characters");
        if (!password.Any(char.IsLetter) || !password.Any(c => !char.IsLetter(c)))
            errors.Add("password", "密码须同时包含字母和数字或符号", "The password must contain letters and digits or symbols");
        if (password.Distinct().Count() < 5)
            errors.Add("password", "密码过于简单", "The password is too simple");
        if (!string.IsNullOrWhiteSpace(userName) && password.Contains(userName.Trim(), StringComparison.OrdinalIgnoreCase))
            errors.Add("password", "密码不能包含用户名", "The password must not contain the user name");
        return errors;
    }

    public static FieldErrors RolesAndDivisions(this FieldErrors errors, IReadOnlyList<string>? roles, IReadOnlyList<string>? divisions, ShandongRegions regions)
    {
        if (roles is not { Count: > 0 })
            errors.Add("roles", "至少指定一个角色", "At least one role is required");
        else if (roles.FirstOrDefault(r => !StaffRoles.IsKnown(r)) is { } unknown)
            errors.Add("roles", $"未知角色：{unknown}（可选 {string.Join('、', StaffRoles.All)}）", $"Unknown role {unknown} (one of {string.Join(", ", StaffRoles.All)})");
        // An account's divisions apply to all its roles (ADR 0016): two roles would lend one role the other's reach
        // (a supervisor's province with an inspector's commands), and administration stays apart from case work.
        else if (roles.Distinct(StringComparer.Ordinal).Count() > 1)
            errors.Add("roles", "每个账号只能有一个角色；身兼数职请分别开设账号", "An account has exactly one role; give a person with several duties one account per role");
        if (divisions is not { Count: > 0 })
            errors.Add("divisions", "至少指定一个辖区（县、市或全省代码）", "At least one division (county, city or province code) is required");
        else if (divisions.FirstOrDefault(d => d != StaffScope.ProvinceCode && regions.FindCity(d) is null && regions.FindCounty(d) is null) is { } bad)
            errors.Add("divisions", $"未知辖区代码：{bad}", $"Unknown division code {bad}");
        return errors;
    }
}
