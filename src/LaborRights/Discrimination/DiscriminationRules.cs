namespace LaborRights.Discrimination;

/// <summary>
/// The numbers of the discrimination procedure, bound from configuration section "Discrimination" so that an
/// unconfirmed figure is changed by configuration, not by code.
/// </summary>
public sealed record DiscriminationRules
{
    public const string Section = "Discrimination";

    /// <summary>劳动保障监察条例 第15条: decide on acceptance within 5 working days of receipt.</summary>
    public int AcceptanceWorkingDays { get; init; } = 5;

    /// <summary>劳动保障监察条例 第17条: close within 60 working days of filing.</summary>
    public int InvestigationWorkingDays { get; init; } = 60;

    /// <summary>劳动保障监察条例 第20条: violations older than 2 years are not investigated.</summary>
    public int LimitationYears { get; init; } = 2;

    /// <summary>妇女权益保障法 第83条: a fine of 10,000 to 50,000 yuan for refusing to correct.</summary>
    public decimal MinimumFine { get; init; } = 10_000m;

    public decimal MaximumFine { get; init; } = 50_000m;
}
