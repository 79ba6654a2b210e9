namespace LaborRights.Inspections;

/// <summary>The periods of the inspection procedure, bound from configuration section "Inspections".</summary>
public sealed record InspectionRules : LabourInspectionPeriods
{
    public const string Section = "Inspections";
}
