using System.Security.Cryptography;
using System.Text;

namespace LaborRights.Tracking;

/// <summary>
/// What a complainant gets back to follow the case without an account: a tracking number that may be read
/// out on the phone, and a secret access code. The code has 100 bits of randomness and only its SHA-256
/// hash is stored; a hash suffices because the code is random, not a chosen password.
/// </summary>
public static class TrackingCredentials
{
    // Crockford-style alphabet: no I, L, O, U, so codes survive being read aloud and retyped.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public const string WageArrearsPrefix = "WA";

    /// <summary>A number such as <c>WA20261126-7K3M9P2Q</c>: the kind's prefix, the day received, 40 random bits.</summary>
    public static string NewTrackingNumber(DateOnly receivedOn, string prefix = WageArrearsPrefix) => $"{prefix}{receivedOn:yyyyMMdd}-{Random(8)}";

    /// <summary>20 characters from a 32-letter alphabet: 100 bits.</summary>
    public static string NewAccessCode() => string.Join('-', Random(20).Chunk(5).Select(c => new string(c)));

    public static string Hash(string accessCode)
    {
        var normalized = Normalize(accessCode);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    /// <summary>Constant-time comparison, so response timing says nothing about how much of a guess was right.</summary>
    public static bool Matches(string? accessCode, string? storedHash)
    {
        storedHash ??= new string('0', 64);
        var candidate = Convert.FromHexString(Hash(string.IsNullOrWhiteSpace(accessCode) || accessCode.Length > 64 ? "-" : accessCode));
        byte[] stored;
        try { stored = Convert.FromHexString(storedHash); }
        catch (FormatException) { return false; }
        return CryptographicOperations.FixedTimeEquals(candidate, stored) && !string.IsNullOrWhiteSpace(accessCode) && accessCode.Length <= 64;
    }

    private static string Normalize(string code) =>
        new(code.Where(c => c != '-' && !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());

    private static string Random(int length) =>
        string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        });
}
