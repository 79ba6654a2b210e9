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
/// One staff account: who it is, its role and divisions, its state, and the administrator's changes — disable (ends
/// its sessions now), enable, lift a lockout, set a new password — each what the API's endpoint does
/// (<see cref="StaffAccountChanges"/>). An unknown account answers 404.
/// </summary>
[Staff(StaffRoles.Administrator)]
public sealed class AccountModel(
    StaffAccounts accounts, IPasswordHasher<StaffAccount> hasher, ShandongRegions regions, IOptions<StaffSignInOptions> options,
    TimeProvider clock, ILogger<AccountModel> logger) : PageModel
{
    [FromRoute] public string UserName { get; set; } = "";

    [FromQuery(Name = "done")] public string? Done { get; set; }

    public StaffAccountView? Account { get; private set; }
    public FieldErrors Errors { get; } = new();

    public ErrorSummaryView ErrorSummary => new(Errors.All.ToList(), "reset-password");

    public string Divisions => Account is null ? "" : string.Join("、", Account.Divisions.Select(d => SignedInStaff.NameOf(d, regions)));

    /// <summary>The changes that apply to the account as it is now.</summary>
    public IReadOnlyList<CaseActionForm> Forms => Account is null ? [] :
    [
        .. Account.Disabled
            ? new[] { new CaseActionForm("enable", "Admin.Enable", "Admin.Enable.Hint", []) }
            : [new CaseActionForm("disable", "Admin.Disable", "Admin.Disable.Hint", [], Warning: true)],
        .. Account.LockedOut || Account.FailedAttempts > 0 ? new[] { new CaseActionForm("unlock", "Admin.Unlock", "Admin.Unlock.Hint", []) } : [],
        new CaseActionForm("reset-password", "Admin.ResetPassword", "Admin.ResetPassword.Hint",
            [new("password", "Admin.NewPassword", ActionFieldKind.Password, "Admin.Password.Hint", MaxLength: 128)]),
    ];

    public CaseActionView ViewOf(CaseActionForm form) =>
        new(form, 0, Errors.All.ToList(), null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Account = await FindAsync(ct);
        return Account is null ? NotFoundPage() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var action = Request.Form["action"].ToString();
        StaffAccountChange? change = action switch
        {
            "disable" => StaffAccountChanges.Disable,
            "enable" => StaffAccountChanges.Enable,
            "unlock" => StaffAccountChanges.Unlock,
            _ => null,
        };
        if (action == "reset-password")
        {
            var password = Request.Form["password"].ToString();
            var errors = new FieldErrors().Password(password, UserName, options.Value.MinimumPasswordLength);
            if (errors.Any)
            {
                foreach (var e in errors.All) Errors.Add(e.Field, e.Chinese, e.English);
                Account = await FindAsync(ct);
                if (Account is null) return NotFoundPage();
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
            change = StaffAccountChanges.NewPassword(hasher, password);
        }
        if (change is null) return BadRequest();
        var account = await StaffAccountChanges.ApplyAsync(UserName, change, User, accounts, logger, ct);
        return account is null ? NotFoundPage() : Redirect($"{AccountsModel.PathOf(account.UserName)}?done={action}");
    }

    private async Task<StaffAccountView?> FindAsync(CancellationToken ct) =>
        await accounts.FindAsync(UserName, ct) is { } account ? StaffAccountView.Of(account, clock.GetUtcNow()) : null;

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Account = null;
        return Page();
    }
}
