namespace LaborRights.Discrimination;

// The facts of an employment-discrimination case (就业歧视案件), 鲁政发〔2024〕14号 measure (十九). Each names the
// case, who acted (…By) and the business time (…At / …On), as the wage-arrears events do (docs/adr/0002).
// Type names carry "Discrimination" because Marten names event types and documents by class name alone.

/// <summary>投诉 by the affected person, or 举报 by anyone (劳动保障监察条例 第9条): a reporter's identity is confidential.</summary>
public enum DiscriminationFilingKind { Complaint, Report }

public enum DiscriminationChannel { Online, Counter, Hotline }

/// <summary>
/// Statutory grounds: 就业促进法 第3条 (ethnicity, race, sex, religion), 第29条 (disability), 第30条 (infectious-disease
/// carriers), 第31条 (rural origin); 妇女权益保障法 第43条 (marriage, pregnancy, childbearing). Age, height, region and
/// other are recorded but flagged as non-statutory (see <see cref="DiscriminationGrounds"/>).
/// </summary>
public enum DiscriminationGround
{
    Sex, PregnancyMarriageChildbearing, Ethnicity, Race, Religion, Disability, InfectiousDiseaseCarrier, RuralOrigin,
    Age, Height, Region, Other,
}

public enum DiscriminationStage { RecruitmentAd, Hiring, Pay, Promotion, Dismissal }

public enum EvidenceKind { JobAdText, Url, Description }

public sealed record DiscriminationEvidence(EvidenceKind Kind, string Text);

/// <summary>Who filed. For a report (举报) this lives only in the event, never in a read model (劳动保障监察条例 第9条: 为举报人保密).</summary>
public sealed record DiscriminationFiler(string Name, string Phone);

/// <summary>Opens the case; carries the employer, county and park so an employer registry can be projected from it.</summary>
public sealed record DiscriminationComplaintReceived(
    Guid DiscriminationCaseId,
    string TrackingNumber,
    string AccessCodeHash,
    DiscriminationFilingKind FilingKind,
    DiscriminationChannel Channel,
    DiscriminationFiler Filer,
    Employer Employer,
    string CountyCode,
    string? ParkCode,
    IReadOnlyList<DiscriminationGround> Grounds,
    string? OtherGround,
    DiscriminationStage Stage,
    DateOnly OccurredOn,
    string Description,
    IReadOnlyList<DiscriminationEvidence> Evidence,
    DateOnly AcceptanceDueOn,
    bool AcceptanceDueIsProvisional,
    string ReceivedBy,
    DateTimeOffset ReceivedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, ReceivedBy, ReceivedAt);
}

/// <param name="SupplyBy">The filer's last day to supply it (the office's period); null in events recorded before there was one.</param>
public sealed record DiscriminationMaterialRequested(Guid DiscriminationCaseId, string Missing, string RequestedBy, DateTimeOffset RequestedAt,
    DateOnly? SupplyBy = null, bool SupplyByIsProvisional = false) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, RequestedBy, RequestedAt);
}

/// <summary>The filer's period to supply material passed without it; the office keeps waiting (<see cref="MaterialLapseRule.KeepWaiting"/>).</summary>
public sealed record DiscriminationMaterialSupplyDeadlinePassed(Guid DiscriminationCaseId, DateOnly DueOn, DateTimeOffset NoticedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, CaseEventMetadata.System, NoticedAt);
}

/// <summary>The filer's period to supply material passed without it: the complaint ends, not accepted (<see cref="MaterialLapseRule.CloseAsNotSupplemented"/>).</summary>
public sealed record DiscriminationMaterialNotSupplied(Guid DiscriminationCaseId, DateOnly SupplyBy, string ReasonZh, string ReasonEn, DateTimeOffset NoticedAt)
    : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, CaseEventMetadata.System, NoticedAt);
}

/// <summary>The filer supplied what was missing: the 5-working-day acceptance period starts again.</summary>
public sealed record DiscriminationMaterialSupplied(
    Guid DiscriminationCaseId, string Note, DateOnly AcceptanceDueOn, bool AcceptanceDueIsProvisional,
    string RecordedBy, DateTimeOffset SuppliedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, RecordedBy, SuppliedAt);
}

/// <summary>
/// Accepted and filed (立案). Carries employer, county and the grounds so that linkage can open a labour-inspection
/// case against the same employer without reading this stream.
/// </summary>
public sealed record DiscriminationComplaintAccepted(
    Guid DiscriminationCaseId,
    Employer Employer,
    string CountyCode,
    string? ParkCode,
    IReadOnlyList<DiscriminationGround> Grounds,
    DiscriminationStage Stage,
    DateOnly FiledOn,
    DateOnly InvestigationDueOn,
    bool InvestigationDueIsProvisional,
    string AcceptedBy,
    DateTimeOffset AcceptedAt,
    string? CaseNumber = null) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, AcceptedBy, AcceptedAt);
}

/// <summary>劳动保障监察条例 第17条: the one extension of the investigation period.</summary>
public sealed record DiscriminationInvestigationExtended(
    Guid DiscriminationCaseId, DateOnly PreviousDueOn, DateOnly NewDueOn, bool NewDueIsProvisional,
    string ApprovedBy, string Reason, string ExtendedBy, DateTimeOffset ExtendedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, ExtendedBy, ExtendedAt);
}

public enum DiscriminationRejectionReason { TimeBarred, OutsideScope, OutsideJurisdiction }

public sealed record DiscriminationComplaintRejected(
    Guid DiscriminationCaseId, DiscriminationRejectionReason Reason, string? CompetentBody, string Explanation,
    string RejectedBy, DateTimeOffset RejectedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, RejectedBy, RejectedAt);
}

/// <summary>The conclusion of the investigation: discrimination substantiated (成立) or not (不成立), with reasons.</summary>
public sealed record DiscriminationFindingRecorded(
    Guid DiscriminationCaseId, bool Substantiated, string Reasons, string RecordedBy, DateTimeOffset RecordedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, RecordedBy, RecordedAt);
}

/// <summary>责令改正 by <see cref="CorrectBy"/> (e.g. withdraw a discriminatory job ad).</summary>
public sealed record DiscriminationCorrectionOrdered(
    Guid DiscriminationCaseId, string Requirements, DateOnly CorrectBy, string OrderedBy, DateTimeOffset OrderedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, OrderedBy, OrderedAt);
}

/// <summary>Fine for a discriminatory recruitment ad not corrected by the ordered date (妇女权益保障法 第83条).</summary>
/// <summary>The follow-up check after the correct-by date: did the employer correct (e.g. withdraw the ad)?</summary>
public sealed record DiscriminationCorrectionChecked(
    Guid DiscriminationCaseId, DateOnly CheckedOn, bool Corrected, string Notes, string CheckedBy, DateTimeOffset CheckedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, CheckedBy, CheckedAt);
}

public sealed record DiscriminationFineImposed(
    Guid DiscriminationCaseId, decimal Amount, DateOnly CorrectionDueOn, string Reason, string ImposedBy, DateTimeOffset ImposedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, ImposedBy, ImposedAt);
}

/// <summary>约谈 of the employer held jointly with the trade union and the women's federation.</summary>
public sealed record DiscriminationJointInterviewHeld(
    Guid DiscriminationCaseId, IReadOnlyList<string> Participants, DateOnly HeldOn, string Summary,
    string RecordedBy, DateTimeOffset RecordedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, RecordedBy, RecordedAt);
}

/// <summary>Referred for supported litigation (支持起诉) of the worker's own lawsuit (就业促进法 第62条).</summary>
public sealed record DiscriminationReferredForSupportedLitigation(
    Guid DiscriminationCaseId, string SupportingBody, string Reason, string ReferredBy, DateTimeOffset ReferredAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, ReferredBy, ReferredAt);
}

public enum ProcuratorateReferralKind { ProcuratorialSuggestion, PublicInterestLitigation }

/// <summary>Referred to the procuratorate for a 检察建议 or 公益诉讼 (妇女权益保障法 第77条).</summary>
public sealed record DiscriminationReferredToProcuratorate(
    Guid DiscriminationCaseId, ProcuratorateReferralKind Kind, string Procuratorate, string Reason,
    string ReferredBy, DateTimeOffset ReferredAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, ReferredBy, ReferredAt);
}

/// <summary>The answer of the body a discrimination case was referred to (issue 14, item 12).</summary>
public sealed record DiscriminationReferralAnswered(
    Guid DiscriminationCaseId, Referring.DiscriminationReferralTarget Referral, Referrals.ReferralStatus Answer, string Note,
    string RecordedBy, DateTimeOffset RecordedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, RecordedBy, RecordedAt);
}

public enum DiscriminationOutcome { Remedied, NotSubstantiated, Withdrawn, Referred }

public sealed record DiscriminationCaseClosed(
    Guid DiscriminationCaseId, DiscriminationOutcome Outcome, string Summary, string ClosedBy, DateTimeOffset ClosedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, ClosedBy, ClosedAt);
}

/// <summary>A link (联动) to another case, e.g. the inspection case opened for the same employer.</summary>
public sealed record DiscriminationCaseLinked(
    Guid DiscriminationCaseId, CaseReference Other, string Relation, string LinkedBy, DateTimeOffset LinkedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, LinkedBy, LinkedAt);
}

// Passing time as facts: appended by a scheduled message only if the step is still pending (docs/adr/0002).

public sealed record DiscriminationAcceptanceDeadlinePassed(Guid DiscriminationCaseId, DateOnly DueOn, DateTimeOffset NoticedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, CaseEventMetadata.System, NoticedAt);
}

public sealed record DiscriminationInvestigationDeadlinePassed(Guid DiscriminationCaseId, DateOnly DueOn, DateTimeOffset NoticedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(DiscriminationCaseId, CaseEventMetadata.System, NoticedAt);
}
