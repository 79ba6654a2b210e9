namespace LaborRights.Common;

/// <summary>
/// The employer a case is about (用人单位), in one shape in every answer of every case kind: its registered name and
/// its 18-character unified social credit code (统一社会信用代码).
/// </summary>
public sealed record Employer(string Name, string CreditCode);

/// <summary>
/// An employer as a worker describes it when they know no credit code (an individual labour contractor 包工头, a shop,
/// an unregistered unit): what it is called, where it is found, a phone. Staff identify the registered unit that
/// answers for it before the complaint is accepted (<c>EmployerIdentified</c>).
/// </summary>
/// <param name="Phone">May be a person's (a contractor's own mobile): masked in every view, revealed like a worker's.</param>
public sealed record ReportedEmployer(string Name, string Address, string? Phone);
