using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LaborRights.Security.Accounts;

/// <summary>
/// Checks a user name and password against the stored account and keeps the lockout count in the database, so
/// every node counts the same failures. Every refusal looks the same to the caller: unknown user, wrong password,
/// locked and disabled accounts are told apart only in the log.
/// </summary>
public sealed class StaffSignIn(
    StaffAccounts accounts, IPasswordHasher<StaffAccount> hasher, TimeProvider clock, IOptions<StaffSignInOptions> options,
    ILogger<StaffSignIn> logger)
{
    // Unknown users are verified against a real hash too, so every outcome costs the same.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<StaffAccount>().HashPassword(new StaffAccount(), Guid.NewGuid().ToString()));

    public async Task<StaffAccount?> VerifyAsync(string? userName, string? password, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || userName.Length > 64 || password.Length > 256)
            return null;
        var now = clock.GetUtcNow();
        var account = await accounts.FindAsync(userName, ct);
        // Exactly one hash verification whatever follows (unknown, no local password, disabled, locked, wrong, right):
        // the slow step is always taken, so answer times do not tell which user names exist or which accounts are locked.
        var verdict = hasher.VerifyHashedPassword(account ?? new StaffAccount(), account?.PasswordHash ?? DummyHash.Value, password);
        if (account?.PasswordHash is null)
            // An unknown "user name" is often a password typed into the wrong field: it is not logged.
            return account is null ? Refused("(unknown)", "unknown user") : Refused(userName, "no local password");
        if (account.Disabled) return Refused(userName, "disabled");
        if (account.IsLockedOut(now)) return Refused(userName, "locked out");

        if (verdict == PasswordVerificationResult.Failed)
        {
            var rules = options.Value;
            var after = await accounts.UpdateAsync(userName, a => RecordFailure(a, now, rules), ct);
            if (after?.IsLockedOut(now) == true)
                logger.LogWarning("Sign-in: {UserName} locked out until {LockoutEnd:u} after {Max} wrong passwords.", account.UserName, after.LockoutEnd, rules.MaxFailedAttempts);
            return Refused(userName, "wrong password");
        }

        var rehashed = verdict == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(account, password) : null;
        var accepted = false;
        var updated = await accounts.UpdateAsync(userName, a =>
        {
            // The account may have been locked, disabled or given a new password since it was read.
            accepted = !a.Disabled && !a.IsLockedOut(now) && a.PasswordHash == account.PasswordHash;
            if (!accepted) return false;
            a.FailedAttempts = 0;
            a.LockoutEnd = null;
            a.LastSignInAt = now;
            if (rehashed is not null) a.PasswordHash = rehashed;
            return true;
        }, ct);
        return accepted ? updated : Refused(userName, "changed during sign-in");
    }

    private static bool RecordFailure(StaffAccount account, DateTimeOffset now, StaffSignInOptions rules)
    {
        if (account.IsLockedOut(now)) return false;
        account.FailedAttempts++;
        if (account.FailedAttempts >= rules.MaxFailedAttempts)
        {
            account.LockoutEnd = now + rules.LockoutDuration;
            account.FailedAttempts = 0;
        }
        return true;
    }

    private StaffAccount? Refused(string userName, string reason)
    {
        logger.LogInformation("Sign-in refused for {UserName}: {Reason}.", userName.Length > 64 ? userName[..64] : userName, reason);
        return null;
    }
}
