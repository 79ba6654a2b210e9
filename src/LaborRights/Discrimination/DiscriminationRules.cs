namespace LaborRights.Discrimination;

/// <summary>The numbers of the discrimination procedure beyond the inspection periods (configuration section "Discrimination").</summary>
public sealed record DiscriminationRules : LabourInspectionPeriods
{
    public const string Section = "Discrimination";

    /// <summary>妇女权益保障法 第83条: a fine of 10,000 to 50,000 yuan for refusing to correct.</summary>
    public decimal MinimumFine { get; init; } = 10_000m;

    public decimal MaximumFine { get; init; } = 50_000m;
}
