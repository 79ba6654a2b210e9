using JasperFx.Metadata;
using Marten.Schema;

namespace LaborRights.Security.Accounts;

/// <summary>
/// A staff member's local account. The id is the user name in lower case, so two accounts can never differ only by
/// case and a sign-in finds the account by primary key. Optimistic concurrency (<see cref="IVersioned"/>) keeps
/// concurrent failed sign-ins from overwriting each other's count, which would defeat the lockout.
/// </summary>
[UseOptimisticConcurrency]
public sealed class StaffAccount : IVersioned
{
    public string Id { get; set; } = "";
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";

    /// <summary>ASP.NET Core Identity's PBKDF2 hash; null for an account that signs in only through OpenID Connect.</summary>
    public string? PasswordHash { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>County, city or province codes (see <see cref="StaffClaimTypes.Division"/>).</summary>
    public List<string> Divisions { get; set; } = [];

    /// <summary>
    /// The external identity (OpenID Connect issuer and subject) this account is bound to since its first external
    /// sign-in; from then on only that identity can use the account, whatever user name the provider sends.
    /// </summary>
    public string? ExternalIssuer { get; set; }
    public string? ExternalSubject { get; set; }

    public bool Disabled { get; set; }
    public int FailedAttempts { get; set; }
    public DateTimeOffset? LockoutEnd { get; set; }

    /// <summary>Copied into every session and token; changing it (disable, password reset) ends them all.</summary>
    public string SecurityStamp { get; set; } = NewStamp();

    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? LastSignInAt { get; set; }
    public Guid Version { get; set; }

    public static string IdFor(string userName) => userName.Trim().ToLowerInvariant();

    public static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public bool IsLockedOut(DateTimeOffset now) => LockoutEnd > now;
}

/// <summary>What an administrator sees of an account: never the hash or the stamp.</summary>
public sealed record StaffAccountView(
    string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Divisions,
    bool Disabled, bool LockedOut, DateTimeOffset? LockoutEnd, int FailedAttempts, bool HasPassword,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? LastSignInAt, string? ExternalIssuer, string? ExternalSubject)
{
    public static StaffAccountView Of(StaffAccount a, DateTimeOffset now) => new(
        a.UserName, a.DisplayName, a.Roles, a.Divisions, a.Disabled, a.IsLockedOut(now), a.IsLockedOut(now) ? a.LockoutEnd : null,
        a.FailedAttempts, a.PasswordHash is not null, a.CreatedAt, a.CreatedBy, a.LastSignInAt, a.ExternalIssuer, a.ExternalSubject);
}
