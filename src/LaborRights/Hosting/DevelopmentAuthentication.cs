using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LaborRights.Hosting;

/// <summary>
/// Stand-in sign-in until real accounts arrive: in Development and Testing only, a staff member is whoever the
/// <c>X-Dev-User</c> header names. In any other environment this scheme authenticates nobody, so staff
/// endpoints answer 401.
/// </summary>
public sealed class DevelopmentAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IHostEnvironment environment)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Development";
    public const string UserHeader = "X-Dev-User";

    public static bool IsAvailableIn(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsAvailableIn(environment)) return Task.FromResult(AuthenticateResult.NoResult());
        var principal = Parse(Request.Headers[UserHeader].ToString());
        return Task.FromResult(principal is null
            ? AuthenticateResult.NoResult()
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <summary>
    /// <c>name</c> alone: every staff role over the whole province. <c>name; roles=inspector,supervisor; divisions=370102,370100</c>:
    /// exactly those roles and divisions (<see cref="LaborRights.Security.StaffClaimTypes.Division"/>).
    /// </summary>
    public static ClaimsPrincipal? Parse(string header)
    {
        var parts = header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length > 64 || parts[0].Contains('=')) return null;
        var roles = LaborRights.Security.StaffRoles.All.ToList();
        var divisions = new List<string> { LaborRights.Security.StaffScope.ProvinceCode };
        foreach (var part in parts.Skip(1))
        {
            var (key, value) = part.Split('=', 2) is [var k, var v] ? (k.Trim(), v) : ("", "");
            var values = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            switch (key)
            {
                case "roles": roles = values; break;
                case "divisions": divisions = values; break;
                default: return null;
            }
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, parts[0]) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(divisions.Select(d => new Claim(LaborRights.Security.StaffClaimTypes.Division, d)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Type = Problems.TypePrefix + "unauthenticated",
            Title = "需要登录 / Sign-in required",
            Detail = "此操作仅限工作人员。/ Only signed-in staff may do this.",
            Status = StatusCodes.Status401Unauthorized,
        }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
