using LaborRights.Calendar;

namespace LaborRights.Inspections;

/// <summary>Everything an inspection decision needs besides the case and the command: who acts, when, and the rules.</summary>
public sealed record InspectionContext(string Actor, DateTimeOffset Now, WorkingDayCalendar Calendar, InspectionRules Rules)
{
    public DateOnly Today => ShanghaiTime.DateOf(Now);
}

internal static class InspectionRefusals
{
    private static readonly Dictionary<InspectionStatus, (string Zh, string En)> StatusNames = new()
    {
        [InspectionStatus.UnderInvestigation] = ("立案调查中", "under investigation"),
        [InspectionStatus.AwaitingRectification] = ("责令改正中", "awaiting rectification"),
        [InspectionStatus.Closed] = ("已结案", "closed"),
        [InspectionStatus.Withdrawn] = ("已撤销立案", "withdrawn"),
        [InspectionStatus.Transferred] = ("已移送", "transferred"),
    };

    public static string ChineseName(InspectionStatus status) => StatusNames[status].Zh;

    public static Refusal NotAllowedIn(InspectionStatus status, string actionZh, string actionEn) => new(
        "not-allowed-in-status",
        $"案件当前状态为“{StatusNames[status].Zh}”，不能{actionZh}。",
        $"The case is {StatusNames[status].En}; it cannot {actionEn}.");

    public static Refusal Rule(string code, string zh, string en) => new(code, zh, en);

    /// <summary>An open case with two inspectors on it (劳动保障监察条例 第16条), or the refusal to give.</summary>
    public static Refusal? RequireTeam(InspectionCase state, string actionZh, string actionEn)
    {
        if (!state.IsOpen) return NotAllowedIn(state.Status, actionZh, actionEn);
        if (state.Inspectors.Count < 2)
            return Rule("inspectors-required",
                $"须先指派至少两名监察员，才能{actionZh}。",
                $"Assign at least two inspectors before the case can {actionEn}.");
        return null;
    }

    public static Refusal RectificationPending(DateOnly rectifyBy, string actionZh, string actionEn) => Rule("rectification-pending",
        $"责令改正（期限{rectifyBy:yyyy-MM-dd}）尚待复查，不能{actionZh}。",
        $"A rectification order (due {rectifyBy:yyyy-MM-dd}) awaits its follow-up check; the case cannot {actionEn}.");
}
