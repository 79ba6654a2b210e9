using LaborRights.Arbitration.MinimumWage;
using LaborRights.Calendar;

namespace LaborRights.Arbitration;

/// <summary>Everything a decision needs besides the case and the command: who acts, when, the rules and the tables.</summary>
public sealed record ArbitrationContext(
    string Actor, DateTimeOffset Now, WorkingDayCalendar Calendar, ArbitrationRules Rules, MinimumWageTable MinimumWages)
{
    public DateOnly Today => ShanghaiTime.DateOf(Now);
}

internal static class ArbitrationRefusals
{
    private static readonly Dictionary<ArbitrationStatus, (string Zh, string En)> StatusNames = new()
    {
        [ArbitrationStatus.PendingAcceptance] = ("待受理审查", "awaiting the acceptance decision"),
        [ArbitrationStatus.Refused] = ("不予受理", "refused"),
        [ArbitrationStatus.Accepted] = ("已受理，待组庭", "accepted, awaiting a tribunal"),
        [ArbitrationStatus.PanelFormed] = ("已组成仲裁庭", "before a formed tribunal"),
        [ArbitrationStatus.HearingScheduled] = ("已排期开庭", "scheduled for hearing"),
        [ArbitrationStatus.Heard] = ("已开庭审理", "heard"),
        [ArbitrationStatus.Suspended] = ("中止审理", "suspended"),
        [ArbitrationStatus.Mediated] = ("调解结案", "closed by mediation"),
        [ArbitrationStatus.Awarded] = ("已裁决", "awarded"),
        [ArbitrationStatus.Withdrawn] = ("已撤回", "withdrawn"),
    };

    public static string ChineseName(ArbitrationStatus status) => StatusNames[status].Zh;

    public static Refusal NotAllowedIn(ArbitrationStatus status, string actionZh, string actionEn) => new(
        "not-allowed-in-status",
        $"案件当前状态为“{StatusNames[status].Zh}”，不能{actionZh}。",
        $"The case is {StatusNames[status].En}; it cannot {actionEn}.");

    public static Refusal Rule(string code, string zh, string en) => new(code, zh, en);
}
