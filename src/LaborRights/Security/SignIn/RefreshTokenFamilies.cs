using System.Security.Claims;
using LaborRights.Security.Accounts;
using Marten;
using Microsoft.Extensions.Options;

namespace LaborRights.Security.SignIn;

/// <summary>
/// The tokens that descend from one password sign-in: each refresh retires the refresh token it used and issues the
/// next one; only the newest counts. A retired one coming back means a copy is in someone else's hands, so the whole
/// family ends: its refresh tokens and its access tokens (the latter checked on every request, with the account).
/// </summary>
[Marten.Schema.UseOptimisticConcurrency]
public sealed class RefreshTokenFamily
{
    public Guid Id { get; set; }
    public string AccountId { get; set; } = "";

    /// <summary>The one refresh token of the family that may be used.</summary>
    public Guid CurrentTokenId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When the current refresh token expires; the family is of no use after it.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
}

public sealed class RefreshTokenFamilies(IDocumentStore store, TimeProvider clock, IOptions<StaffSignInOptions> options, ILogger<RefreshTokenFamilies> logger)
{
    /// <summary>The family of the principal: its id.</summary>
    public const string FamilyClaim = "lr:token-family";

    /// <summary>The refresh token issued with this principal: its id in the family.</summary>
    public const string TokenClaim = "lr:refresh-token";

    /// <summary>A new family for a password sign-in: the principal to issue, carrying its family and first token; the account's expired families go.</summary>
    public async Task<ClaimsPrincipal> StartAsync(StaffAccount account, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var family = new RefreshTokenFamily
        {
            Id = Guid.CreateVersion7(), AccountId = account.Id, CurrentTokenId = Guid.NewGuid(), StartedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        };
        await using var session = store.LightweightSession();
        session.DeleteWhere<RefreshTokenFamily>(f => f.AccountId == account.Id && f.ExpiresAt < now);
        session.Insert(family);
        await session.SaveChangesAsync(ct);
        return Principal(account, family);
    }

    /// <summary>
    /// The principal to issue for a refresh: the same family with its next token; null when the family is unknown or
    /// ended, or the token was retired (which ends the family) or another refresh with it got there first.
    /// </summary>
    public async Task<ClaimsPrincipal?> RotateAsync(ClaimsPrincipal presented, StaffAccount account, CancellationToken ct)
    {
        if (!Guid.TryParse(presented.FindFirst(FamilyClaim)?.Value, out var familyId)
            || !Guid.TryParse(presented.FindFirst(TokenClaim)?.Value, out var tokenId))
            return null;
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        var family = await session.LoadAsync<RefreshTokenFamily>(familyId, ct);
        if (family is null || family.EndedAt is not null || family.AccountId != account.Id) return null;
        if (family.CurrentTokenId != tokenId)
        {
            family.EndedAt = now;
            logger.LogWarning("A retired refresh token of {Account} was presented again: its token family {Family} is ended.", account.Id, family.Id);
        }
        else
        {
            family.CurrentTokenId = Guid.NewGuid();
            family.ExpiresAt = now + options.Value.RefreshTokenLifetime;
        }
        session.Store(family);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            // Another refresh changed the family since it was read: that one decided.
            return null;
        }
        return family.EndedAt is null ? Principal(account, family) : null;
    }

    /// <summary>Whether a principal's family (if it has one: cookie sessions do not) still stands.</summary>
    public async Task<bool> StillActiveAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (principal.FindFirst(FamilyClaim)?.Value is not { } value) return true;
        if (!Guid.TryParse(value, out var familyId)) return false;
        await using var session = store.QuerySession();
        var family = await session.LoadAsync<RefreshTokenFamily>(familyId, ct);
        return family is { EndedAt: null };
    }

    private static ClaimsPrincipal Principal(StaffAccount account, RefreshTokenFamily family)
    {
        var principal = StaffPrincipals.For(account);
        ((ClaimsIdentity)principal.Identity!).AddClaims(
            [new Claim(FamilyClaim, family.Id.ToString()), new Claim(TokenClaim, family.CurrentTokenId.ToString())]);
        return principal;
    }
}
