using System.Security.Claims;
using LaborRights.Security.Accounts;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace LaborRights.Security.SignIn;

/// <summary>
/// The province's unified identity service (统一身份认证) as an optional OpenID Connect provider, section
/// <c>Authentication:Oidc</c>. Off unless both <see cref="Authority"/> and <see cref="ClientId"/> are set.
/// </summary>
public sealed record OidcSignInOptions
{
    public const string Section = "Authentication:Oidc";
    public const string SchemeName = "oidc";

    public string? Authority { get; init; }
    public string? ClientId { get; init; }

    /// <summary>From the environment or a secret store (<c>Authentication__Oidc__ClientSecret</c>), never from a committed file.</summary>
    public string? ClientSecret { get; init; }

    public string CallbackPath { get; init; } = "/signin-oidc";

    /// <summary>The claim of the provider's ID token that holds the local user name.</summary>
    public string UserNameClaim { get; init; } = "preferred_username";

    /// <summary>Scopes asked for; none configured means <c>openid profile</c> (a configured list replaces, not extends, it).</summary>
    public string[]? Scopes { get; init; }

    /// <summary>The provider's name on the login page's button.</summary>
    public string DisplayName { get; init; } = "统一身份认证";

    public bool RequireHttpsMetadata { get; init; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

/// <summary>
/// Turns the provider's user into a local one: roles and divisions come only from the local account of the same user
/// name, so the provider proves who someone is and this system decides what they may do. The user name is only how
/// the first sign-in finds the account: the account is then bound to the provider's issuer and subject (<c>iss</c>,
/// <c>sub</c> — unique and stable, unlike <c>preferred_username</c>), and another identity sending the same name later
/// gets no role. Administrator accounts never sign in externally. A user without an enabled local account is signed in
/// with no role, which opens no staff endpoint.
/// </summary>
public sealed class OidcAccountMapping(StaffAccounts accounts, ILogger<OidcAccountMapping> logger)
{
    public async Task<ClaimsPrincipal?> MapAsync(ClaimsPrincipal external, string userNameClaim, CancellationToken ct)
    {
        var userName = external.FindFirst(userNameClaim)?.Value;
        var subject = external.FindFirst("sub");
        if (string.IsNullOrWhiteSpace(userName) || userName.Length > 64 || string.IsNullOrWhiteSpace(subject?.Value))
        {
            logger.LogWarning("External sign-in without a usable {Claim} or sub claim refused.", userNameClaim);
            return null;
        }

        var issuer = external.FindFirst("iss")?.Value ?? subject.Issuer;
        var account = await accounts.FindAsync(userName, ct);
        if (account is not { Disabled: false })
        {
            logger.LogInformation("External user {UserName} has no enabled local account: signed in without roles.", userName);
            return StaffPrincipals.WithoutAccount(userName);
        }

        if (account.Roles.Contains(StaffRoles.Administrator))
        {
            logger.LogWarning("External sign-in to administrator account {UserName} refused: administrators sign in with their password.", userName);
            return StaffPrincipals.WithoutAccount(userName);
        }

        if (account.ExternalSubject is null)
        {
            account = await accounts.UpdateAsync(userName, a =>
            {
                if (a.ExternalSubject is not null) return false;
                (a.ExternalIssuer, a.ExternalSubject) = (issuer, subject.Value);
                return true;
            }, ct) ?? account;
        }

        if (account.ExternalIssuer != issuer || account.ExternalSubject != subject.Value)
        {
            logger.LogWarning("External sign-in as {UserName} by another external identity than the one the account is bound to: signed in without roles.", userName);
            return StaffPrincipals.WithoutAccount(userName);
        }

        return StaffPrincipals.For(account);
    }

    internal static void Configure(OpenIdConnectOptions o, OidcSignInOptions settings)
    {
        o.SignInScheme = StaffAuthentication.CookieScheme;
        o.Authority = settings.Authority;
        o.ClientId = settings.ClientId;
        o.ClientSecret = settings.ClientSecret;
        o.CallbackPath = settings.CallbackPath;
        o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        o.ResponseType = "code";
        o.UsePkce = true;
        o.SaveTokens = false;
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = true;
        o.Scope.Clear();
        foreach (var scope in settings.Scopes is { Length: > 0 } scopes ? scopes : ["openid", "profile"]) o.Scope.Add(scope);
        o.Events.OnTokenValidated = async context =>
        {
            var mapping = context.HttpContext.RequestServices.GetRequiredService<OidcAccountMapping>();
            var local = await mapping.MapAsync(context.Principal!, settings.UserNameClaim, context.HttpContext.RequestAborted);
            if (local is null) context.Fail("The identity provider sent no user name.");
            else context.Principal = local;
        };
    }
}
