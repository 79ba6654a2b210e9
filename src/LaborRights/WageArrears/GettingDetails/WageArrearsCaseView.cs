using LaborRights.Security.PersonalData;

namespace LaborRights.WageArrears.GettingDetails;

/// <summary>
/// Everything staff read about one case, read from its events when asked: the case's own fold for its state, and the
/// details only people read. Resident ID and phone are masked: the full values stay in the events and are shown only
/// on an explicit, recorded request (ADR 0015).
/// </summary>
public sealed class WageArrearsCaseView
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string TrackingNumber { get; set; } = "";
    public string? CaseNumber { get; set; }
    public CaseStatus Status { get; set; }
    public string StatusZh { get; set; } = "";
    public IntakeChannel Channel { get; set; }
    public string ComplainantName { get; set; } = "";
    public string ComplainantResidentIdMasked { get; set; } = "";
    public string ComplainantPhoneMasked { get; set; } = "";
    /// <summary>The registered unit; its credit code is empty until staff identify the unit (<see cref="EmployerIsIdentified"/>).</summary>
    public Employer Employer { get; set; } = new("", "");

    /// <summary>Whether the case names a registered unit; a complaint filed without a credit code does not until staff identify it.</summary>
    public bool EmployerIsIdentified { get; set; }

    /// <summary>The employer as the worker described it, when they knew no credit code (the phone masked).</summary>
    public ReportedEmployerView? EmployerAsReported { get; set; }

    /// <summary>Who identified the registered unit, when and how; null when the worker named it.</summary>
    public EmployerIdentification? EmployerIdentification { get; set; }
    public string CountyCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public string? ConstructionProject { get; set; }
    public int WorkersAffected { get; set; }
    public decimal AmountClaimed { get; set; }
    public EmploymentPeriod Employment { get; set; } = new(default, null);
    public string Description { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public DateOnly AcceptanceDueOn { get; set; }
    public string? MaterialRequested { get; set; }

    /// <summary>While material is awaited: the filer's last day to supply it (the day counts).</summary>
    public DateOnly? SupplyBy { get; set; }
    public DateOnly? FiledOn { get; set; }
    public DateOnly? InvestigationDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public bool Extended { get; set; }

    /// <summary>An extension its staff asked for, waiting for the approver; null when none is pending.</summary>
    public PendingExtension? PendingExtension { get; set; }
    public ComplaintRejected? Rejection { get; set; }
    public IReadOnlyList<string> Inspectors { get; set; } = [];
    public decimal? ConfirmedAmount { get; set; }
    public int? WorkersOwed { get; set; }
    public decimal? OrderedAmount { get; set; }
    public DateOnly? PayBy { get; set; }
    public List<RecoveryRecorded> Recoveries { get; set; } = [];
    public decimal Recovered { get; set; }
    public decimal ExtraCompensation { get; set; }
    public decimal Outstanding { get; set; }
    public TransferredToPolice? Transfer { get; set; }
    public ClosureOutcome? Outcome { get; set; }
    public string? ClosureSummary { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public int TimesReopened { get; set; }
    public bool AcceptanceOverdue { get; set; }
    public bool InvestigationOverdue { get; set; }
    public bool PaymentOverdue { get; set; }
    public List<LinkedCase> Links { get; set; } = [];

    public static WageArrearsCaseView Of(WageArrearsCase c, IReadOnlyList<object> events)
    {
        var received = events.OfType<WageArrearsComplaintReceived>().First();
        var closed = c.Status == CaseStatus.Closed ? events.OfType<CaseClosed>().LastOrDefault() : null;
        return new()
        {
            Id = c.Id, Version = c.Version, TrackingNumber = c.TrackingNumber, CaseNumber = c.CaseNumber, Status = c.Status,
            StatusZh = StatusNames.Chinese(c.Status), Channel = received.Channel, ComplainantName = received.Complainant?.Name ?? "",
            ComplainantResidentIdMasked = received.Complainant is { } p ? Masking.ResidentId(p.ResidentId) : "",
            ComplainantPhoneMasked = received.Complainant is { } q ? Masking.Phone(q.Phone) : "",
            Employer = c.Employer, EmployerIsIdentified = c.EmployerIsIdentified,
            EmployerAsReported = received.ReportedEmployer is { } r ? new(r.Name, r.Address, r.Phone is null ? null : Masking.Phone(r.Phone)) : null,
            EmployerIdentification = events.OfType<EmployerIdentified>().LastOrDefault() is { } i ? new(i.Employer, i.Note, i.IdentifiedBy, i.IdentifiedAt) : null,
            CountyCode = c.CountyCode, ParkCode = c.ParkCode, ConstructionProject = received.ConstructionProject,
            WorkersAffected = c.WorkersAffected, AmountClaimed = c.AmountClaimed, Employment = c.Employment, Description = received.Description,
            ReceivedAt = received.ReceivedAt, AcceptanceDueOn = c.AcceptanceDueOn,
            MaterialRequested = events.OfType<MaterialRequested>().LastOrDefault()?.Missing, SupplyBy = c.SupplyBy,
            FiledOn = events.OfType<ComplaintAccepted>().LastOrDefault()?.FiledOn, InvestigationDueOn = c.InvestigationDueOn,
            DeadlineIsProvisional = c.DeadlineIsProvisional, Extended = c.Extended, PendingExtension = c.AwaitsExtensionApproval ? c.PendingExtension : null, Rejection = events.OfType<ComplaintRejected>().LastOrDefault(),
            Inspectors = c.Inspectors, ConfirmedAmount = c.ConfirmedAmount, WorkersOwed = events.OfType<ArrearsConfirmed>().LastOrDefault()?.WorkersOwed,
            OrderedAmount = events.OfType<PaymentOrdered>().LastOrDefault()?.Amount, PayBy = c.PayBy, Recoveries = [.. events.OfType<RecoveryRecorded>()],
            Recovered = c.Recovered, ExtraCompensation = c.ExtraCompensation, Outstanding = c.Outstanding,
            Transfer = events.OfType<TransferredToPolice>().LastOrDefault(), Outcome = c.Outcome, ClosureSummary = closed?.Summary,
            ClosedAt = closed?.ClosedAt, TimesReopened = events.OfType<CaseReopened>().Count(),
            AcceptanceOverdue = c.OverdueSteps.Contains(WageArrearsCase.Acceptance),
            InvestigationOverdue = c.OverdueSteps.Contains(WageArrearsCase.Investigation),
            PaymentOverdue = c.OverdueSteps.Contains(WageArrearsCase.Payment), Links = [.. c.Links.Select(l => l.ToAnswer())],
        };
    }
}

/// <summary>An employer as the worker described it (<see cref="ReportedEmployer"/>), its phone masked.</summary>
public sealed record ReportedEmployerView(string Name, string Address, string? PhoneMasked);

/// <summary>The registered unit staff named for an employer the worker could only describe.</summary>
public sealed record EmployerIdentification(Employer Employer, string Note, string IdentifiedBy, DateTimeOffset IdentifiedAt);
