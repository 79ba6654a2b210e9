using System.Text.RegularExpressions;

namespace LaborRights.Common.Identifiers;

/// <summary>Mainland-China contact numbers: mobile (1[3-9] + 9 digits) or landline (area code + 7–8 digits).</summary>
public static partial class PhoneNumber
{
    /// <summary>Trims only; separators inside the number are significant for landline validation.</summary>
    public static string Normalize(string? value) => value?.Trim() ?? string.Empty;

    public static bool IsValid(string? value)
    {
        var number = Normalize(value);
        return MobilePattern().IsMatch(number) || LandlinePattern().IsMatch(number);
    }

    /// <summary>Shown and logged only masked: see <see cref="LaborRights.Security.PersonalData.Masking.Phone"/>.</summary>
    public static string Mask(string value) =>
        LaborRights.Security.PersonalData.Masking.Phone(value ?? throw new ArgumentNullException(nameof(value)));

    [GeneratedRegex(@"^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();

    // Area codes are 010 and 020–029 (three characters) or 0 + three digits starting 3–9 (four characters);
    // pinning that down keeps an undashed number unambiguous. Local numbers never start with 0 or 1.
    [GeneratedRegex(@"^(?<area>010|02[0-9]|0[3-9][0-9]{2})(?<sep>-?)(?<local>[2-9][0-9]{6,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex LandlinePattern();
}
