using LaborRights.Security.Accounts;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace LaborRights.Security.SignIn;

public static class StaffSignInRegistration
{
    /// <summary>
    /// Accounts, the <see cref="StaffAuthentication"/> scheme over bearer tokens and the session cookie, antiforgery,
    /// and the OpenID Connect provider when configured. Tokens and cookies are protected by Data Protection, whose key
    /// ring the application keeps in PostgreSQL.
    /// </summary>
    public static IServiceCollection AddStaffSignIn(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<StaffSignInOptions>(configuration.GetSection(StaffSignInOptions.Section));
        services.Configure<OidcSignInOptions>(configuration.GetSection(OidcSignInOptions.Section));
        var rules = configuration.GetSection(StaffSignInOptions.Section).Get<StaffSignInOptions>() ?? new StaffSignInOptions();
        var oidc = configuration.GetSection(OidcSignInOptions.Section).Get<OidcSignInOptions>() ?? new OidcSignInOptions();

        services.ConfigureMarten(opts =>
        {
            opts.Schema.For<StaffAccount>();
            opts.Schema.For<RefreshTokenFamily>().Index(f => f.AccountId);
        });
        services.AddSingleton<StaffAccounts>();
        services.AddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton<RefreshTokenFamilies>();
        services.AddSingleton<OidcAccountMapping>();

        // Outside Development the session cookie goes over HTTPS only.
        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "lr.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Not Always: antiforgery refuses to work at all on a plain-HTTP request then, and its cookie is no credential.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__RequestVerificationToken";
            o.HeaderName = CrossSiteRequestGuard.TokenHeader;
        });

        var authentication = services.AddAuthentication(StaffAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, StaffAuthentication>(StaffAuthentication.SchemeName, null)
            .AddBearerToken(StaffAuthentication.BearerScheme, o =>
            {
                o.BearerTokenExpiration = rules.AccessTokenLifetime;
                o.RefreshTokenExpiration = rules.RefreshTokenLifetime;
            })
            .AddCookie(StaffAuthentication.CookieScheme, o =>
            {
                o.Cookie.Name = "lr.session";
                o.Cookie.HttpOnly = true;
                // Strict unless the identity provider must hand the session back across sites (its callback is a
                // cross-site navigation, on which a Strict cookie would not yet be sent).
                o.Cookie.SameSite = oidc.IsEnabled ? SameSiteMode.Lax : SameSiteMode.Strict;
                o.Cookie.SecurePolicy = secure;
                o.ExpireTimeSpan = rules.SessionLifetime;
                o.SlidingExpiration = true;
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.ReturnUrlParameter = "returnUrl";
            });
        if (oidc.IsEnabled)
            authentication.AddOpenIdConnect(OidcSignInOptions.SchemeName, oidc.DisplayName, o => OidcAccountMapping.Configure(o, oidc));
        return services;
    }
}
