namespace LaborRights.Cases;

/// <summary>
/// The periods of 劳动保障监察条例 that every labour-inspection procedure runs on (a wage-arrears complaint, a
/// discrimination complaint, an inspection); each kind's rules add figures of its own. Bound from the kind's
/// configuration section, so a province's figure is changed by configuration, not by code.
/// </summary>
public abstract record LabourInspectionPeriods
{
    /// <summary>第15条: decide on acceptance within 5 working days of receipt.</summary>
    public int AcceptanceWorkingDays { get; init; } = 5;

    /// <summary>第17条: close within 60 working days of filing.</summary>
    public int InvestigationWorkingDays { get; init; } = 60;

    /// <summary>第17条: one extension of at most 30 working days.</summary>
    public int ExtensionWorkingDays { get; init; } = 30;

    /// <summary>第20条: violations older than 2 years are not investigated.</summary>
    public int LimitationYears { get; init; } = 2;
}
