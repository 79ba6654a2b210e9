using Alba;
using LaborRights.IntegrationTests.Infrastructure;

namespace LaborRights.IntegrationTests.Security;

/// <summary>The header sign-in lives in this test project only; the application as deployed ignores it.</summary>
[Collection(AppCollection.Name)]
public class DevelopmentSignInGoneTests(AppFixture app)
{
    [Fact]
    public async Task The_application_without_the_test_sign_in_ignores_the_X_Dev_User_header()
    {
        await using var host = await app.StartHostAsync(testSignIn: false);

        await host.Scenario(x =>
        {
            x.Get.Url("/api/wage-arrears/overdue");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, "inspector.li");
            x.StatusCodeShouldBe(401);
        });
        await host.Scenario(x =>
        {
            x.Get.Url("/api/admin/accounts");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Administrator());
            x.StatusCodeShouldBe(401);
        });
    }

    [Fact]
    public void No_type_of_the_application_handles_a_development_sign_in()
    {
        var types = typeof(Program).Assembly.GetTypes();

        types.Should().NotContain(t => t.Name.Contains("DevelopmentAuthentication"));
        types.Where(t => typeof(Microsoft.AspNetCore.Authentication.IAuthenticationHandler).IsAssignableFrom(t))
            .Select(t => t.Name).Should().Equal("StaffAuthentication");
    }
}
