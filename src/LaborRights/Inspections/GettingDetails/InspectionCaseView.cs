using JasperFx.Events;
using Marten.Events.Aggregation;

namespace LaborRights.Inspections.GettingDetails;

/// <summary>One rectification order and, once checked, its follow-up.</summary>
public sealed class RectificationView
{
    public string Requirements { get; set; } = "";
    public DateOnly RectifyBy { get; set; }
    public DateTimeOffset OrderedAt { get; set; }
    public DateOnly? CheckedOn { get; set; }
    public bool? Rectified { get; set; }
    public string? FollowUpNotes { get; set; }
}

/// <summary>Everything staff read about one inspection case. No reporter identity is ever recorded (举报人保密).</summary>
public sealed class InspectionCaseView
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public InspectionStatus Status { get; set; }
    public string StatusZh { get; set; } = "";
    public InspectionOrigin Origin { get; set; }
    public CaseReference? Source { get; set; }
    public string EmployerName { get; set; } = "";
    public string EmployerCreditCode { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public string? ConstructionProject { get; set; }
    public string Reason { get; set; } = "";
    public string OpenedBy { get; set; } = "";
    public DateTimeOffset OpenedAt { get; set; }
    public DateOnly FiledOn { get; set; }
    public DateOnly InvestigationDueOn { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public InspectionPeriodExtended? Extension { get; set; }
    public IReadOnlyList<string> Inspectors { get; set; } = [];
    public List<SiteVisitRecorded> SiteVisits { get; set; } = [];
    public List<ViolationFound> Violations { get; set; } = [];
    public decimal WageArrearsFound { get; set; }
    public List<EmployerHeard> Hearings { get; set; } = [];
    public List<RectificationView> Rectifications { get; set; } = [];
    public PenaltyImposed? Penalty { get; set; }
    public InspectionOutcome? Outcome { get; set; }
    public string? ClosureSummary { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public InspectionCaseWithdrawn? Withdrawal { get; set; }
    public InspectionCaseTransferred? Transfer { get; set; }
    public List<InspectionCaseLinked> Links { get; set; } = [];
    public bool InvestigationOverdue { get; set; }
}

public sealed class InspectionCaseViewProjection : SingleStreamProjection<InspectionCaseView, Guid>
{
    public InspectionCaseView Create(InspectionCaseOpened e) => new()
    {
        Id = e.InspectionCaseId,
        Status = InspectionStatus.UnderInvestigation,
        Origin = e.Origin,
        Source = e.Source,
        EmployerName = e.EmployerName,
        EmployerCreditCode = e.EmployerCreditCode,
        CountyCode = e.CountyCode,
        ParkCode = e.ParkCode,
        ConstructionProject = e.ConstructionProject,
        Reason = e.Reason,
        OpenedBy = e.OpenedBy,
        OpenedAt = e.OpenedAt,
        FiledOn = e.FiledOn,
        InvestigationDueOn = e.InvestigationDueOn,
        DeadlineIsProvisional = e.InvestigationDueIsProvisional,
    };

    public void Apply(InspectionTeamAssigned e, InspectionCaseView v) => v.Inspectors = e.Inspectors;
    public void Apply(SiteVisitRecorded e, InspectionCaseView v) => v.SiteVisits.Add(e);

    public void Apply(ViolationFound e, InspectionCaseView v)
    {
        v.Violations.Add(e);
        if (e.Category == ViolationCategory.WageArrears) v.WageArrearsFound += e.AmountOwed ?? 0;
    }

    public void Apply(EmployerHeard e, InspectionCaseView v) => v.Hearings.Add(e);

    public void Apply(RectificationOrdered e, InspectionCaseView v)
    {
        v.Status = InspectionStatus.AwaitingRectification;
        v.Rectifications.Add(new RectificationView { Requirements = e.Requirements, RectifyBy = e.RectifyBy, OrderedAt = e.OrderedAt });
    }

    public void Apply(RectificationChecked e, InspectionCaseView v)
    {
        v.Status = InspectionStatus.UnderInvestigation;
        var order = v.Rectifications.Last();
        order.CheckedOn = e.CheckedOn;
        order.Rectified = e.Rectified;
        order.FollowUpNotes = e.Notes;
    }

    public void Apply(PenaltyImposed e, InspectionCaseView v) => v.Penalty = e;

    public void Apply(InspectionPeriodExtended e, InspectionCaseView v)
    {
        v.Extension = e;
        v.InvestigationDueOn = e.NewDueOn;
        v.DeadlineIsProvisional = e.NewDueIsProvisional;
        v.InvestigationOverdue = false;
    }

    public void Apply(InspectionCaseClosed e, InspectionCaseView v)
    {
        v.Status = InspectionStatus.Closed;
        v.Outcome = e.Outcome;
        v.ClosureSummary = e.Summary;
        v.ClosedAt = e.ClosedAt;
        v.InvestigationOverdue = false;
    }

    public void Apply(InspectionCaseWithdrawn e, InspectionCaseView v)
    {
        v.Status = InspectionStatus.Withdrawn;
        v.Withdrawal = e;
        v.InvestigationOverdue = false;
    }

    public void Apply(InspectionCaseTransferred e, InspectionCaseView v)
    {
        v.Status = InspectionStatus.Transferred;
        v.Transfer = e;
        v.InvestigationOverdue = false;
    }

    public void Apply(InspectionCaseLinked e, InspectionCaseView v) => v.Links.Add(e);
    public void Apply(InspectionDeadlinePassed _, InspectionCaseView v) => v.InvestigationOverdue = true;

    public override InspectionCaseView ApplyMetadata(InspectionCaseView v, IEvent lastEvent)
    {
        v.Version = (int)lastEvent.Version;
        v.StatusZh = StatusNames.Chinese(v.Status);
        return v;
    }
}
