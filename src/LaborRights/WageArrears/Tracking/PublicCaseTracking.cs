using Marten.Events.Aggregation;

namespace LaborRights.WageArrears.Tracking;

/// <summary>
/// The key to a complainant's own case: found by tracking number, opened only with the access code
/// (whose hash alone is kept). The public timeline is read from the events, filtered to what the public may see.
/// </summary>
public sealed class PublicCaseTracking
{
    public Guid Id { get; set; }
    public string TrackingNumber { get; set; } = "";
    public string AccessCodeHash { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public CaseStatus Status { get; set; }
    public string? CaseNumber { get; set; }
    public bool PaymentOrdered { get; set; }
}

public sealed class PublicCaseTrackingProjection : SingleStreamProjection<PublicCaseTracking, Guid>
{
    public PublicCaseTracking Create(WageArrearsComplaintReceived e) => new()
    {
        Id = e.WageArrearsCaseId,
        TrackingNumber = e.TrackingNumber,
        AccessCodeHash = e.AccessCodeHash,
        CountyCode = e.CountyCode,
        Status = CaseStatus.PendingAcceptance,
    };

    public void Apply(MaterialRequested _, PublicCaseTracking t) => t.Status = CaseStatus.AwaitingMaterial;
    public void Apply(MaterialSupplied _, PublicCaseTracking t) => t.Status = CaseStatus.PendingAcceptance;

    public void Apply(ComplaintAccepted e, PublicCaseTracking t)
    {
        t.Status = CaseStatus.UnderInvestigation;
        t.CaseNumber = e.CaseNumber;
    }

    public void Apply(ComplaintRejected _, PublicCaseTracking t) => t.Status = CaseStatus.Rejected;

    public void Apply(PaymentOrdered _, PublicCaseTracking t)
    {
        t.Status = CaseStatus.PaymentOrdered;
        t.PaymentOrdered = true;
    }

    public void Apply(CaseClosed _, PublicCaseTracking t) => t.Status = CaseStatus.Closed;

    public void Apply(CaseReopened _, PublicCaseTracking t) =>
        t.Status = t.PaymentOrdered ? CaseStatus.PaymentOrdered : CaseStatus.UnderInvestigation;
}
