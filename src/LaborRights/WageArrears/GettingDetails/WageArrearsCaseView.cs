using JasperFx.Events;
using LaborRights.Security.PersonalData;
using Marten.Events.Aggregation;

namespace LaborRights.WageArrears.GettingDetails;

/// <summary>
/// Everything staff read about one case. Resident ID and phone are stored masked here: the full values
/// stay in the events and are shown only on an explicit, recorded request (docs/adr/0006).
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
    public Employer Employer { get; set; } = new("", "");
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
    public DateOnly? FiledOn { get; set; }
    public DateOnly? InvestigationDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public bool Extended { get; set; }
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
    public List<CaseLink> Links { get; set; } = [];
}

public sealed class WageArrearsCaseViewProjection : SingleStreamProjection<WageArrearsCaseView, Guid>
{
    public WageArrearsCaseView Create(WageArrearsComplaintReceived e) => new()
    {
        Id = e.WageArrearsCaseId,
        TrackingNumber = e.TrackingNumber,
        Status = CaseStatus.PendingAcceptance,
        Channel = e.Channel,
        ComplainantName = e.Complainant?.Name ?? "",
        ComplainantResidentIdMasked = e.Complainant is null ? "" : Masking.ResidentId(e.Complainant.ResidentId),
        ComplainantPhoneMasked = e.Complainant is null ? "" : Masking.Phone(e.Complainant.Phone),
        Links = e.Source is null ? [] : [new CaseLink(e.Source, "opened-from")],
        Employer = e.Employer,
        CountyCode = e.CountyCode,
        ParkCode = e.ParkCode,
        ConstructionProject = e.ConstructionProject,
        WorkersAffected = e.WorkersAffected,
        AmountClaimed = e.AmountClaimed,
        Employment = e.Employment,
        Description = e.Description,
        ReceivedAt = e.ReceivedAt,
        AcceptanceDueOn = e.AcceptanceDueOn,
        DeadlineIsProvisional = e.AcceptanceDueIsProvisional,
    };

    public void Apply(MaterialRequested e, WageArrearsCaseView v)
    {
        v.Status = CaseStatus.AwaitingMaterial;
        v.MaterialRequested = e.Missing;
    }

    public void Apply(MaterialSupplied e, WageArrearsCaseView v)
    {
        v.Status = CaseStatus.PendingAcceptance;
        v.AcceptanceDueOn = e.AcceptanceDueOn;
        v.DeadlineIsProvisional = e.AcceptanceDueIsProvisional;
        v.AcceptanceOverdue = false;
    }

    public void Apply(ComplaintAccepted e, WageArrearsCaseView v)
    {
        v.Status = CaseStatus.UnderInvestigation;
        v.CaseNumber = e.CaseNumber;
        v.FiledOn = e.FiledOn;
        v.InvestigationDueOn = e.InvestigationDueOn;
        v.DeadlineIsProvisional = e.InvestigationDueIsProvisional;
        v.AcceptanceOverdue = false;
    }

    public void Apply(ComplaintRejected e, WageArrearsCaseView v)
    {
        v.Status = CaseStatus.Rejected;
        v.Rejection = e;
        v.AcceptanceOverdue = false;
    }

    public void Apply(InspectorsAssigned e, WageArrearsCaseView v) => v.Inspectors = e.Inspectors;

    public void Apply(ArrearsConfirmed e, WageArrearsCaseView v)
    {
        v.ConfirmedAmount = e.Amount;
        v.WorkersOwed = e.WorkersOwed;
    }

    public void Apply(PaymentOrdered e, WageArrearsCaseView v)
    {
        v.Status = CaseStatus.PaymentOrdered;
        v.OrderedAmount = e.Amount;
        v.PayBy = e.PayBy;
    }

    public void Apply(RecoveryRecorded e, WageArrearsCaseView v)
    {
        v.Recoveries.Add(e);
        v.Recovered += e.Amount;
    }

    public void Apply(ExtraCompensationImposed e, WageArrearsCaseView v) => v.ExtraCompensation += e.Amount;

    public void Apply(InvestigationExtended e, WageArrearsCaseView v)
    {
        v.Extended = true;
        v.InvestigationDueOn = e.NewDueOn;
        v.DeadlineIsProvisional = e.NewDueIsProvisional;
        v.InvestigationOverdue = false;
    }

    public void Apply(TransferredToPolice e, WageArrearsCaseView v) => v.Transfer = e;

    public void Apply(CaseClosed e, WageArrearsCaseView v)
    {
        v.Status = CaseStatus.Closed;
        v.Outcome = e.Outcome;
        v.ClosureSummary = e.Summary;
        v.ClosedAt = e.ClosedAt;
        v.InvestigationOverdue = false;
        v.PaymentOverdue = false;
    }

    public void Apply(CaseReopened _, WageArrearsCaseView v)
    {
        v.Status = v.PayBy is null ? CaseStatus.UnderInvestigation : CaseStatus.PaymentOrdered;
        v.Outcome = null;
        v.ClosureSummary = null;
        v.ClosedAt = null;
        v.TimesReopened++;
    }

    public void Apply(WageArrearsCaseLinked e, WageArrearsCaseView v)
    {
        if (!v.Links.Any(l => l.Other == e.Other && l.Relation == e.Relation)) v.Links.Add(new CaseLink(e.Other, e.Relation));
    }

    public void Apply(AcceptanceDeadlinePassed _, WageArrearsCaseView v) => v.AcceptanceOverdue = true;
    public void Apply(InvestigationDeadlinePassed _, WageArrearsCaseView v) => v.InvestigationOverdue = true;
    public void Apply(PaymentDeadlinePassed _, WageArrearsCaseView v) => v.PaymentOverdue = true;

    public override WageArrearsCaseView ApplyMetadata(WageArrearsCaseView v, IEvent lastEvent)
    {
        v.Version = (int)lastEvent.Version;
        v.StatusZh = StatusNames.Chinese(v.Status);
        v.Outstanding = Math.Max(0, (v.ConfirmedAmount ?? v.AmountClaimed) + v.ExtraCompensation - v.Recovered);
        if (v.Outstanding == 0) v.PaymentOverdue = false;
        return v;
    }
}
