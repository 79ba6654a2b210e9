using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LaborRights.IntegrationTests.Security;

/// <summary>
/// Every sign-in outcome costs the same: one password-hash verification (the slow step, tens of milliseconds by
/// design), so answer times do not tell which user names exist or which accounts are locked or disabled. Counted,
/// not timed: a test asserts behaviour, the benchmark measures speed.
/// </summary>
[Collection(AppCollection.Name)]
public class SignInCostTests(AppFixture app)
{
    [Fact]
    public async Task Unknown_wrong_locked_disabled_and_right_each_verify_exactly_one_password_hash()
    {
        var hasher = new CountingHasher();
        await using var host = await app.StartHostAsync(services: s =>
        {
            s.RemoveAll<IPasswordHasher<StaffAccount>>();
            s.AddSingleton<IPasswordHasher<StaffAccount>>(hasher);
        });
        var locked = await host.CreateAccount();
        for (var i = 0; i < 5; i++) await host.RequestToken(locked, "Wrong-password-1", 401);
        var disabled = await host.CreateAccount();
        await host.AdministerAccount(disabled, "disable");
        var known = await host.CreateAccount();

        var attempts = new (string Outcome, string User, string Password, int Status)[]
        {
            ("unknown user", "nobody.at.all", SignInScenarios.Password, 401),
            ("wrong password", known, "Wrong-password-1", 401),
            ("locked", locked, SignInScenarios.Password, 401),
            ("locked, wrong password", locked, "Wrong-password-1", 401),
            ("disabled", disabled, SignInScenarios.Password, 401),
            ("right", known, SignInScenarios.Password, 200),
        };
        foreach (var (outcome, user, password, status) in attempts)
        {
            var before = hasher.Verifications;
            await host.RequestToken(user, password, status);
            (hasher.Verifications - before).Should().Be(1, outcome);
        }
    }

    private sealed class CountingHasher : IPasswordHasher<StaffAccount>
    {
        private readonly PasswordHasher<StaffAccount> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(StaffAccount user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffAccount user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
