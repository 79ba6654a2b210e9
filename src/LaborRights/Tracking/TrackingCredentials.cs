using System.Security.Cryptography;
using System.Text;

namespace LaborRights.Tracking;

/// <summary>
/// What a complainant gets back to follow the case without an account: a tracking number that may be read
/// out on the phone, and a secret access code. The code has 100 bits of randomness from the operating system's
/// CSPRNG and only a salted SHA-256 of it is stored (ADR 0014: a fast hash suffices because the code is random,
/// not a chosen password; the salt stops one precomputed table or one batch of guesses from serving every case).
/// </summary>
public static class TrackingCredentials
{
    // Crockford-style alphabet: no I, L, O, U, so codes survive being read aloud and retyped.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Characters of an access code; 32 letters carry 5 bits each, so 20 give 100 bits.</summary>
    public const int AccessCodeLength = 20;

    public const int AccessCodeBits = 100;

    public const string WageArrearsPrefix = "WA";
    public const string DiscriminationPrefix = "DC";
    public const string ArbitrationPrefix = "AR";

    /// <summary>The stored form "s1:{salt}:{hash}" (hex); events written before it hold a bare unsalted hash, still accepted.</summary>
    private const string SaltedScheme = "s1";
    private const int SaltBytes = 16;
    private const int MaxCodeLength = 64;

    /// <summary>A number such as <c>WA20261126-7K3M9P2Q</c>: the kind's prefix, the day received, 40 random bits.</summary>
    public static string NewTrackingNumber(DateOnly receivedOn, string prefix = WageArrearsPrefix) => $"{prefix}{receivedOn:yyyyMMdd}-{Random(8)}";

    /// <summary>Four groups of five letters, e.g. <c>7K3M9-P2QXA-…</c>.</summary>
    public static string NewAccessCode() => string.Join('-', Random(AccessCodeLength).Chunk(5).Select(c => new string(c)));

    /// <summary>What is stored instead of the code: a fresh random salt and SHA-256(salt ‖ code).</summary>
    public static string Hash(string accessCode)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return $"{SaltedScheme}:{Convert.ToHexString(salt)}:{Convert.ToHexString(Digest(salt, accessCode))}";
    }

    /// <summary>
    /// Constant-time comparison, so response timing says nothing about how much of a guess was right. A missing
    /// stored hash (unknown tracking number) is compared against a dummy so both failures cost the same.
    /// </summary>
    public static bool Matches(string? accessCode, string? storedHash)
    {
        var usable = !string.IsNullOrWhiteSpace(accessCode) && accessCode.Length <= MaxCodeLength;
        var parsed = TryParse(storedHash, out var salt, out var expected);
        var candidate = Digest(salt, usable ? accessCode! : "-");
        return CryptographicOperations.FixedTimeEquals(candidate, expected) & usable & parsed;
    }

    private static bool TryParse(string? stored, out byte[] salt, out byte[] expected)
    {
        salt = new byte[SaltBytes];
        expected = new byte[SHA256.HashSizeInBytes];
        if (stored is null) return false;
        var parts = stored.Split(':');
        try
        {
            if (parts is [SaltedScheme, var s, var h] && s.Length == SaltBytes * 2 && h.Length == SHA256.HashSizeInBytes * 2)
            {
                salt = Convert.FromHexString(s);
                expected = Convert.FromHexString(h);
                return true;
            }
            if (parts is [var legacy] && legacy.Length == SHA256.HashSizeInBytes * 2)
            {
                // Events recorded before salting: SHA-256 of the code alone.
                salt = [];
                expected = Convert.FromHexString(legacy);
                return true;
            }
        }
        catch (FormatException) { }
        return false;
    }

    private static byte[] Digest(byte[] salt, string accessCode)
    {
        var code = Encoding.UTF8.GetBytes(Normalize(accessCode));
        return SHA256.HashData([.. salt, .. code]);
    }

    private static string Normalize(string code) =>
        new(code.Where(c => c != '-' && !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());

    private static string Random(int length) =>
        string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        });
}
