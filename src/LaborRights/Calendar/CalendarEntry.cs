namespace LaborRights.Calendar;

/// <summary>One dated exception to the Monday–Friday working week.</summary>
public sealed record CalendarEntry(DateOnly Date, CalendarDayKind Kind, string Festival);
