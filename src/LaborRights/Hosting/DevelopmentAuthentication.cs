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
        var user = Request.Headers[UserHeader].ToString().Trim();
        if (user.Length is 0 or > 64) return Task.FromResult(AuthenticateResult.NoResult());
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user), new Claim(ClaimTypes.Role, "staff")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
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
