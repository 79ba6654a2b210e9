namespace LaborRights.Common.Identifiers;

/// <summary>
/// 18-character unified social credit code of an employer (统一社会信用代码), GB 32100-2015.
/// Only the character set and the check character are verified; the registration-authority and
/// category positions are not, because new categories get added without a standard revision.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    // GB 32100-2015 excludes I, O, Z, S, V to avoid confusion with 1, 0, 2, 5, U.
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Trims and upper-cases. Null becomes empty.</summary>
    public static string Normalize(string? value) => value?.Trim().ToUpperInvariant() ?? string.Empty;

    /// <summary>Validates after <see cref="Normalize"/>; store the normalized form.</summary>
    public static bool IsValid(string? value)
    {
        var code = Normalize(value);
        if (code.Length != Length)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (Charset.IndexOf(c) < 0)
            {
                return false;
            }
        }

        return code[17] == ComputeCheckCharacter(code.AsSpan(0, 17));
    }

    /// <exception cref="ArgumentException">Input is not exactly 17 characters from the GB 32100 charset.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Expected exactly 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Charset.IndexOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not allowed in a unified social credit code.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Charset[(31 - (sum % 31)) % 31];
    }
}
