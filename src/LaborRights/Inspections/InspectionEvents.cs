namespace LaborRights.Inspections;

// The facts of a labour-inspection case (劳动保障监察案件). Each names the case, who acted (…By) and the business
// time (…At / …On). Names are unique across case kinds because Marten keys event types by their simple name.

/// <summary>Why the case was opened (劳动保障监察条例 第13条–第15条).</summary>
public enum InspectionOrigin
{
    /// <summary>日常巡视检查 / 专项检查: a planned inspection.</summary>
    Planned,

    /// <summary>投诉: by the worker whose own rights were infringed.</summary>
    Complaint,

    /// <summary>举报: by anyone; the reporter's identity is confidential, so no event names them.</summary>
    Report,

    /// <summary>联动: opened from another case, named in <see cref="InspectionCaseOpened.Source"/>.</summary>
    Linkage,
}

public enum ViolationCategory
{
    WageArrears,
    MinimumWage,
    Overtime,
    LabourContract,
    SocialInsurance,
    Discrimination,
    ChildLabour,
    ConstructionRealNameOrWageAccount,
}

/// <summary>
/// 立案: the case is filed the day it opens and must close within 60 working days (劳动保障监察条例 第17条).
/// Carries the employer, county and park so an employer registry can be projected from it.
/// </summary>
public sealed record InspectionCaseOpened(
    Guid InspectionCaseId,
    InspectionOrigin Origin,
    CaseReference? Source,
    string EmployerName,
    string EmployerCreditCode,
    string CountyCode,
    string? ParkCode,
    string? ConstructionProject,
    string Reason,
    DateOnly FiledOn,
    DateOnly InvestigationDueOn,
    bool InvestigationDueIsProvisional,
    string OpenedBy,
    DateTimeOffset OpenedAt,
    string? CaseNumber = null) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, OpenedBy, OpenedAt);
}

/// <summary>劳动保障监察条例 第16条: at least two inspectors act on a case.</summary>
public sealed record InspectionTeamAssigned(Guid InspectionCaseId, IReadOnlyList<string> Inspectors, string AssignedBy, DateTimeOffset AssignedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, AssignedBy, AssignedAt);
}

public sealed record SiteVisitRecorded(
    Guid InspectionCaseId, int VisitNumber, DateOnly VisitedOn, string Location, IReadOnlyList<string> Inspectors,
    string Notes, int FindingCount, string RecordedBy, DateTimeOffset RecordedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, RecordedBy, RecordedAt);
}

/// <summary>
/// One violation found on a site visit. Self-contained (employer, county, amounts) because linkage opens or links
/// a wage-arrears case from it without reading the inspection case.
/// </summary>
public sealed record ViolationFound(
    Guid InspectionCaseId,
    int FindingNumber,
    int VisitNumber,
    ViolationCategory Category,
    string Description,
    decimal? AmountOwed,
    int? WorkersAffected,
    string EmployerName,
    string EmployerCreditCode,
    string CountyCode,
    string? ParkCode,
    DateOnly FoundOn,
    string FoundBy,
    DateTimeOffset FoundAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, FoundBy, FoundAt);
}

/// <summary>陈述申辩 (行政处罚法 第44条、第45条): the employer stated its case on the facts found so far.</summary>
public sealed record EmployerHeard(
    Guid InspectionCaseId, DateOnly HeardOn, string Statement, int FindingsHeard, string RecordedBy, DateTimeOffset RecordedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, RecordedBy, RecordedAt);
}

/// <summary>责令改正 (劳动保障监察条例 第18条): correct by <see cref="RectifyBy"/>.</summary>
public sealed record RectificationOrdered(
    Guid InspectionCaseId, string Requirements, DateOnly RectifyBy, string OrderedBy, DateTimeOffset OrderedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, OrderedBy, OrderedAt);
}

/// <summary>The follow-up check of a rectification order (复查).</summary>
public sealed record RectificationChecked(
    Guid InspectionCaseId, DateOnly RectifyBy, DateOnly CheckedOn, bool Rectified, string Notes, string CheckedBy, DateTimeOffset CheckedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, CheckedBy, CheckedAt);
}

/// <summary>行政处罚决定: a fine, decided only after the employer was heard.</summary>
public sealed record PenaltyImposed(
    Guid InspectionCaseId, decimal Amount, string LegalBasis, string ImposedBy, DateTimeOffset ImposedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, ImposedBy, ImposedAt);
}

/// <summary>劳动保障监察条例 第17条: one extension of 30 working days, approved by someone else, before the period ends.</summary>
public sealed record InspectionPeriodExtended(
    Guid InspectionCaseId, DateOnly PreviousDueOn, DateOnly NewDueOn, bool NewDueIsProvisional,
    string ApprovedBy, string Reason, string ExtendedBy, DateTimeOffset ExtendedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, ExtendedBy, ExtendedAt);
}

public enum InspectionOutcome
{
    /// <summary>行政处罚.</summary>
    Penalised,

    /// <summary>责令改正后已改正.</summary>
    Rectified,

    /// <summary>未发现违法行为.</summary>
    NoViolationFound,
}

public sealed record InspectionCaseClosed(Guid InspectionCaseId, InspectionOutcome Outcome, string Summary, string ClosedBy, DateTimeOffset ClosedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, ClosedBy, ClosedAt);
}

/// <summary>撤销立案: the violation was minor and has been corrected (or none was found).</summary>
public sealed record InspectionCaseWithdrawn(Guid InspectionCaseId, string Reason, string WithdrawnBy, DateTimeOffset WithdrawnAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, WithdrawnBy, WithdrawnAt);
}

/// <summary>移送: the matter belongs to another department (or, for a suspected crime, the police).</summary>
public sealed record InspectionCaseTransferred(
    Guid InspectionCaseId, string Department, string Reason, string TransferredBy, DateTimeOffset TransferredAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, TransferredBy, TransferredAt);
}

/// <summary>联动: this case is related to another; a case can hold several links.</summary>
public sealed record InspectionCaseLinked(Guid InspectionCaseId, CaseReference Other, string Relation, string LinkedBy, DateTimeOffset LinkedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, LinkedBy, LinkedAt);
}

/// <summary>Passing time as a fact: appended by a scheduled message only if the case is still open (docs/adr/0002).</summary>
public sealed record InspectionDeadlinePassed(Guid InspectionCaseId, DateOnly DueOn, DateTimeOffset NoticedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(InspectionCaseId, CaseEventMetadata.System, NoticedAt);
}
