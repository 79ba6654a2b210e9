using LaborRights.Arbitration.MinimumWage;
using LaborRights.Calendar;

namespace LaborRights.Arbitration;

/// <summary>Everything a decision needs besides the case and the command: who acts, when, the rules and the tables.</summary>
public sealed record ArbitrationContext(
    string Actor, DateTimeOffset Now, WorkingDayCalendar Calendar, ArbitrationRules Rules, MinimumWageTable MinimumWages)
{
    public DateOnly Today => ShanghaiTime.DateOf(Now);

    /// <summary>The acting person's roles and divisions, for rules that depend on who acts (approving an extension); null for the system.</summary>
    public Security.StaffScope? Scope { get; init; }
}
