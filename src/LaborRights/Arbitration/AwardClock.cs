using LaborRights.Calendar;

namespace LaborRights.Arbitration;

/// <summary>
/// The award period (劳动争议调解仲裁法 第43条): calendar days from acceptance, the day of acceptance not counted
/// (民法典 第201条); days of suspension do not count, so the days left when suspended carry on after resumption;
/// a last day on a rest day or holiday moves to the next working day (民法典 第203条; unconfirmed for arbitration).
/// </summary>
public static class AwardClock
{
    public static Deadline DueOn(DateOnly acceptedOn, int periodDays, int daysSuspended, WorkingDayCalendar calendar) =>
        calendar.AddCalendarDaysRollingToWorkingDay(acceptedOn, periodDays + daysSuspended);

    public static Deadline DueOn(ArbitrationCase state, WorkingDayCalendar calendar, int extraPeriodDays = 0, int extraSuspendedDays = 0) =>
        DueOn(state.AcceptedOn ?? throw new InvalidOperationException("The case has not been accepted."),
            state.AwardPeriodDays + extraPeriodDays, state.DaysSuspended + extraSuspendedDays, calendar);
}
