namespace LaborRights.ReferenceData;

/// <summary>
/// A county-level division (区/县/县级市). <see cref="Kind"/> is the raw CSV value:
/// <c>district</c>, <c>county</c> or <c>county-level-city</c>.
/// </summary>
public sealed record County(string Code, string Name, string CityCode, string CityName, string Kind);
