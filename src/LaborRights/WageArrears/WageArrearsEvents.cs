namespace LaborRights.WageArrears;

// The facts of a wage-arrears case (欠薪案件). Each names the case, who acted (…By) and the business
// time it happened (…At / …On); the store's own timestamp is only when it was recorded (docs/adr/0002).

public enum IntakeChannel { Online, Counter, Hotline, Referral, Imported }

public sealed record Complainant(string Name, string ResidentId, string Phone);

public sealed record EmploymentPeriod(DateOnly From, DateOnly? To);

/// <param name="Complainant">Null only for a case opened by another case's finding (<paramref name="Source"/>).</param>
/// <param name="Source">The case whose finding opened this one (联动), if any.</param>
/// <param name="Employer">The registered unit complained about; null when the worker knew no credit code (then <paramref name="ReportedEmployer"/>).</param>
/// <param name="ReportedEmployer">The employer as the worker described it, when they knew no credit code (issue 16).</param>
public sealed record WageArrearsComplaintReceived(
    Guid WageArrearsCaseId,
    string TrackingNumber,
    string AccessCodeHash,
    IntakeChannel Channel,
    Complainant? Complainant,
    Employer? Employer,
    string CountyCode,
    string? ParkCode,
    string? ConstructionProject,
    int WorkersAffected,
    decimal AmountClaimed,
    EmploymentPeriod Employment,
    string Description,
    DateOnly AcceptanceDueOn,
    bool AcceptanceDueIsProvisional,
    string ReceivedBy,
    DateTimeOffset ReceivedAt,
    CaseReference? Source = null,
    ReportedEmployer? ReportedEmployer = null) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, ReceivedBy, ReceivedAt);
}

/// <summary>
/// Staff found the registered unit that answers for an employer the worker could only describe (a labour contractor's
/// general contractor, a shop's registration): from now on the case is the unit's, in the registry and the benchmark.
/// The case's figures as they stood are carried for the employer registry, which lists the case from this event on.
/// </summary>
public sealed record EmployerIdentified(
    Guid WageArrearsCaseId, Employer Employer, string Note, string CountyCode, string TrackingNumber, DateOnly ReceivedOn,
    int WorkersAffected, decimal AmountClaimed, CaseStatus Status, string IdentifiedBy, DateTimeOffset IdentifiedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, IdentifiedBy, IdentifiedAt);
}

/// <param name="SupplyBy">The last day for the complainant to supply it (issue 14); none on requests made before periods were set.</param>
public sealed record MaterialRequested(Guid WageArrearsCaseId, string Missing, string RequestedBy, DateTimeOffset RequestedAt,
    DateOnly? SupplyBy = null, bool SupplyByIsProvisional = false) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, RequestedBy, RequestedAt);
}

/// <summary>The complainant's period to supply material passed without it; the office keeps waiting (<see cref="MaterialLapseRule.KeepWaiting"/>).</summary>
public sealed record MaterialSupplyDeadlinePassed(Guid WageArrearsCaseId, DateOnly DueOn, DateTimeOffset NoticedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, CaseEventMetadata.System, NoticedAt);
}

/// <summary>The complainant's period to supply material passed without it: the complaint ends, not accepted (<see cref="MaterialLapseRule.CloseAsNotSupplemented"/>).</summary>
public sealed record MaterialNotSupplied(Guid WageArrearsCaseId, DateOnly SupplyBy, string ReasonZh, string ReasonEn, DateTimeOffset NoticedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, CaseEventMetadata.System, NoticedAt);
}

/// <summary>The complainant supplied what was missing: the 5-working-day acceptance period starts again.</summary>
public sealed record MaterialSupplied(
    Guid WageArrearsCaseId, string Note, DateOnly AcceptanceDueOn, bool AcceptanceDueIsProvisional,
    string RecordedBy, DateTimeOffset SuppliedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, RecordedBy, SuppliedAt);
}

public sealed record ComplaintAccepted(
    Guid WageArrearsCaseId,
    string CaseNumber,
    DateOnly FiledOn,
    DateOnly InvestigationDueOn,
    bool InvestigationDueIsProvisional,
    string AcceptedBy,
    DateTimeOffset AcceptedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, AcceptedBy, AcceptedAt);
}

public enum RejectionReason { TimeBarred, OutsideScope, OutsideJurisdiction }

public sealed record ComplaintRejected(
    Guid WageArrearsCaseId, RejectionReason Reason, string? CompetentBody, string Explanation,
    string RejectedBy, DateTimeOffset RejectedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, RejectedBy, RejectedAt);
}

public sealed record InspectorsAssigned(Guid WageArrearsCaseId, IReadOnlyList<string> Inspectors, string AssignedBy, DateTimeOffset AssignedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, AssignedBy, AssignedAt);
}

public sealed record ArrearsConfirmed(Guid WageArrearsCaseId, decimal Amount, int WorkersOwed, string ConfirmedBy, DateTimeOffset ConfirmedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, ConfirmedBy, ConfirmedAt);
}

/// <summary>责令限期支付: the employer must pay the confirmed arrears by <see cref="PayBy"/>.</summary>
public sealed record PaymentOrdered(Guid WageArrearsCaseId, decimal Amount, DateOnly PayBy, string OrderedBy, DateTimeOffset OrderedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, OrderedBy, OrderedAt);
}

/// <param name="OutstandingAfter">What the employer still owed once this payment was made.</param>
public sealed record RecoveryRecorded(
    Guid WageArrearsCaseId, decimal Amount, int WorkersPaid, DateOnly PaidOn, decimal OutstandingAfter, string RecordedBy, DateTimeOffset RecordedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, RecordedBy, RecordedAt);
}

/// <summary>加付赔偿金 (劳动保障监察条例 第26条; 劳动合同法 第85条): 50%–100% of what is still owed.</summary>
public sealed record ExtraCompensationImposed(
    Guid WageArrearsCaseId, decimal Rate, decimal OwedAtImposition, decimal Amount, string ImposedBy, DateTimeOffset ImposedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, ImposedBy, ImposedAt);
}

/// <summary>劳动保障监察条例 第17条: one extension of 30 working days, approved by the person in charge.</summary>
public sealed record InvestigationExtended(
    Guid WageArrearsCaseId, DateOnly PreviousDueOn, DateOnly NewDueOn, bool NewDueIsProvisional,
    string ApprovedBy, string Reason, string ExtendedBy, DateTimeOffset ExtendedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, ExtendedBy, ExtendedAt);
}

/// <summary>Suspected 拒不支付劳动报酬罪 (刑法 第276条之一) handed to the police.</summary>
public sealed record TransferredToPolice(
    Guid WageArrearsCaseId, string PoliceAgency, string Reason, decimal OutstandingAmount, bool BelowCriminalThreshold,
    string TransferredBy, DateTimeOffset TransferredAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, TransferredBy, TransferredAt);
}

public enum ClosureOutcome { FullyRecovered, PartlyRecovered, Withdrawn, Transferred, NoViolationFound }

public sealed record CaseClosed(Guid WageArrearsCaseId, ClosureOutcome Outcome, string Summary, string ClosedBy, DateTimeOffset ClosedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, ClosedBy, ClosedAt);
}

/// <summary>A link to a case of another kind (联动): opened from it, or found to concern the same arrears.</summary>
public sealed record WageArrearsCaseLinked(Guid WageArrearsCaseId, CaseReference Other, string Relation, string LinkedBy, DateTimeOffset LinkedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, LinkedBy, LinkedAt);
}

/// <summary>
/// 重新办理: on a legal ground with its basis (issue 14); a new investigation period of 60 working days runs from the
/// reopening. Cases reopened before grounds were recorded have no ground, basis or new period (they kept the old one).
/// </summary>
public sealed record CaseReopened(Guid WageArrearsCaseId, string Reason, string ReopenedBy, DateTimeOffset ReopenedAt,
    ReopeningGround? Ground = null, string? Basis = null, DateOnly? InvestigationDueOn = null, bool InvestigationDueIsProvisional = false) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, ReopenedBy, ReopenedAt);
}

/// <summary>Why a closed case may be investigated again.</summary>
public enum ReopeningGround
{
    /// <summary>行政复议决定撤销或责令重新处理.</summary>
    ReviewDecision,

    /// <summary>人民法院裁判撤销或责令重新处理.</summary>
    CourtJudgment,

    /// <summary>上级机关督办或批准重新办理.</summary>
    SupervisorInstruction,

    /// <summary>发现新的违法事实或证据.</summary>
    NewFacts,
}

// Passing time as facts: appended by a scheduled message only if the step is still pending (docs/adr/0002).

public sealed record AcceptanceDeadlinePassed(Guid WageArrearsCaseId, DateOnly DueOn, DateTimeOffset NoticedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, CaseEventMetadata.System, NoticedAt);
}

public sealed record InvestigationDeadlinePassed(Guid WageArrearsCaseId, DateOnly DueOn, DateTimeOffset NoticedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, CaseEventMetadata.System, NoticedAt);
}

public sealed record PaymentDeadlinePassed(Guid WageArrearsCaseId, DateOnly PayBy, decimal Outstanding, DateTimeOffset NoticedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(WageArrearsCaseId, CaseEventMetadata.System, NoticedAt);
}
