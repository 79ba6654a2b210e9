using System.Security.Claims;

namespace LaborRights.Security.Accounts;

/// <summary>The principal of a signed-in account: name, roles and divisions (the shared security model), plus what
/// lets each request check that the account still allows it.</summary>
public static class StaffPrincipals
{
    public const string AuthenticationType = "LaborRights";

    /// <summary>The account's id (lower-case user name).</summary>
    public const string AccountClaim = "lr:account";

    /// <summary>The account's security stamp when the session or token was issued.</summary>
    public const string StampClaim = "lr:stamp";

    public const string DisplayNameClaim = "lr:display-name";

    public static ClaimsPrincipal For(StaffAccount account)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(DisplayNameClaim, account.DisplayName),
            new(AccountClaim, account.Id),
            new(StampClaim, account.SecurityStamp),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(account.Divisions.Select(d => new Claim(StaffClaimTypes.Division, d)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>Someone the external identity provider vouches for who has no usable local account: a name, no roles.</summary>
    public static ClaimsPrincipal WithoutAccount(string userName) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, userName)], AuthenticationType, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>
    /// Whether a principal issued earlier still stands: its account exists, is enabled, and its stamp is unchanged.
    /// A principal without an account claim (an external user without a local account) has no roles to lose.
    /// </summary>
    public static async Task<bool> StillValidAsync(ClaimsPrincipal principal, StaffAccounts accounts, CancellationToken ct)
    {
        if (principal.FindFirst(AccountClaim)?.Value is not { } id) return !principal.HasClaim(c => c.Type == ClaimTypes.Role);
        var account = await accounts.FindAsync(id, ct);
        return account is { Disabled: false } && account.SecurityStamp == principal.FindFirst(StampClaim)?.Value;
    }
}
