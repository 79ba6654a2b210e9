using System.Security.Claims;
using LaborRights.ReferenceData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace LaborRights.Security.Accounts;

public sealed record CreateStaffAccount(
    string? UserName, string? DisplayName, string? Password, IReadOnlyList<string>? Roles, IReadOnlyList<string>? Divisions);

public sealed record ResetStaffPassword(string? Password);

/// <summary>Accounts are the administrator's: create, list, disable and enable, reset a password, lift a lockout.</summary>
public static class AccountAdministrationEndpoints
{
    private static ProblemDetails UnknownAccount() => Problems.NotFound("该账号 / account");

    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("工作人员账号列表 · List staff accounts")]
    [EndpointDescription("系统管理员查看全部工作人员账号：用户名、姓名、角色、辖区、是否停用或锁定、最近登录时间和绑定的外部身份。不返回密码信息。\n\n" +
        "Administrators list every staff account: user name, name, role, divisions, whether it is disabled or locked out, last sign-in and any " +
        "bound external identity. No password data is returned.")]
    [Tags("账号与登录 · Accounts and sign-in")]
    [WolverineGet("/api/admin/accounts", OperationId = "listStaffAccounts")]
    public static async Task<Answer<IReadOnlyList<StaffAccountView>>> List(StaffAccounts accounts, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return Answer<IReadOnlyList<StaffAccountView>>.Ok((await accounts.ListAsync(ct)).Select(a => StaffAccountView.Of(a, now)).ToList());
    }

    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("查看工作人员账号 · Get a staff account")]
    [EndpointDescription("系统管理员按用户名查看一个工作人员账号；账号不存在返回 404。\n\n" +
        "Administrators read one staff account by its user name; 404 for an unknown account.")]
    [Tags("账号与登录 · Accounts and sign-in")]
    [WolverineGet("/api/admin/accounts/{userName}", OperationId = "getStaffAccount")]
    public static async Task<Answer<StaffAccountView>> Get(string userName, StaffAccounts accounts, TimeProvider clock, CancellationToken ct) =>
        await accounts.FindAsync(userName, ct) is { } account
            ? StaffAccountView.Of(account, clock.GetUtcNow())
            : UnknownAccount();

    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("开设工作人员账号 · Create a staff account")]
    [EndpointDescription("系统管理员开设工作人员账号：用户名（3至64位字母、数字或 . _ -）、姓名、初始密码、一个角色（监察员、仲裁员、" +
        "督查人员或系统管理员）和至少一个辖区（县、市或全省代码）。每个账号只能有一个角色，身兼数职的须分别开设；密码至少10位，" +
        "须含字母和数字或符号，不能包含用户名。用户名已被使用（不区分大小写）的返回 409；成功返回 201。\n\n" +
        "An administrator creates a staff account: user name (3 to 64 letters, digits or . _ -), name, initial password, one role (inspector, " +
        "arbitrator, supervisor or administrator) and at least one division (county, city or province code). An account has exactly one role, so a " +
        "person with several duties gets one account per role; the password has at least 10 characters, letters and digits or symbols, and not the " +
        "user name. 409 when the user name is taken (letter case does not count); 201 on success.")]
    [Tags("账号与登录 · Accounts and sign-in")]
    [WolverinePost("/api/admin/accounts", OperationId = "createStaffAccount")]
    [AnswersProblem(StatusCodes.Status409Conflict)]
    public static async Task<CreatedAnswer<StaffAccountView>> Create(
        CreateStaffAccount command, ClaimsPrincipal user, StaffAccounts accounts, IPasswordHasher<StaffAccount> hasher,
        ShandongRegions regions, IOptions<StaffSignInOptions> options, TimeProvider clock, ILogger<StaffAccount> logger, CancellationToken ct)
    {
        var (errors, account) = await NewStaffAccount.CreateAsync(command, user, accounts, hasher, regions, options.Value, clock, logger, ct);
        if (errors.Any) return errors.ToProblem();
        if (account is null)
            return Problems.Of(StatusCodes.Status409Conflict, "account-exists", "账号已存在 / The account exists",
                "该用户名已被使用（不区分大小写）。/ The user name is already taken (letter case does not count).");
        return CreatedAnswer<StaffAccountView>.At($"/api/admin/accounts/{account.UserName}", StaffAccountView.Of(account, account.CreatedAt));
    }

    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("停用工作人员账号 · Disable a staff account")]
    [EndpointDescription("系统管理员停用一个账号，其现有登录会话和令牌立即失效，此后不能登录。已停用的账号不做改动；账号不存在返回 404。\n\n" +
        "An administrator disables an account: its sessions and tokens end at once and it can no longer sign in. An account already disabled is " +
        "left as it is; 404 for an unknown account.")]
    [Tags("账号与登录 · Accounts and sign-in")]
    [WolverinePost("/api/admin/accounts/{userName}/disable", OperationId = "disableStaffAccount")]
    public static Task<Answer<StaffAccountView>> Disable(string userName, ClaimsPrincipal user, StaffAccounts accounts, TimeProvider clock, ILogger<StaffAccount> logger, CancellationToken ct) =>
        Change(userName, user, accounts, clock, logger, StaffAccountChanges.Disable, ct);

    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("启用工作人员账号 · Enable a staff account")]
    [EndpointDescription("系统管理员重新启用已停用的账号，此后可以再次登录。未停用的账号不做改动；账号不存在返回 404。\n\n" +
        "An administrator enables a disabled account, which may then sign in again. An account that is not disabled is left as it is; 404 for an " +
        "unknown account.")]
    [Tags("账号与登录 · Accounts and sign-in")]
    [WolverinePost("/api/admin/accounts/{userName}/enable", OperationId = "enableStaffAccount")]
    public static Task<Answer<StaffAccountView>> Enable(string userName, ClaimsPrincipal user, StaffAccounts accounts, TimeProvider clock, ILogger<StaffAccount> logger, CancellationToken ct) =>
        Change(userName, user, accounts, clock, logger, StaffAccountChanges.Enable, ct);

    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("解除账号锁定 · Unlock a staff account")]
    [EndpointDescription("账号因多次输错密码被锁定时，系统管理员可提前解除锁定并清零失败次数。账号不存在返回 404。\n\n" +
        "When an account is locked out after wrong passwords, an administrator lifts the lockout early and resets the failure count. 404 for an " +
        "unknown account.")]
    [Tags("账号与登录 · Accounts and sign-in")]
    [WolverinePost("/api/admin/accounts/{userName}/unlock", OperationId = "unlockStaffAccount")]
    public static Task<Answer<StaffAccountView>> Unlock(string userName, ClaimsPrincipal user, StaffAccounts accounts, TimeProvider clock, ILogger<StaffAccount> logger, CancellationToken ct) =>
        Change(userName, user, accounts, clock, logger, StaffAccountChanges.Unlock, ct);

    /// <summary>The staff member's external identity changed (e.g. a new employee number): the next external sign-in binds anew.</summary>
    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("解除外部身份绑定 · Unbind a staff account's external sign-in")]
    [EndpointDescription("工作人员的外部身份变更（例如换了工号）时，系统管理员解除账号与原外部身份的绑定，现有会话和令牌随即失效；" +
        "下次用外部身份登录时重新绑定。账号不存在返回 404。\n\n" +
        "When a staff member's external identity changes (e.g. a new employee number), an administrator unbinds the account from the old one; its " +
        "sessions and tokens end, and the next external sign-in binds anew. 404 for an unknown account.")]
    [Tags("账号与登录 · Accounts and sign-in")]
    [WolverinePost("/api/admin/accounts/{userName}/unbind-external", OperationId = "unbindStaffAccountExternalSignIn")]
    public static Task<Answer<StaffAccountView>> UnbindExternal(string userName, ClaimsPrincipal user, StaffAccounts accounts, TimeProvider clock, ILogger<StaffAccount> logger, CancellationToken ct) =>
        Change(userName, user, accounts, clock, logger, StaffAccountChanges.UnbindExternal, ct);

    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("重置账号密码 · Reset a staff account's password")]
    [EndpointDescription("系统管理员为账号设置新密码（至少10位，须含字母和数字或符号，不能包含用户名），同时解除锁定；" +
        "该账号现有的会话和令牌立即失效。账号不存在返回 404。\n\n" +
        "An administrator sets a new password for an account (at least 10 characters, letters and digits or symbols, not the user name) and lifts " +
        "any lockout; the account's sessions and tokens end at once. 404 for an unknown account.")]
    [Tags("账号与登录 · Accounts and sign-in")]
    [WolverinePost("/api/admin/accounts/{userName}/reset-password", OperationId = "resetStaffAccountPassword")]
    public static async Task<Answer<StaffAccountView>> ResetPassword(
        string userName, ResetStaffPassword command, ClaimsPrincipal user, StaffAccounts accounts, IPasswordHasher<StaffAccount> hasher,
        IOptions<StaffSignInOptions> options, TimeProvider clock, ILogger<StaffAccount> logger, CancellationToken ct)
    {
        var errors = new FieldErrors().Password(command.Password, userName, options.Value.MinimumPasswordLength);
        if (errors.Any) return errors.ToProblem();
        return await Change(userName, user, accounts, clock, logger, StaffAccountChanges.NewPassword(hasher, command.Password!), ct);
    }

    private static async Task<Answer<StaffAccountView>> Change(
        string userName, ClaimsPrincipal user, StaffAccounts accounts, TimeProvider clock, ILogger logger, StaffAccountChange change, CancellationToken ct) =>
        await StaffAccountChanges.ApplyAsync(userName, change, user, accounts, logger, ct) is { } account
            ? StaffAccountView.Of(account, clock.GetUtcNow())
            : UnknownAccount();
}

/// <summary>A change to an account: what it is called in the log, and the change (false when there was nothing to change).</summary>
public sealed record StaffAccountChange(string What, Func<StaffAccount, bool> Apply);

/// <summary>The administrator's changes to an account, for the API and the administration pages alike.</summary>
public static class StaffAccountChanges
{
    public static StaffAccountChange Disable { get; } = new("disabled", a =>
    {
        if (a.Disabled) return false;
        a.Disabled = true;
        a.SecurityStamp = StaffAccount.NewStamp(); // ends its sessions and tokens now
        return true;
    });

    public static StaffAccountChange Enable { get; } = new("enabled", a =>
    {
        if (!a.Disabled) return false;
        a.Disabled = false;
        return true;
    });

    public static StaffAccountChange Unlock { get; } = new("unlocked", a =>
    {
        if (a.LockoutEnd is null && a.FailedAttempts == 0) return false;
        a.LockoutEnd = null;
        a.FailedAttempts = 0;
        return true;
    });

    public static StaffAccountChange UnbindExternal { get; } = new("unbound from its external identity", a =>
    {
        if (a.ExternalSubject is null) return false;
        (a.ExternalIssuer, a.ExternalSubject) = (null, null);
        a.SecurityStamp = StaffAccount.NewStamp();
        return true;
    });

    /// <summary>For a password that passed the password rules: it ends the account's sessions and lifts a lockout.</summary>
    public static StaffAccountChange NewPassword(IPasswordHasher<StaffAccount> hasher, string password) => new("given a new password", a =>
    {
        a.PasswordHash = hasher.HashPassword(a, password);
        a.SecurityStamp = StaffAccount.NewStamp();
        a.LockoutEnd = null;
        a.FailedAttempts = 0;
        return true;
    });

    /// <summary>The account after the change (logged when something changed), or null when there is no such account.</summary>
    public static async Task<StaffAccount?> ApplyAsync(string userName, StaffAccountChange change, ClaimsPrincipal user, StaffAccounts accounts,
        ILogger logger, CancellationToken ct)
    {
        var changed = false;
        var account = await accounts.UpdateAsync(userName, a => changed = change.Apply(a), ct);
        if (account is not null && changed)
            logger.LogInformation("Account {UserName} {What} by {Administrator}.", account.UserName, change.What, user.Identity?.Name);
        return account;
    }
}

/// <summary>The one way an account comes to be, from the administrator endpoint or the <c>add-staff-account</c> verb.</summary>
public static class NewStaffAccount
{
    public static FieldErrors Check(CreateStaffAccount command, ShandongRegions regions, StaffSignInOptions options) =>
        new FieldErrors()
            .UserName(command.UserName)
            .Text("displayName", command.DisplayName, 50, "姓名", "Display name")
            .Password(command.Password, command.UserName, options.MinimumPasswordLength)
            .RolesAndDivisions(command.Roles, command.Divisions, regions);

    /// <summary>
    /// Checked, built and stored (the API and the administration page): the form's errors, or the account — null
    /// when the user name is taken (letter case does not count).
    /// </summary>
    public static async Task<(FieldErrors Errors, StaffAccount? Account)> CreateAsync(CreateStaffAccount command, ClaimsPrincipal user,
        StaffAccounts accounts, IPasswordHasher<StaffAccount> hasher, ShandongRegions regions, StaffSignInOptions options, TimeProvider clock,
        ILogger logger, CancellationToken ct)
    {
        var errors = Check(command, regions, options);
        if (errors.Any) return (errors, null);
        var account = Build(command, user.Identity?.Name ?? "", hasher, clock);
        if (!await accounts.TryCreateAsync(account, ct)) return (errors, null);
        logger.LogInformation("Account {UserName} created by {Administrator}.", account.UserName, account.CreatedBy);
        return (errors, account);
    }

    /// <summary>For a command that passed <see cref="Check"/>.</summary>
    public static StaffAccount Build(CreateStaffAccount command, string createdBy, IPasswordHasher<StaffAccount> hasher, TimeProvider clock)
    {
        var account = new StaffAccount
        {
            Id = StaffAccount.IdFor(command.UserName!),
            UserName = command.UserName!.Trim(),
            DisplayName = command.DisplayName!.Trim(),
            Roles = command.Roles!.Distinct().ToList(),
            Divisions = command.Divisions!.Select(d => d.Trim()).Distinct().ToList(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = createdBy,
        };
        account.PasswordHash = hasher.HashPassword(account, command.Password!);
        return account;
    }
}
