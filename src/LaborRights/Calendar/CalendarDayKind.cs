namespace LaborRights.Calendar;

/// <summary>How the State Council's annual holiday notice (国务院办公厅关于节假日安排的通知) classifies a date.</summary>
public enum CalendarDayKind
{
    /// <summary>A public holiday or a bridged rest day (放假), even if it falls Monday–Friday.</summary>
    Holiday,

    /// <summary>A weekend day that has been swapped into a working day (调休上班).</summary>
    Workday,
}
