namespace LaborRights.Common;

/// <summary>
/// The employer a case is about (用人单位), in one shape in every answer of every case kind: its registered name and
/// its 18-character unified social credit code (统一社会信用代码).
/// </summary>
public sealed record Employer(string Name, string CreditCode);
