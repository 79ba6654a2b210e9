namespace LaborRights.Calendar;

/// <summary>
/// A computed due date. <see cref="IsProvisional"/> is true when the computation touched a year
/// whose holiday arrangement has not been published/loaded yet, so weekends-only was assumed
/// for those days. Callers must surface that to the user rather than present the date as final.
/// </summary>
public readonly record struct Deadline(DateOnly DueOn, bool IsProvisional)
{
    public static Deadline Certain(DateOnly dueOn) => new(dueOn, IsProvisional: false);
}
