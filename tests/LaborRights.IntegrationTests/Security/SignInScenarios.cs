using System.Net.Http.Json;
using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using LaborRights.Security.Accounts;

namespace LaborRights.IntegrationTests.Security;

public sealed record IssuedToken(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

/// <summary>Accounts made through the administrator's endpoint, and sign-ins with them.</summary>
public static class SignInScenarios
{
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
