using LaborRights.Arbitration.MinimumWage;
using LaborRights.Calendar;

namespace LaborRights.Arbitration;

/// <summary>Everything a decision needs besides the case and the command: who acts, when, the rules and the tables.</summary>
public sealed record ArbitrationContext(
    string Actor, DateTimeOffset Now, WorkingDayCalendar Calendar, ArbitrationRules Rules, MinimumWageTable MinimumWages)
{
    public DateOnly Today => ShanghaiTime.DateOf(Now);
}
