namespace LaborRights.Common;

/// <summary>The four kinds of case the platform handles; each is its own aggregate and event stream.</summary>
public enum CaseKind { WageArrears, Discrimination, Arbitration, Inspection }

/// <summary>A pointer from one case to another (联动): the other case's kind and stream id.</summary>
public sealed record CaseReference(CaseKind Kind, Guid Id);
