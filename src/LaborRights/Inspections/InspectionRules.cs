namespace LaborRights.Inspections;

/// <summary>The numbers of the inspection procedure, bound from configuration section "Inspections".</summary>
public sealed record InspectionRules
{
    public const string Section = "Inspections";

    /// <summary>劳动保障监察条例 第17条: close within 60 working days of filing.</summary>
    public int InvestigationWorkingDays { get; init; } = 60;

    /// <summary>劳动保障监察条例 第17条: one extension of at most 30 working days.</summary>
    public int ExtensionWorkingDays { get; init; } = 30;
}
