namespace LaborRights.Common;

/// <summary>
/// How a deadline reads for people: the last day, said to count itself (含当日), so nobody is left to guess whether
/// "by the 13th" means the 12th (issue 14, item 8). Dates are days in Shanghai.
/// </summary>
public static class DeadlineText
{
    /// <summary>2026年10月13日（含当日）</summary>
    public static string Zh(DateOnly lastDay) => $"{lastDay:yyyy年M月d日}（含当日）";

    /// <summary>The same, or nothing for an event recorded before it carried the day.</summary>
    public static string Zh(DateOnly? lastDay) => lastDay is { } day ? Zh(day) : "";

    public static string En(DateOnly? lastDay) => lastDay is { } day ? En(day) : "";

    /// <summary>2026-10-13 (inclusive)</summary>
    public static string En(DateOnly lastDay) => $"{lastDay:yyyy-MM-dd} (inclusive)";
}
