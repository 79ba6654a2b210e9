using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace LaborRights.Security.PersonalData;

/// <summary>
/// The one way personal data is shown or stored outside the events (个人信息保护法 第五十一条: 去标识化): read models,
/// lists, exports and logs hold only these forms. Every function is idempotent (masking a masked value gives the same
/// value), so erasure — which writes the masked form back into the events — can run twice and projections rebuilt
/// from erased events show exactly what they showed before. Null stays null; a value too short to keep its visible
/// ends is masked completely rather than half-revealed.
/// </summary>
public static partial class Masking
{
    /// <summary>Resident ID (GB 11643): the address code (first 6) and the last 4, e.g. <c>370102********1233</c>.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? ResidentId(string? value) => value is null ? null : KeepEnds(value.Trim().ToUpperInvariant(), 6, 4);

    /// <summary>
    /// Mobile: first 3 and last 4 (<c>138****5678</c>); landline: the area code (and '-') and the last 2
    /// (<c>0531-******34</c>); anything unrecognised completely.
    /// </summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Phone(string? value)
    {
        if (value is null) return null;
        var number = value.Trim();
        if (MobileShape().IsMatch(number)) return string.Concat(number.AsSpan(0, 3), "****", number.AsSpan(7));
        var landline = LandlineShape().Match(number);
        if (!landline.Success) return new string('*', number.Length);
        var local = landline.Groups["local"].Value;
        return string.Concat(landline.Groups["area"].Value, landline.Groups["sep"].Value,
            new string('*', local.Length - 2), local.AsSpan(local.Length - 2));
    }

    /// <summary>Bank card (12–19 digits, spaces ignored): the issuer prefix (first 6) and the last 4.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? BankCard(string? value) => value is null ? null : KeepEnds(value.Replace(" ", "").Trim(), 6, 4);

    /// <summary>A person's name after erasure: the first character (the surname, usually) and one '*' per other character.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Name(string? value)
    {
        if (value is null) return null;
        var name = value.Trim();
        return name.Length <= 1 ? name : string.Concat(name.AsSpan(0, 1), new string('*', name.Length - 1));
    }

    private static string KeepEnds(string value, int head, int tail) =>
        value.Length > head + tail
            ? string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail))
            : new string('*', value.Length);

    // '*' is allowed where digits are hidden, so an already masked number keeps its shape (idempotence).
    [GeneratedRegex(@"^1[0-9*]{10}$", RegexOptions.CultureInvariant)]
    private static partial Regex MobileShape();

    [GeneratedRegex(@"^(?<area>010|02[0-9]|0[3-9][0-9]{2})(?<sep>-?)(?<local>[2-9*][0-9*]{6,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex LandlineShape();
}
