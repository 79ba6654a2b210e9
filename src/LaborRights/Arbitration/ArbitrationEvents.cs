namespace LaborRights.Arbitration;

// The facts of a labour-dispute arbitration case (劳动人事争议仲裁案件). Each names the case, who acted (…By) and
// the business time (…At / …On); the store's own timestamp is only when it was recorded (docs/adr/0002).

public enum PartyKind { Worker, Employer }

public enum ArbitrationChannel { Online, Counter, Mail }

/// <summary>劳动争议调解仲裁法 第28条: the application names both parties. <see cref="IdNumber"/> is a resident ID
/// (worker) or a unified social credit code (employer); the full value stays in the events only.</summary>
public sealed record Party(PartyKind Kind, string Name, string IdNumber, string? Phone);

public enum ClaimCategory { Pay, Overtime, Severance, Compensation, WorkInjuryMedical, SocialInsurance, WorkingTimeRestStandards, Other }

/// <summary>One claim (仲裁请求) of the application, numbered from 1. Amount is null only for a standards dispute.</summary>
public sealed record ClaimItem(int Number, ClaimCategory Category, string Description, decimal? Amount);

public sealed record ArbitrationApplied(
    Guid ArbitrationCaseId,
    string TrackingNumber,
    string AccessCodeHash,
    ArbitrationChannel Channel,
    Party Applicant,
    Party Respondent,
    string EmployerName,
    string EmployerCreditCode,
    string CountyCode,
    string? ParkCode,
    IReadOnlyList<ClaimItem> Claims,
    int WorkersConcerned,
    string FactsAndReasons,
    DateOnly AcceptanceDueOn,
    bool AcceptanceDueIsProvisional,
    string ReceivedBy,
    DateTimeOffset ReceivedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, ReceivedBy, ReceivedAt);
}

/// <summary>劳动争议调解仲裁法 第29条, 第43条: accepted; the award is due 45 days from this day.</summary>
public sealed record ArbitrationApplicationAccepted(
    Guid ArbitrationCaseId, string CaseNumber, DateOnly AcceptedOn, int AwardPeriodDays, DateOnly AwardDueOn, bool AwardDueIsProvisional,
    string AcceptedBy, DateTimeOffset AcceptedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, AcceptedBy, AcceptedAt);
}

/// <summary>劳动争议调解仲裁法 第29条: refused in writing with the reason; the applicant may then sue.</summary>
public sealed record ArbitrationApplicationRefused(Guid ArbitrationCaseId, string Reason, string RefusedBy, DateTimeOffset RefusedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, RefusedBy, RefusedAt);
}

/// <summary>劳动争议调解仲裁法 第31条: a sole arbitrator, or three with a presiding one.</summary>
public sealed record ArbitrationPanelFormed(
    Guid ArbitrationCaseId, IReadOnlyList<string> Arbitrators, string PresidingArbitrator, string FormedBy, DateTimeOffset FormedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, FormedBy, FormedAt);
}

/// <summary>劳动争议调解仲裁法 第35条: the parties are notified in writing at least 5 days before the hearing.</summary>
/// <param name="NonWorkingDayReason">Why the hearing is on a rest day or holiday (an explicit override); null on a working day.</param>
public sealed record HearingScheduled(
    Guid ArbitrationCaseId, DateOnly HearingOn, string Place, DateOnly NotifiedOn, string ScheduledBy, DateTimeOffset ScheduledAt,
    string? NonWorkingDayReason = null) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, ScheduledBy, ScheduledAt);
}

public sealed record HearingAttendanceRecorded(
    Guid ArbitrationCaseId, DateOnly HearingOn, bool ApplicantAppeared, bool RespondentAppeared, string RecordedBy, DateTimeOffset RecordedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, RecordedBy, RecordedAt);
}

/// <summary>劳动争议调解仲裁法 第36条: an applicant who does not appear is deemed to have withdrawn the application.</summary>
public sealed record ArbitrationDeemedWithdrawn(Guid ArbitrationCaseId, string Reason, string RecordedBy, DateTimeOffset RecordedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, RecordedBy, RecordedAt);
}

public sealed record SettlementItem(ClaimCategory Category, string Description, decimal? Amount);

/// <summary>劳动争议调解仲裁法 第42条: mediation succeeded; the mediation statement (调解书) closes the case.</summary>
public sealed record MediationAgreementReached(
    Guid ArbitrationCaseId, IReadOnlyList<SettlementItem> Items, string Summary, string RecordedBy, DateTimeOffset ReachedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, RecordedBy, ReachedAt);
}

/// <summary>劳动争议调解仲裁法 第42条: mediation was tried and failed; the tribunal may now award.</summary>
public sealed record MediationFailed(Guid ArbitrationCaseId, string Note, string RecordedBy, DateTimeOffset FailedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, RecordedBy, FailedAt);
}

/// <summary>The tribunal's ruling on one claim item, and whether it is final (终局, 第47条).</summary>
public sealed record AwardedItem(int ClaimNumber, ClaimCategory Category, decimal? GrantedAmount, string Ruling, bool IsFinal);

/// <summary>The monthly minimum wage the finality of the award was measured against (county, filing date).</summary>
public sealed record MinimumWageApplied(string CountyCode, DateOnly On, int Tier, decimal Monthly, DateOnly EffectiveFrom, decimal FinalityLimit);

/// <summary>
/// One written award (裁决书): the final items and the non-final items of an award are separate documents
/// (劳动人事争议仲裁办案规则 第50条), each with its own remedies.
/// </summary>
public sealed record AwardDocument(bool Final, IReadOnlyList<int> ClaimNumbers)
{
    /// <summary>The documents an award's items are issued as: one per finality, final first.</summary>
    public static IReadOnlyList<AwardDocument> Split(IReadOnlyList<AwardedItem> items) =>
    [
        .. items.GroupBy(i => i.IsFinal).OrderByDescending(g => g.Key)
            .Select(g => new AwardDocument(g.Key, [.. g.Select(i => i.ClaimNumber).Order()])),
    ];
}

/// <summary>劳动争议调解仲裁法 第43条: 先行裁决 on the items whose facts are already clear.</summary>
/// <param name="Documents">The written awards issued (final and non-final items separately); null in events recorded before they were.</param>
public sealed record PartialAwardIssued(
    Guid ArbitrationCaseId, IReadOnlyList<AwardedItem> Items, MinimumWageApplied MinimumWage, bool ByDefault,
    string IssuedBy, DateTimeOffset IssuedAt, IReadOnlyList<AwardDocument>? Documents = null) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, IssuedBy, IssuedAt);
}

public enum ArbitrationParty { Applicant, Respondent }

/// <summary>
/// 送达: the award (or the partial award) reached a party on <paramref name="ServedOn"/>, as its document's service was
/// recorded; the periods to sue (第四十八条、第五十条) and to apply to set aside (第四十九条) run from it.
/// </summary>
public sealed record ArbitrationAwardServed(
    Guid ArbitrationCaseId, bool Partial, ArbitrationParty Party, DateOnly ServedOn, string RecordedBy, DateTimeOffset RecordedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, RecordedBy, RecordedAt);
}

/// <summary>The (final) award on every claim not yet decided; closes the case. ByDefault: 缺席裁决 (第36条).</summary>
/// <param name="Documents">The written awards issued (final and non-final items separately); null in events recorded before they were.</param>
public sealed record ArbitrationAwardIssued(
    Guid ArbitrationCaseId, IReadOnlyList<AwardedItem> Items, MinimumWageApplied MinimumWage, bool ByDefault,
    string IssuedBy, DateTimeOffset IssuedAt, IReadOnlyList<AwardDocument>? Documents = null) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, IssuedBy, IssuedAt);
}

/// <summary>
/// 劳动争议调解仲裁法 第49条: the employer applied to the intermediate people's court to set aside a final award
/// (within 30 days of receiving it); recorded so that the worker and staff know the final items are challenged.
/// </summary>
public sealed record SetAsideApplicationRecorded(
    Guid ArbitrationCaseId, string Court, DateOnly AppliedOn, string RecordedBy, DateTimeOffset RecordedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, RecordedBy, RecordedAt);
}

/// <summary>劳动争议调解仲裁法 第43条: one extension of at most 15 days, approved by the commission's chair.</summary>
public sealed record ArbitrationPeriodExtended(
    Guid ArbitrationCaseId, int ExtensionDays, DateOnly PreviousDueOn, DateOnly NewDueOn, bool NewDueIsProvisional,
    string ApprovedBy, string Reason, string ExtendedBy, DateTimeOffset ExtendedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, ExtendedBy, ExtendedAt);
}

/// <summary>中止审理: the period does not run while suspended.</summary>
public sealed record ArbitrationSuspended(Guid ArbitrationCaseId, string Reason, DateOnly SuspendedOn, string SuspendedBy, DateTimeOffset SuspendedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, SuspendedBy, SuspendedAt);
}

/// <summary>恢复审理: the days left when suspended carry on from <see cref="ResumedOn"/>.</summary>
public sealed record ArbitrationResumed(
    Guid ArbitrationCaseId, DateOnly ResumedOn, int DaysSuspended, DateOnly NewAwardDueOn, bool NewDueIsProvisional,
    string ResumedBy, DateTimeOffset ResumedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, ResumedBy, ResumedAt);
}

/// <summary>劳动争议调解仲裁法 第41条: the applicant withdraws the application (e.g. after settling).</summary>
public sealed record ArbitrationWithdrawn(Guid ArbitrationCaseId, string Reason, string RecordedBy, DateTimeOffset WithdrawnAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, RecordedBy, WithdrawnAt);
}

/// <summary>The worker reports that the employer has not paid what the award granted (a cue for enforcement or inspection).</summary>
public sealed record AwardReportedUnpaid(
    Guid ArbitrationCaseId, decimal AmountAwarded, decimal? AmountUnpaid, string Note, string ReportedBy, DateTimeOffset ReportedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, ReportedBy, ReportedAt);
}

/// <summary>A link (联动) to another case of any kind; a case may hold several.</summary>
public sealed record ArbitrationCaseLinked(Guid ArbitrationCaseId, CaseReference Other, string Relation, string LinkedBy, DateTimeOffset LinkedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, LinkedBy, LinkedAt);
}

// Passing time as facts: appended by a scheduled message only if the step is still pending (docs/adr/0002).

/// <summary>劳动争议调解仲裁法 第29条: no decision within 5 days; the applicant may sue.</summary>
public sealed record ArbitrationAcceptanceDeadlinePassed(Guid ArbitrationCaseId, DateOnly DueOn, DateTimeOffset NoticedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, CaseEventMetadata.System, NoticedAt);
}

/// <summary>劳动争议调解仲裁法 第43条: no award in time; the parties may sue.</summary>
public sealed record AwardDeadlinePassed(Guid ArbitrationCaseId, DateOnly DueOn, DateTimeOffset NoticedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(ArbitrationCaseId, CaseEventMetadata.System, NoticedAt);
}
