using System.Numerics;

namespace LaborRights.Benchmark.Scoring;

/// <summary>
/// An exact fraction. Rates such as 2/3 are not representable in <see cref="decimal"/>, and the
/// method rates on exact scores (89.995 is not 标杆), so ratings and ranks must never see a rounded value.
/// Always normalised (lowest terms, positive denominator), so record equality is value equality.
/// </summary>
public readonly record struct Rational : IComparable<Rational>
{
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A rational number needs a non-zero denominator.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = numerator / gcd;
        _denominator = denominator / gcd;
    }

    private readonly BigInteger _denominator;

    public BigInteger Numerator { get; }

    // default(Rational) has a zero denominator; reading it as 1 makes default mean 0.
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    public static Rational Zero => new(0, 1);

    public static Rational FromInt(long value) => new(value, 1);

    /// <summary>Exact: a decimal is an integer mantissa over a power of ten.</summary>
    public static Rational FromDecimal(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = new BigInteger((uint)bits[0])
            | (new BigInteger((uint)bits[1]) << 32)
            | (new BigInteger((uint)bits[2]) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[3] < 0)
        {
            mantissa = -mantissa;
        }

        return new Rational(mantissa, BigInteger.Pow(10, scale));
    }

    public static Rational operator +(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    public int CompareTo(Rational other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>Rounds half away from zero (四舍五入), the only rounding the method allows, and only for output.</summary>
    public decimal Round(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var factor = BigInteger.Pow(10, decimals);
        var scaled = BigInteger.Abs(Numerator) * factor;
        // floor(x + 1/2) on the absolute value = (2·scaled + den) div (2·den).
        var rounded = (2 * scaled + Denominator) / (2 * Denominator);
        // Multiplying by 10^-decimals keeps the scale, so 100 prints as 100.00.
        var result = (decimal)rounded * new decimal(1, 0, 0, false, (byte)decimals);
        return Numerator.Sign < 0 ? -result : result;
    }

    public override string ToString() => Denominator.IsOne ? $"{Numerator}" : $"{Numerator}/{Denominator}";
}
