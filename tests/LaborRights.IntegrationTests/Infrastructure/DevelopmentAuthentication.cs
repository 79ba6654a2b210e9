using System.Security.Claims;
using System.Text.Encodings.Web;
using LaborRights.Security;
using LaborRights.Security.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LaborRights.IntegrationTests.Infrastructure;

/// <summary>
/// The tests' sign-in: a staff member is whoever the <c>X-Dev-User</c> header names, so a test needs no account.
/// It exists only in this test project; <see cref="AppFixture"/> puts it in front of the application's own
/// <see cref="StaffAuthentication"/> scheme, which still answers every request without the header.
/// </summary>
public sealed class DevelopmentAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Development";
    public const string UserHeader = "X-Dev-User";

    /// <summary>Header present: this scheme; otherwise the application's. Challenges and refusals are the application's.</summary>
    public const string SelectorScheme = "TestSignIn";

    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, DevelopmentAuthentication>(SchemeName, null)
            .AddPolicyScheme(SelectorScheme, null, o =>
            {
                o.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(UserHeader) ? SchemeName : StaffAuthentication.SchemeName;
                o.ForwardChallenge = StaffAuthentication.SchemeName;
                o.ForwardForbid = StaffAuthentication.SchemeName;
            });
        services.PostConfigure<AuthenticationOptions>(o => o.DefaultScheme = SelectorScheme);
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var principal = Parse(Request.Headers[UserHeader].ToString());
        return Task.FromResult(principal is null
            ? AuthenticateResult.NoResult()
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <summary>
    /// <c>name</c> alone: every staff role over the whole province. <c>name; roles=inspector,supervisor; divisions=370102,370100</c>:
    /// exactly those roles and divisions (<see cref="StaffClaimTypes.Division"/>).
    /// </summary>
    public static ClaimsPrincipal? Parse(string header)
    {
        var parts = header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length > 64 || parts[0].Contains('=')) return null;
        var roles = StaffRoles.All.ToList();
        var divisions = new List<string> { StaffScope.ProvinceCode };
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
        claims.AddRange(divisions.Select(d => new Claim(StaffClaimTypes.Division, d)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
    }
}
