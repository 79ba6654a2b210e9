namespace LaborRights.ReferenceData;

/// <summary>
/// A development zone (开发区/高新区/新区). It is not an administrative division, so it has no GB/T 2260
/// code; <see cref="Code"/> follows the NBS statistical division codes (统计用区划代码, the xx71–xx79 range
/// under the parent city) and must not be confused with a county code.
/// </summary>
public sealed record Park(string Code, string Name, string CityCode, string CityName);
