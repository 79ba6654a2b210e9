using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Security.Accounts;
using LaborRights.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LaborRights.Pages.Staff.Admin;

/// <summary>
/// 账号管理: every staff account with its role, divisions and state (disabled, locked out), and the form that opens
/// a new one — the same rules as <c>POST /api/admin/accounts</c> (one role per account, known divisions, the
/// password policy). Each account's own page changes it.
/// </summary>
[Staff(StaffRoles.Administrator)]
public sealed class AccountsModel(
    StaffAccounts accounts, IPasswordHasher<StaffAccount> hasher, ShandongRegions regions, IOptions<StaffSignInOptions> options,
    TimeProvider clock, ILogger<AccountsModel> logger) : PageModel
{
    public const string Path = "/staff/admin/accounts";

    public static string PathOf(string userName) => $"{Path}/{Uri.EscapeDataString(userName)}";

    public IReadOnlyList<StaffAccountView> Accounts { get; private set; } = [];
    public FieldErrors Errors { get; } = new();

    public ErrorSummaryView ErrorSummary => new(Errors.All.ToList(), "create-account");
    public CaseActionView CreateForm { get; private set; } = null!;
    public ShandongRegions Regions => regions;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new ActionInput(Request.Form);
        var command = new CreateStaffAccount(input.Text("userName")?.Trim(), input.Text("displayName"), input.Text("password"),
            input.Text("roles") is { } role ? [role] : [], input.Text("divisions") is { } division ? [division] : []);
        var (errors, account) = await NewStaffAccount.CreateAsync(command, User, accounts, hasher, regions, options.Value, clock, logger, ct);
        if (!errors.Any && account is not null) return Redirect($"{PathOf(account.UserName)}?done=created");
        if (!errors.Any) errors.Add("userName", "该用户名已被使用（不区分大小写）", "The user name is already taken (letter case does not count)");
        foreach (var e in errors.All) Errors.Add(e.Field, e.Chinese, e.English);
        Response.StatusCode = account is null && !errors.All.Any(e => e.Field != "userName") ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        await LoadAsync(Request.Form, ct);
        return Page();
    }

    private async Task LoadAsync(IFormCollection? typed, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Accounts = (await accounts.ListAsync(ct)).Select(a => StaffAccountView.Of(a, now)).OrderBy(a => a.UserName, StringComparer.OrdinalIgnoreCase).ToList();
        CreateForm = new CaseActionView(new CaseActionForm("create-account", "Admin.CreateAccount", "Admin.CreateAccount.Hint",
        [
            new("userName", "Admin.UserName", ActionFieldKind.Text, "Admin.UserName.Hint", MaxLength: 64),
            new("displayName", "Admin.DisplayName", ActionFieldKind.Text, MaxLength: 50),
            new("roles", "Admin.Role", ActionFieldKind.Select, "Admin.Role.Hint", StaffRoles.All.Select(r => (r, r)).ToList(), OptionKeys: "Role"),
            new("divisions", "Admin.Division", ActionFieldKind.Select, "Admin.Division.Hint", DivisionOptions(regions)),
            new("password", "Admin.Password", ActionFieldKind.Password, "Admin.Password.Hint", MaxLength: 128),
        ]), 0, Errors.All.ToList(), typed);
    }

    /// <summary>The province, each city, each county (as <see cref="SignedInStaff.NameOf"/> names them).</summary>
    public static IReadOnlyList<(string Value, string Text)> DivisionOptions(ShandongRegions regions) =>
    [
        (StaffScope.ProvinceCode, SignedInStaff.NameOf(StaffScope.ProvinceCode, regions)),
        .. regions.Cities.Select(c => (c.Code, c.Name + "（全市）")),
        .. regions.Counties.Select(c => (c.Code, c.CityName + c.Name)),
    ];

    public string DivisionsOf(StaffAccountView account) => string.Join("、", account.Divisions.Select(d => SignedInStaff.NameOf(d, regions)));
}
