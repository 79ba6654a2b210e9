using System.Security.Claims;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using LaborRights.Security.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Alba;

namespace LaborRights.IntegrationTests.Security;

/// <summary>The province's identity service: off unless configured; its users get roles only from a local account.</summary>
[Collection(AppCollection.Name)]
public class OidcSignInTests(AppFixture app)
{
    [Fact]
    public async Task Without_configuration_there_is_no_external_sign_in()
    {
        var schemes = app.Host.Services.GetRequiredService<IAuthenticationSchemeProvider>();

        (await schemes.GetSchemeAsync(OidcSignInOptions.SchemeName)).Should().BeNull();
        await app.Host.Scenario(x =>
        {
            x.Get.Url("/account/login/external");
            x.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task Configured_it_is_registered_offered_on_the_login_page_and_challenges_through_the_provider()
    {
        await using var host = await app.StartHostAsync(new Dictionary<string, string>
        {
            ["Authentication:Oidc:Authority"] = "https://idp.example.test/realms/shandong",
            ["Authentication:Oidc:ClientId"] = "laborrights",
            ["Authentication:Oidc:ClientSecret"] = "not-a-real-secret",
            ["Authentication:Oidc:DisplayName"] = "山东省统一身份认证",
        });

        (await host.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OidcSignInOptions.SchemeName)).Should().NotBeNull();
        var options = host.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OidcSignInOptions.SchemeName);
        options.Should().BeEquivalentTo(new
        {
            Authority = "https://idp.example.test/realms/shandong", ClientId = "laborrights", ResponseType = "code", UsePkce = true,
            SignInScheme = StaffAuthentication.CookieScheme, MapInboundClaims = false,
        });
        var page = await host.Scenario(x => x.Get.Url("/account/login?returnUrl=/api/queue"));
        (await page.ReadAsTextAsync()).Should().Contain("使用山东省统一身份认证登录").And.Contain("/account/login/external?returnUrl=%2Fapi%2Fqueue");
    }

    [Fact]
    public async Task An_external_user_takes_the_roles_of_the_local_account_of_the_same_name_and_has_none_without_one()
    {
        var userName = await app.Host.CreateAccount(role: StaffRoles.Arbitrator, division: "370100");
        var mapping = app.Host.Services.GetRequiredService<OidcAccountMapping>();
        static ClaimsPrincipal External(string name) => new(new ClaimsIdentity(
            [new Claim("preferred_username", name), new Claim("sub", "sub-" + name), new Claim("iss", Issuer), new Claim("role", StaffRoles.Administrator)], "oidc"));

        var known = (await mapping.MapAsync(External(userName), "preferred_username", default))!;
        var unknown = (await mapping.MapAsync(External("visitor.from.idp"), "preferred_username", default))!;

        known.Identity!.Name.Should().Be(userName);
        known.FindAll(ClaimTypes.Role).Select(c => c.Value).Should().Equal(StaffRoles.Arbitrator);
        known.FindAll(StaffClaimTypes.Division).Select(c => c.Value).Should().Equal("370100");
        unknown.Identity!.Name.Should().Be("visitor.from.idp");
        unknown.Claims.Should().NotContain(c => c.Type == ClaimTypes.Role || c.Type == "role" || c.Type == StaffClaimTypes.Division);
        (await mapping.MapAsync(new ClaimsPrincipal(new ClaimsIdentity()), "preferred_username", default)).Should().BeNull();
    }

    private const string Issuer = "https://sso.shandong.example.gov.cn";

    private static ClaimsPrincipal ExternalUser(string userName, string subject, string issuer = Issuer) => new(new ClaimsIdentity(
        [new Claim("preferred_username", userName), new Claim("sub", subject), new Claim("iss", issuer)], "oidc"));

    [Fact]
    public async Task The_first_external_sign_in_binds_the_account_to_that_identity_and_no_other_may_use_the_name_afterwards()
    {
        var userName = await app.Host.CreateAccount(role: StaffRoles.Inspector, division: "370102");
        var mapping = app.Host.Services.GetRequiredService<OidcAccountMapping>();

        var first = (await mapping.MapAsync(ExternalUser(userName, "employee-1001"), "preferred_username", default))!;
        var again = (await mapping.MapAsync(ExternalUser(userName, "employee-1001"), "preferred_username", default))!;
        var impostor = (await mapping.MapAsync(ExternalUser(userName, "employee-9999"), "preferred_username", default))!;
        var otherIssuer = (await mapping.MapAsync(ExternalUser(userName, "employee-1001", "https://evil.example"), "preferred_username", default))!;

        first.IsInRole(StaffRoles.Inspector).Should().BeTrue();
        again.IsInRole(StaffRoles.Inspector).Should().BeTrue();
        impostor.Claims.Should().NotContain(c => c.Type == ClaimTypes.Role || c.Type == StaffClaimTypes.Division, "the account is bound to employee-1001");
        otherIssuer.Claims.Should().NotContain(c => c.Type == ClaimTypes.Role, "the account is bound to its issuer too");
        (await mapping.MapAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim("preferred_username", userName)], "oidc")), "preferred_username", default))
            .Should().BeNull("a provider answer without a subject is refused");

        // The administrator unbinds it (the employee number changed): the next external sign-in binds anew.
        await app.Host.Scenario(x =>
        {
            x.Post.Url($"/api/admin/accounts/{userName}/unbind-external");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
            x.StatusCodeShouldBeOk();
        });
        (await mapping.MapAsync(ExternalUser(userName, "employee-9999"), "preferred_username", default))!.IsInRole(StaffRoles.Inspector).Should().BeTrue();
    }

    [Fact]
    public async Task An_administrator_account_never_signs_in_through_the_provider()
    {
        var userName = await app.Host.CreateAccount(role: StaffRoles.Administrator, division: "370000");
        var mapping = app.Host.Services.GetRequiredService<OidcAccountMapping>();

        var mapped = (await mapping.MapAsync(ExternalUser(userName, "admin-subject"), "preferred_username", default))!;

        mapped.Claims.Should().NotContain(c => c.Type == ClaimTypes.Role);
    }
}
