using LaborRights.Calendar;

namespace LaborRights.WageArrears;

/// <summary>Everything a decision needs besides the case and the command: who acts, when, and the rules.</summary>
public sealed record CaseContext(string Actor, DateTimeOffset Now, WorkingDayCalendar Calendar, WageArrearsRules Rules)
{
    public DateOnly Today => ShanghaiTime.DateOf(Now);
}

internal static class Refusals
{
    private static readonly Dictionary<CaseStatus, (string Zh, string En)> StatusNames = new()
    {
        [CaseStatus.PendingAcceptance] = ("受理审查中", "awaiting the acceptance decision"),
        [CaseStatus.AwaitingMaterial] = ("待补正材料", "awaiting material from the complainant"),
        [CaseStatus.Rejected] = ("不予受理", "rejected"),
        [CaseStatus.UnderInvestigation] = ("立案调查中", "under investigation"),
        [CaseStatus.PaymentOrdered] = ("已责令限期支付", "under an order to pay"),
        [CaseStatus.Closed] = ("已结案", "closed"),
    };

    public static string ChineseName(CaseStatus status) => StatusNames[status].Zh;

    public static Refusal NotAllowedIn(CaseStatus status, string actionZh, string actionEn) => new(
        "not-allowed-in-status",
        $"案件当前状态为“{StatusNames[status].Zh}”，不能{actionZh}。",
        $"The case is {StatusNames[status].En}; it cannot {actionEn}.");

    public static Refusal Rule(string code, string zh, string en) => new(code, zh, en);
}

internal static class InvestigationGuards
{
    /// <summary>An open case with two inspectors on it (劳动保障监察条例 第16条), or the refusal to give.</summary>
    public static Refusal? RequireInvestigators(WageArrearsCase state, string actionZh, string actionEn)
    {
        if (!state.IsOpen) return Refusals.NotAllowedIn(state.Status, actionZh, actionEn);
        if (state.Inspectors.Count < 2)
            return Refusals.Rule("inspectors-required",
                $"须先指派至少两名监察员，才能{actionZh}。",
                $"Assign at least two inspectors before the case can {actionEn}.");
        return null;
    }
}
