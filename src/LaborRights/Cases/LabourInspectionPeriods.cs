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

    /// <summary>
    /// Working days the filer has to supply the material asked for (the office's rule: the statutes require the
    /// request to say what is missing at once, 一次性告知, but set no period; configure the office's own).
    /// </summary>
    public int MaterialSupplyWorkingDays { get; init; } = 10;

    /// <summary>What happens when that period lapses without the material (the office's rule).</summary>
    public MaterialLapseRule MaterialLapse { get; init; } = MaterialLapseRule.CloseAsNotSupplemented;
}

/// <summary>What an office does with a complaint whose material was not supplied in time.</summary>
public enum MaterialLapseRule
{
    /// <summary>The complaint ends, not accepted, with the reason (视为未补正，不予受理).</summary>
    CloseAsNotSupplemented,

    /// <summary>The case keeps waiting, marked late on the filer's period, for staff to decide.</summary>
    KeepWaiting,
}
