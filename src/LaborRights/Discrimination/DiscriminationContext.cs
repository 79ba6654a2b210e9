using System.Security.Claims;
using LaborRights.Calendar;
using Microsoft.Extensions.Options;

namespace LaborRights.Discrimination;

/// <summary>Everything a decision needs besides the case and the command: who acts, when, and the rules.</summary>
public sealed record DiscriminationContext(string Actor, DateTimeOffset Now, WorkingDayCalendar Calendar, DiscriminationRules Rules)
{
    public DateOnly Today => ShanghaiTime.DateOf(Now);
}

/// <summary>What every discrimination endpoint needs to build a <see cref="DiscriminationContext"/>.</summary>
public sealed class DiscriminationServices(TimeProvider clock, WorkingDayCalendar calendar, IOptions<DiscriminationRules> rules)
{
    public TimeProvider Clock => clock;
    public WorkingDayCalendar Calendar => calendar;
    public DiscriminationRules Rules => rules.Value;

    public DiscriminationContext ContextFor(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? throw new InvalidOperationException("Staff commands need a signed-in user."),
            clock.GetUtcNow(), calendar, rules.Value);
}

internal static class DiscriminationRefusals
{
    private static readonly Dictionary<DiscriminationStatus, (string Zh, string En)> StatusNames = new()
    {
        [DiscriminationStatus.PendingAcceptance] = ("受理审查中", "awaiting the acceptance decision"),
        [DiscriminationStatus.AwaitingMaterial] = ("待补正材料", "awaiting material from the filer"),
        [DiscriminationStatus.Rejected] = ("不予受理", "rejected"),
        [DiscriminationStatus.UnderInvestigation] = ("立案调查中", "under investigation"),
        [DiscriminationStatus.Substantiated] = ("歧视成立", "substantiated"),
        [DiscriminationStatus.NotSubstantiated] = ("歧视不成立", "not substantiated"),
        [DiscriminationStatus.Closed] = ("已结案", "closed"),
    };

    public static string ChineseName(DiscriminationStatus status) => StatusNames[status].Zh;

    public static Refusal NotAllowedIn(DiscriminationStatus status, string actionZh, string actionEn) => new(
        "not-allowed-in-status",
        $"案件当前状态为“{StatusNames[status].Zh}”，不能{actionZh}。",
        $"The case is {StatusNames[status].En}; it cannot {actionEn}.");

    public static Refusal Rule(string code, string zh, string en) => new(code, zh, en);

    /// <summary>
    /// Remedies follow only a finding that discrimination is substantiated: before the finding, or after a finding
    /// that it is not, there is nothing to remedy.
    /// </summary>
    public static Refusal? RequireSubstantiated(DiscriminationCase state, string actionZh, string actionEn) => state.Status switch
    {
        DiscriminationStatus.Substantiated => null,
        DiscriminationStatus.UnderInvestigation or DiscriminationStatus.NotSubstantiated => Rule("substantiated-finding-required",
            $"须先认定歧视成立，才能{actionZh}。", $"Discrimination must be found substantiated before the case can {actionEn}."),
        _ => NotAllowedIn(state.Status, actionZh, actionEn),
    };
}
