using LaborRights.Demo;
using LaborRights.Security.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace LaborRights.UnitTests.Security;

/// <summary>Demo accounts carry a published password: they must not be created in a deployed environment, even with demo data on.</summary>
public class DemoAccountsGuardTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_development_no_demo_account_is_created(string environmentName)
    {
        // The account store is never reached: a null one would throw if it were.
        var demo = new DemoAccounts(null!, new PasswordHasher<StaffAccount>(), TimeProvider.System,
            new Environment(environmentName), NullLogger<DemoAccounts>.Instance);

        await demo.Invoking(d => d.EnsureAsync(CancellationToken.None)).Should().NotThrowAsync();
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "LaborRights";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
