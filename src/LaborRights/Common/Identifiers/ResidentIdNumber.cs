using System.Globalization;

namespace LaborRights.Common.Identifiers;

/// <summary>
/// 18-character PRC resident identity number (公民身份号码), GB 11643-1999:
/// 6-digit address code, 8-digit birth date, 3-digit sequence, 1 ISO 7064 MOD 11-2 check character.
/// </summary>
public static class ResidentIdNumber
{
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // No clock here on purpose: validation must be deterministic, so only "real date, not before 1900" is checked.
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <summary>Trims and upper-cases, so a hand-typed lowercase 'x' check character is accepted. Null becomes empty.</summary>
    public static string Normalize(string? value) => value?.Trim().ToUpperInvariant() ?? string.Empty;

    /// <summary>Validates after <see cref="Normalize"/>; store the normalized form.</summary>
    public static bool IsValid(string? value)
    {
        var id = Normalize(value);
        if (id.Length != Length || !IsAsciiDigits(id.AsSpan(0, 17)))
        {
            return false;
        }

        if (!DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate)
            || birthDate < EarliestBirthDate)
        {
            return false;
        }

        return id[17] == ComputeCheckCharacter(id.AsSpan(0, 17));
    }

    /// <exception cref="ArgumentException">Input is not exactly 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17 || !IsAsciiDigits(first17))
        {
            throw new ArgumentException("Expected exactly 17 digits.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>Shown and logged only masked: see <see cref="LaborRights.Security.PersonalData.Masking.ResidentId"/>.</summary>
    public static string Mask(string value) =>
        LaborRights.Security.PersonalData.Masking.ResidentId(value ?? throw new ArgumentNullException(nameof(value)));

    private static bool IsAsciiDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
