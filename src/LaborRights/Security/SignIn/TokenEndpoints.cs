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
    [EndpointSummary("登录取得访问令牌 · Sign in for an access token")]
    [EndpointDescription("API 客户端用工作人员的用户名和密码登录，取得访问令牌（accessToken，默认1小时有效）和刷新令牌（refreshToken，" +
        "默认8小时有效）；之后在请求头 Authorization: Bearer 中带上访问令牌。用户名或密码错误、账号已停用或因多次输错密码被暂时锁定，" +
        "一律返回同样的 401，不说明原因；请求过于频繁返回 429。\n\n" +
        "An API client signs in with a staff member's user name and password and gets an access token (accessToken, 1 hour by default) and a " +
        "refresh token (refreshToken, 8 hours by default); send the access token as Authorization: Bearer. A wrong user name or password, a " +
        "disabled account and one locked out after wrong passwords all get the same 401, which does not say why; too many requests get 429.")]
    [Tags("账号与登录 · Accounts and sign-in")]
    [WolverinePost("/api/auth/token", OperationId = "signIn")]
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
    [EndpointSummary("刷新访问令牌 · Refresh an access token")]
    [EndpointDescription("用刷新令牌换取新的访问令牌和新的刷新令牌，原刷新令牌随即作废，角色按账号当前的设置。已用过的刷新令牌再次出现，" +
        "视为被他人复制，这次登录产生的全部令牌一并作废。令牌过期或已作废、账号已停用的，返回 401；请求过于频繁返回 429。\n\n" +
        "Exchanges a refresh token for a new access token and a new refresh token; the old refresh token is retired, and the roles are the " +
        "account's current ones. A retired refresh token used again means someone else holds a copy: every token of that sign-in ends. 401 for an " +
        "expired or retired token or an account that no longer stands; too many requests get 429.")]
    [Tags("账号与登录 · Accounts and sign-in")]
    [WolverinePost("/api/auth/refresh", OperationId = "refreshSignIn")]
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
