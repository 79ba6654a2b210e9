namespace LaborRights.ReferenceData;

/// <summary>A prefecture-level city (地级市); <see cref="Code"/> is the 6-digit GB/T 2260 division code.</summary>
public sealed record City(string Code, string Name);
