using LaborRights.Security.Accounts;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace LaborRights.Security.SignIn;

public sealed record TokenRequest(string? UserName, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

/// <summary>
/// Bearer tokens for API clients: <c>POST /api/auth/token</c> answers
/// <c>{ tokenType, accessToken, expiresIn, refreshToken }</c>. Tokens are opaque, protected by Data Protection with the
/// key ring in PostgreSQL, so any node accepts what another issued.
/// </summary>
public static class TokenEndpoints
{
    [Public]
    [WolverinePost("/api/auth/token")]
    [AnswersProblem(StatusCodes.Status401Unauthorized)]
    public static async Task<Answer<AccessTokenResponse>> Token(TokenRequest request, StaffSignIn signIn, RefreshTokenFamilies families, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .Required("userName", request.UserName, "用户名", "User name")
            .Required("password", request.Password, "密码", "Password");
        if (errors.Any) return errors.ToProblem();
        return await signIn.VerifyAsync(request.UserName, request.Password, ct) is { } account
            ? SignedIn(await families.StartAsync(account, ct))
            : Refused();
    }

    /// <summary>
    /// A new access token and a new refresh token for a refresh token whose account still stands and which is the newest
    /// of its family (<see cref="RefreshTokenFamilies"/>); the refreshed principal takes the account's current roles.
    /// </summary>
    [Public]
    [WolverinePost("/api/auth/refresh")]
    [AnswersProblem(StatusCodes.Status401Unauthorized)]
    public static async Task<Answer<AccessTokenResponse>> Refresh(
        RefreshRequest request, IOptionsMonitor<BearerTokenOptions> bearer, StaffAccounts accounts, RefreshTokenFamilies families,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors().Required("refreshToken", request.RefreshToken, "刷新令牌", "Refresh token");
        if (errors.Any) return errors.ToProblem();
        var ticket = bearer.Get(StaffAuthentication.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || expires <= clock.GetUtcNow()
            || !await StaffPrincipals.StillValidAsync(ticket.Principal, accounts, ct)
            || ticket.Principal.FindFirst(StaffPrincipals.AccountClaim)?.Value is not { } id
            || await accounts.FindAsync(id, ct) is not { } account
            || await families.RotateAsync(ticket.Principal, account, ct) is not { } principal)
            return Refused();
        return SignedIn(principal);
    }

    /// <summary>The bearer handler writes the token response (200).</summary>
    private static Answer<AccessTokenResponse> SignedIn(System.Security.Claims.ClaimsPrincipal principal) =>
        Answer<AccessTokenResponse>.WrittenBy(Results.SignIn(principal, authenticationScheme: StaffAuthentication.BearerScheme));

    /// <summary>One answer for every refusal, so a caller cannot learn which user names exist or which are locked.</summary>
    public static ProblemDetails Refused() => Problems.Of(StatusCodes.Status401Unauthorized, "sign-in-failed", "登录失败 / Sign-in failed",
        "用户名或密码错误，或账号暂不可用。/ The user name or password is wrong, or the account cannot sign in now.");
}
