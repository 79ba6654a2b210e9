using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using LaborRights.Security.Accounts;

namespace LaborRights.IntegrationTests.Security;

public sealed record IssuedToken(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

/// <summary>A browser signed in at the login form: its cookies, and the antiforgery token its pages carry.</summary>
public sealed record CookieSession(string SessionCookie, string AntiforgeryCookie, string AntiforgeryToken)
{
    public string Cookies => $"{SessionCookie}; {AntiforgeryCookie}";
}

/// <summary>Accounts made through the administrator's endpoint, and sign-ins with them.</summary>
public static partial class SignInScenarios
{
    /// <summary>The token field as the form tag helper writes it (name, type, value).</summary>
    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]* value=\"([^\"]+)\"")]
    public static partial Regex AntiforgeryField();

    public static IList<Microsoft.Net.Http.Headers.SetCookieHeaderValue> SetCookies(this IScenarioResult result) =>
        Microsoft.Net.Http.Headers.SetCookieHeaderValue.ParseList(result.Context.Response.Headers.SetCookie.Select(c => c ?? "").ToList());

    /// <summary>Signs in at <c>/account/login</c> as a browser does and opens the page again for the signed-in user's antiforgery token.</summary>
    public static async Task<CookieSession> SignInWithCookie(this IAlbaHost host, string userName, string password = Password)
    {
        var form = await host.Scenario(x => x.Get.Url("/account/login"));
        var formCookie = form.SetCookies().Single(c => c.Name == "lr.antiforgery");
        var formToken = AntiforgeryField().Match(await form.ReadAsTextAsync()).Groups[1].Value;
        var login = await host.Scenario(x =>
        {
            x.Post.FormData(new Dictionary<string, string>
            {
                ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/",
                ["__RequestVerificationToken"] = formToken,
            }).ToUrl("/account/login");
            x.WithRequestHeader("Cookie", $"lr.antiforgery={formCookie.Value}");
            x.StatusCodeShouldBe(302);
        });
        var session = $"lr.session={login.SetCookies().Single(c => c.Name == "lr.session").Value}";
        // The antiforgery token of a signed-in user is bound to that user: take it from the page they see.
        var page = await host.Scenario(x =>
        {
            x.Get.Url("/account/login");
            x.WithRequestHeader("Cookie", session);
        });
        var antiforgery = page.SetCookies().Single(c => c.Name == "lr.antiforgery");
        return new CookieSession(session, $"lr.antiforgery={antiforgery.Value}", AntiforgeryField().Match(await page.ReadAsTextAsync()).Groups[1].Value);
    }

    public const string Password = "Correct-horse-42";

    public static string NewUserName(string prefix = "staff") => $"{prefix}.{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<string> CreateAccount(this IAlbaHost host, string? userName = null, string role = StaffRoles.Inspector,
        string division = "370102", string password = Password)
    {
        userName ??= NewUserName();
        await host.Scenario(x =>
        {
            x.Post.Json(new CreateStaffAccount(userName, "测试人员", password, [role], [division])).ToUrl("/api/admin/accounts");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
            x.StatusCodeShouldBe(201);
        });
        return userName;
    }

    public static async Task<IScenarioResult> RequestToken(this IAlbaHost host, string userName, string password, int status) =>
        await host.Scenario(x =>
        {
            x.Post.Json(new { userName, password }).ToUrl("/api/auth/token");
            x.StatusCodeShouldBe(status);
        });

    public static async Task<IssuedToken> Token(this IAlbaHost host, string userName, string password = Password) =>
        (await (await host.RequestToken(userName, password, 200)).ReadAsJsonAsync<IssuedToken>())!;

    /// <summary>A staff read every inspector of 370102 may make: the status it answers with this token.</summary>
    public static async Task<int> StaffReadWith(this IAlbaHost host, string accessToken)
    {
        var result = await host.Scenario(x =>
        {
            x.Get.Url("/api/wage-arrears/overdue?pageSize=1");
            x.WithBearerToken(accessToken);
            x.IgnoreStatusCode();
        });
        return result.Context.Response.StatusCode;
    }

    public static async Task AdministerAccount(this IAlbaHost host, string userName, string action, object? body = null, int status = 200)
        => await host.Scenario(x =>
        {
            x.Post.Json(body ?? new { }).ToUrl($"/api/admin/accounts/{userName}/{action}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
            x.StatusCodeShouldBe(status);
        });
}
