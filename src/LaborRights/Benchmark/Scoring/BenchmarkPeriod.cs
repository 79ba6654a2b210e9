using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LaborRights.Benchmark.Scoring;

/// <summary>
/// The period whose received complaints are scored: a calendar year (<c>2025</c>) or quarter (<c>2025Q3</c>).
/// Implements <see cref="IParsable{TSelf}"/> so it binds straight from a query string.
/// </summary>
public sealed record BenchmarkPeriod : IParsable<BenchmarkPeriod>
{
    private BenchmarkPeriod(int year, int? quarter)
    {
        Year = year;
        Quarter = quarter;
        var firstMonth = quarter is { } q ? (q - 1) * 3 + 1 : 1;
        var lastMonth = quarter is { } r ? r * 3 : 12;
        FirstDay = new DateOnly(year, firstMonth, 1);
        LastDay = new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth));
    }

    public int Year { get; }

    /// <summary>1–4, or null for a whole year.</summary>
    public int? Quarter { get; }

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }

    public static BenchmarkPeriod OfYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return new BenchmarkPeriod(year, null);
    }

    public static BenchmarkPeriod OfQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new BenchmarkPeriod(year, quarter);
    }

    public bool Contains(DateOnly date) => FirstDay <= date && date <= LastDay;

    public static BenchmarkPeriod Parse(string s) => Parse(s, null);

    public static BenchmarkPeriod Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var period)
            ? period
            : throw new FormatException($"'{s}' is not a period; expected a year such as 2025 or a quarter such as 2025Q3.");

    public static bool TryParse([NotNullWhen(true)] string? s, [MaybeNullWhen(false)] out BenchmarkPeriod result) =>
        TryParse(s, null, out result);

    /// <summary>Strict: exactly <c>yyyy</c> or <c>yyyyQn</c> (capital Q), no spaces, so the text round-trips.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out BenchmarkPeriod result)
    {
        result = null;
        if (s is null || (s.Length != 4 && s.Length != 6) || !s[..4].All(char.IsAsciiDigit) || s[0] == '0')
        {
            return false;
        }

        var year = int.Parse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture);
        if (s.Length == 4)
        {
            result = new BenchmarkPeriod(year, null);
            return true;
        }

        if (s[4] != 'Q' || s[5] is < '1' or > '4')
        {
            return false;
        }

        result = new BenchmarkPeriod(year, s[5] - '0');
        return true;
    }

    public override string ToString() =>
        Quarter is { } q ? string.Create(CultureInfo.InvariantCulture, $"{Year}Q{q}") : Year.ToString(CultureInfo.InvariantCulture);
}
