namespace LaborRights.ReferenceData;

/// <summary>
/// A county-level division (区/县/县级市). <see cref="Kind"/> is the raw CSV value:
/// <c>district</c>, <c>county</c> or <c>county-level-city</c>.
/// </summary>
public sealed record County(string Code, string Name, string CityCode, string CityName, string Kind);

public static class Divisions
{
    /// <summary>Shandong division codes (GB/T 2260): a county's city is its first four digits followed by 00.</summary>
    public static string CityOf(string countyCode) => countyCode.Length == 6 ? countyCode[..4] + "00" : "";
}
