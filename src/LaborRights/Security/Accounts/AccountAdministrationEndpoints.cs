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
    [WolverineGet("/api/admin/accounts")]
    public static async Task<Answer<IReadOnlyList<StaffAccountView>>> List(StaffAccounts accounts, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return Answer<IReadOnlyList<StaffAccountView>>.Ok((await accounts.ListAsync(ct)).Select(a => StaffAccountView.Of(a, now)).ToList());
    }

    [Staff(StaffRoles.Administrator)]
    [WolverineGet("/api/admin/accounts/{userName}")]
    public static async Task<Answer<StaffAccountView>> Get(string userName, StaffAccounts accounts, TimeProvider clock, CancellationToken ct) =>
        await accounts.FindAsync(userName, ct) is { } account
            ? StaffAccountView.Of(account, clock.GetUtcNow())
            : UnknownAccount();

    [Staff(StaffRoles.Administrator)]
    [WolverinePost("/api/admin/accounts")]
    [AnswersProblem(StatusCodes.Status409Conflict)]
    public static async Task<CreatedAnswer<StaffAccountView>> Create(
        CreateStaffAccount command, ClaimsPrincipal user, StaffAccounts accounts, IPasswordHasher<StaffAccount> hasher,
        ShandongRegions regions, IOptions<StaffSignInOptions> options, TimeProvider clock, ILogger<StaffAccount> logger, CancellationToken ct)
    {
        var errors = NewStaffAccount.Check(command, regions, options.Value);
        if (errors.Any) return errors.ToProblem();

        var account = NewStaffAccount.Build(command, user.Identity?.Name ?? "", hasher, clock);
        if (!await accounts.TryCreateAsync(account, ct))
            return Problems.Of(StatusCodes.Status409Conflict, "account-exists", "账号已存在 / The account exists",
                "该用户名已被使用（不区分大小写）。/ The user name is already taken (letter case does not count).");
        logger.LogInformation("Account {UserName} created by {Administrator}.", account.UserName, account.CreatedBy);
        return CreatedAnswer<StaffAccountView>.At($"/api/admin/accounts/{account.UserName}", StaffAccountView.Of(account, account.CreatedAt));
    }

    [Staff(StaffRoles.Administrator)]
    [WolverinePost("/api/admin/accounts/{userName}/disable")]
    public static Task<Answer<StaffAccountView>> Disable(string userName, ClaimsPrincipal user, StaffAccounts accounts, TimeProvider clock, ILogger<StaffAccount> logger, CancellationToken ct) =>
        Change(userName, user, accounts, clock, logger, "disabled", a =>
        {
            if (a.Disabled) return false;
            a.Disabled = true;
            a.SecurityStamp = StaffAccount.NewStamp(); // ends its sessions and tokens now
            return true;
        }, ct);

    [Staff(StaffRoles.Administrator)]
    [WolverinePost("/api/admin/accounts/{userName}/enable")]
    public static Task<Answer<StaffAccountView>> Enable(string userName, ClaimsPrincipal user, StaffAccounts accounts, TimeProvider clock, ILogger<StaffAccount> logger, CancellationToken ct) =>
        Change(userName, user, accounts, clock, logger, "enabled", a =>
        {
            if (!a.Disabled) return false;
            a.Disabled = false;
            return true;
        }, ct);

    [Staff(StaffRoles.Administrator)]
    [WolverinePost("/api/admin/accounts/{userName}/unlock")]
    public static Task<Answer<StaffAccountView>> Unlock(string userName, ClaimsPrincipal user, StaffAccounts accounts, TimeProvider clock, ILogger<StaffAccount> logger, CancellationToken ct) =>
        Change(userName, user, accounts, clock, logger, "unlocked", a =>
        {
            if (a.LockoutEnd is null && a.FailedAttempts == 0) return false;
            a.LockoutEnd = null;
            a.FailedAttempts = 0;
            return true;
        }, ct);

    /// <summary>The staff member's external identity changed (e.g. a new employee number): the next external sign-in binds anew.</summary>
    [Staff(StaffRoles.Administrator)]
    [WolverinePost("/api/admin/accounts/{userName}/unbind-external")]
    public static Task<Answer<StaffAccountView>> UnbindExternal(string userName, ClaimsPrincipal user, StaffAccounts accounts, TimeProvider clock, ILogger<StaffAccount> logger, CancellationToken ct) =>
        Change(userName, user, accounts, clock, logger, "unbound from its external identity", a =>
        {
            if (a.ExternalSubject is null) return false;
            (a.ExternalIssuer, a.ExternalSubject) = (null, null);
            a.SecurityStamp = StaffAccount.NewStamp();
            return true;
        }, ct);

    [Staff(StaffRoles.Administrator)]
    [WolverinePost("/api/admin/accounts/{userName}/reset-password")]
    public static async Task<Answer<StaffAccountView>> ResetPassword(
        string userName, ResetStaffPassword command, ClaimsPrincipal user, StaffAccounts accounts, IPasswordHasher<StaffAccount> hasher,
        IOptions<StaffSignInOptions> options, TimeProvider clock, ILogger<StaffAccount> logger, CancellationToken ct)
    {
        var errors = new FieldErrors().Password(command.Password, userName, options.Value.MinimumPasswordLength);
        if (errors.Any) return errors.ToProblem();
        return await Change(userName, user, accounts, clock, logger, "given a new password", a =>
        {
            a.PasswordHash = hasher.HashPassword(a, command.Password!);
            a.SecurityStamp = StaffAccount.NewStamp();
            a.LockoutEnd = null;
            a.FailedAttempts = 0;
            return true;
        }, ct);
    }

    private static async Task<Answer<StaffAccountView>> Change(
        string userName, ClaimsPrincipal user, StaffAccounts accounts, TimeProvider clock, ILogger logger, string what,
        Func<StaffAccount, bool> change, CancellationToken ct)
    {
        var changed = false;
        var account = await accounts.UpdateAsync(userName, a => changed = change(a), ct);
        if (account is null) return UnknownAccount();
        if (changed) logger.LogInformation("Account {UserName} {What} by {Administrator}.", account.UserName, what, user.Identity?.Name);
        return StaffAccountView.Of(account, clock.GetUtcNow());
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
