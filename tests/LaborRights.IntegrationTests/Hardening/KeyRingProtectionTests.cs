using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Tracking;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LaborRights.IntegrationTests.Hardening;

/// <summary>
/// The Data Protection key ring (bearer tokens, cookies, intake replay answers) lives in PostgreSQL; with
/// <c>DataProtection:CertificatePath</c> configured its keys are stored encrypted, and the application still works.
/// </summary>
[Collection(AppCollection.Name)]
public class KeyRingProtectionTests(AppFixture app)
{
    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_replays_still_work()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"laborrights-dp-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=LaborRights Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
        }

        try
        {
            await using var host = await app.StartHostAsync(new Dictionary<string, string>
            {
                ["Database:Schema"] = "keyring_" + Guid.NewGuid().ToString("N")[..8],
                ["DataProtection:CertificatePath"] = pfx,
                ["DataProtection:CertificatePassword"] = "test-password",
            });
            var key = "keyring-" + Guid.NewGuid().ToString("N");
            var first = await host.FileComplaint(idempotencyKey: key);
            (await host.FileComplaint(idempotencyKey: key)).AccessCode.Should().Be(first.AccessCode, "the replay answer is unprotected with the encrypted ring");

            await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
            var keys = await session.Query<DataProtectionKey>().ToListAsync();
            keys.Should().NotBeEmpty();
            keys.Should().AllSatisfy(k => k.Xml.Should().Contain("encryptedSecret").And.NotContain("<value>"));
        }
        finally
        {
            File.Delete(pfx);
        }
    }
}
