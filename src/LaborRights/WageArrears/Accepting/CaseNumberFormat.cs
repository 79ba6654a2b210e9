using LaborRights.ReferenceData;

namespace LaborRights.WageArrears.Accepting;

/// <summary>The human-readable filing number (立案编号): one series per county and year.</summary>
public static class CaseNumberFormat
{
    public static string Format(County county, int year, int sequence) => $"{county.Name}劳监立〔{year}〕{sequence:D5}号";

    public static string Scope(string countyCode, int year) => $"{countyCode}-{year}";
}
