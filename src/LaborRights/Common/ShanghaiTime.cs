namespace LaborRights.Common;

/// <summary>
/// Legal dates are days in Asia/Shanghai (UTC+8, no daylight saving since 1991), whatever the server's zone.
/// </summary>
public static class ShanghaiTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The instant a day ends in Shanghai: a deadline on <paramref name="day"/> has passed from then on.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Offset);
}
